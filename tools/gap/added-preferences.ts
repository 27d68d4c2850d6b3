/**
 * Preferences the person states in chat for a reanalysis ("I expect at least 60,000 EUR a
 * year", "I prefer remote work", "I'm open to relocating", "I value mentoring and work-life
 * balance"): the salary, location and culture-fit scores need them. The pay figure is read by
 * the same parser as job ads (tools/jobs/salary.ts); values are mapped to the ad's culture tags.
 */
import type { Preferences } from "../../contract/profile.ts";
import { parseSalary } from "../jobs/salary.ts";
import { valueTags } from "./score-preferences.ts";

const REMOTE: [RegExp, NonNullable<Preferences["remote"]>][] = [
  [/\b(?:fully\s+)?remote\b|\bwork(?:ing)?\s+from\s+home\b|\bwfh\b/i, "remote"],
  [/\bhybrid\b/i, "hybrid"],
  [/\bon[-\s]?site\b|\bin[-\s]the[-\s]office\b|\bin[-\s]office\b|\bin person\b/i, "onsite"],
  [
    /\b(?:any|either|whatever)\b.{0,20}\b(?:work\s*mode|setup|arrangement|is fine)\b|\bdon'?t mind\b.{0,20}\b(?:remote|office)\b/i,
    "any",
  ],
];
const NO_RELOCATION =
  /\b(?:not|won'?t|can'?t|cannot|unable to|rather not|don'?t want to|wouldn'?t)\s+(?:\w+\s+){0,2}(?:relocat\w*|move)\b|\bno relocation\b/i;
const RELOCATION = /\b(?:relocat\w*|willing to move|open to moving|happy to move|can move)\b/i;
const VALUES =
  /\b(?:i\s+(?:really\s+)?(?:value|care about|want|look for|need)|important to me(?:\s+(?:is|are))?|my values(?:\s+are)?)\s*:?\s+(.+)/i;
const PAY_CUE = /\b(?:salary|pay|paid|expect\w*|earn\w*|compensation|at least|minimum|rate)\b/i;

/** The preferences a message states; empty when it states none. */
export function parsePreferences(message: string): Preferences {
  const out: Preferences = {};
  if (PAY_CUE.test(message) || /[$€£¥₹]/.test(message)) {
    const pay = parseSalary(message.replace(/\bat least\b/gi, "salary"));
    if (pay?.min) {
      out.salaryMin = pay.min;
      if (pay.max !== undefined) out.salaryMax = pay.max;
      if (pay.currency) out.salaryCurrency = pay.currency;
      out.salaryPeriod = pay.period;
    }
  }
  const mode = REMOTE.find(([re]) => re.test(message));
  if (mode && !/\b(?:not|no|never)\s+(?:fully\s+)?(?:remote|hybrid|on[-\s]?site)\b/i.test(message))
    out.remote = mode[1];
  if (NO_RELOCATION.test(message)) out.relocate = false;
  else if (RELOCATION.test(message)) out.relocate = true;
  const values = VALUES.exec(message)?.[1];
  if (values) {
    const said = values
      .split(/,|\band\b|\bplus\b|;/i)
      .map((v) =>
        v
          .replace(/[.!?]+$/, "")
          .trim()
          .toLowerCase(),
      )
      .filter((v) => v.length > 1 && v.length <= 60);
    // Only values the culture score can compare with an ad count as stated values.
    if (said.length && valueTags(said).length) out.values = said.slice(0, 10);
  }
  return out;
}
