/**
 * A change to a job on the profile, said in chat:
 * - leaving it: "I left Brightline last month", "quit my job at Acme in March", "got laid off
 *   from Initech" — the role ends (change_role with the month it ended);
 * - a correction of how long it lasted, right after a job was told or read: "its about 2.5
 *   years actually", "no, 4 years not 6" — that role's length, not a new entry.
 * Which role is meant is the profile's business (tools/profile/role-change.ts): the company or
 * title said, else the one the conversation was on.
 */

import { monthLabel, monthOf } from "../../tools/experience/roles.ts";
import { currentMonth } from "../../tools/resume/fields/dates.ts";
import { statedDuration } from "../../tools/text/stated-duration.ts";
import type { Focus } from "../graph/focus.ts";
import { opensCorrection, withoutOpener } from "./correction-opener.ts";
import { lengthOfNamedRole } from "./role-length-named.ts";
import { correctionsInOne } from "./two-corrections.ts";
import { call, type Outcome } from "./types.ts";

/** Leaving a job, in first person: what follows is the job (its company or title). */
const LEFT = new RegExp(
  String.raw`^(?:(?:so|well|update|fyi|btw|oh|also|news|and)[\s,:!-]+)*(?:i(?:'ve|\s+have|'m|\s+am)?\s+)?(?:just\s+|recently\s+|finally\s+|actually\s+)?` +
    String.raw`(?:left|quit|resigned\s+(?:from|at)|stopped\s+working\s+(?:at|for)|walked\s+away\s+from|` +
    String.raw`(?:got|was|been|being|have\s+been)\s+(?:laid\s+off|let\s+go|fired|made\s+redundant|terminated)\s+(?:from|at|by)|` +
    String.raw`(?:no\s+longer|don'?t|do\s+not)\s+work\s+(?:at|for))\s+(.+)$`,
  "iu",
);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/** When it ended, said after the job; each gives months back from now, or a date. */
const WHEN: [RegExp, (m: RegExpExecArray, now: number) => string][] = [
  [/\blast\s+month\b/i, (_m, now) => monthLabel(now - 1)],
  [/\blast\s+year\b/i, (_m, now) => String(Math.floor(now / 12) - 1)],
  [
    /\b(\d{1,2}|a|one|two|three|four|five|six)\s+months?\s+ago\b/i,
    (m, now) => monthLabel(now - wordNumber(m[1]!)),
  ],
  [
    /\b(\d{1,2}|a|one|two|three)\s+years?\s+ago\b/i,
    (m, now) => String(Math.floor((now - 12 * wordNumber(m[1]!)) / 12)),
  ],
  [
    new RegExp(String.raw`\b(?:in|back\s+in|since|at\s+the\s+end\s+of)?\s*${MONTH}\s+(\d{4})\b`, "i"),
    (m) => `${m[2]}-${String(MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1).padStart(2, "0")}`,
  ],
  [
    new RegExp(String.raw`\b(?:in|back\s+in|at\s+the\s+end\s+of)\s+${MONTH}\b`, "i"),
    (m, now) => {
      const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
      const year = Math.floor(now / 12) - (month > now % 12 ? 1 : 0);
      return monthLabel(year * 12 + month);
    },
  ],
  [/\b(?:in|back\s+in)\s+((?:19|20)\d{2})\b/i, (m) => m[1]!],
];

const wordNumber = (w: string) =>
  /^\d+$/.test(w)
    ? Number(w)
    : ({ a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 }[w.toLowerCase()] ?? 1);

/** Words that end the job's name: the time, a reason, the next clause. */
const JOB_END =
  /\s+(?:last|in|back\s+in|at\s+the\s+end|since|about|around|(?:\d{1,2}|a|one|two|three|four|five|six|a\s+few|few|couple(?:\s+of)?|a\s+couple(?:\s+of)?)\s+(?:days?|weeks?|months?|years?)\s+ago|this|yesterday|today|recently|earlier|a\s+few|because|cause|to\s+|so\s+|and\s+|but\s+|after\s+|for\s+|any\s*more|on\s+)\b.*$|[,.;!?(].*$/iu;

/** What is left of "my job at X" / "my X job" / "X": the company or title. */
function jobNamed(rest: string): string | undefined {
  let job = rest.replace(JOB_END, "").trim();
  const mine =
    /^my\s+(?:(?:old|last|previous|current|full[\s-]time|part[\s-]time)\s+)?(?:job|role|position|work|gig)(?:\s+(?:at|with|in)\s+(.+))?$/iu.exec(
      job,
    );
  if (mine) return mine[1]?.trim() || "";
  const titled = /^(?:my|the|that)\s+(.+?)\s+(?:job|role|position|gig)$/iu.exec(job);
  if (titled) return titled[1]!.trim();
  job = job.replace(/^(?:the\s+company|the\s+job\s+at|working\s+(?:at|for)|at|with)\s+/iu, "").trim();
  // "I left it", "I quit smoking", "I left my keys": no job named.
  if (!job || /^(?:it|that|this|them|him|her|my|the|home|school|town|everything)\b/iu.test(job))
    return undefined;
  // "quit smoking", "quit reminding me about …" (conv13u): a doing, not a job.
  if (
    /^\p{L}+ing(?:$|\s+(?:me|us|you|him|her|them|about|to|for|with|on)\b)/iu.test(job) ||
    job.split(/\s+/).length > 4
  )
    return undefined;
  return job;
}

/** "I left Brightline last month": the role and the month it ended; undefined when nothing was left. */
export function roleLeft(
  raw: string,
  now = new Date(),
): { role?: string; end?: string; left?: true } | undefined {
  const text = raw.trim().replace(/\s+/g, " ");
  if (text.split(" ").length > 16) return undefined;
  const m = LEFT.exec(text);
  if (!m) return undefined;
  const role = jobNamed(m[1]!);
  if (role === undefined) return undefined;
  const here = monthOf(currentMonth(now))!;
  // "two weeks ago", "3 days ago": the month of that day (conv16u).
  const ago = /\b(\d{1,2}|a|one|two|three|four|five|six)\s+(days?|weeks?)\s+ago\b/i.exec(m[1]!);
  const days = ago ? wordNumber(ago[1]!) * (/^w/i.test(ago[2]!) ? 7 : 1) : 0;
  const then = ago
    ? monthLabel(monthOf(currentMonth(new Date(now.getTime() - days * 86_400_000)))!)
    : undefined;
  const when =
    then ??
    WHEN.map(([re, at]) => {
      const found = re.exec(m[1]!);
      return found ? at(found, here) : undefined;
    }).find(Boolean);
  return { ...(role ? { role } : {}), ...(when ? { end: when } : { left: true as const }) };
}

/** Calls that tell a job; right after one, a bare length is that job's. */
const TOLD_JOB = new Set(["save_background", "add_profile_entry", "read_resume", "change_role"]);

/** A length said as a correction: "no, 4 years not 6", "its about 2.5 years actually". */
const CORRECTED =
  /\b(?:actually|not\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)|more\s+like|closer\s+to|only|just|wrong|not\s+right|not\s+correct|incorrect|in\s+total)\b/iu;

/** "no, 4 years not 6" right after a job was told: how long that job lasted; undefined otherwise. */
export function lengthCorrected(raw: string, focus: Focus): { months: number; inFocus?: string } | undefined {
  const last = focus.lastCall;
  if (!last || !TOLD_JOB.has(last.name)) return undefined;
  const months = correctedLength(raw);
  if (months === undefined) return undefined;
  const roles =
    last.name === "save_background" ? (last.args.roles as { title?: string }[] | undefined) : undefined;
  const role =
    roles?.at(-1)?.title ??
    (last.name === "change_role" ? (last.args.role as string | undefined) : undefined);
  return { months, ...(role ? { inFocus: role } : {}) };
}

/**
 * The months of a length said as a correction and nothing more ("no, 4 years not 6", "I have 7
 * years, not 5"), whatever came before it; undefined when the text says more than a length.
 */
export function correctedLength(raw: string): number | undefined {
  const text = raw.trim();
  if (text.split(/\s+/).length > 14 || !(opensCorrection(text) || CORRECTED.test(text))) return undefined;
  // "not 6 years, 4": the amount after the one taken back, in its unit.
  const back =
    /\bnot\s+(?:\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(years?|yrs?|months?)?/iu.exec(
      withoutOpener(text),
    );
  const rest = withoutOpener(text).replace(back?.[0] ?? "\u0000", " ");
  const bare = /\b(\d{1,2}(?:\.\d)?)\b(?!\s*(?:years?|yrs?|months?))/iu.exec(rest);
  const said =
    statedDuration(rest) ??
    (bare ? statedDuration(rest.replace(bare[0], `${bare[1]} ${back?.[1] ?? "years"}`)) : undefined);
  if (!said) return undefined;
  // Only the length, and words about it, is said: "a data analyst for 4 years" is a job told.
  const left = said.rest
    .replace(
      /\b(?:no+|nope|it'?s|its|it\s+was|that'?s|thats|that\s+was|was|is|about|around|roughly|nearly|almost|approx(?:imately)?|like|more|closer|to|only|just|actually|really|not|right|correct|wrong|incorrect|including|in\s+total|total|the|my|internship|internships|there|in|all|and|,|\.|!)\b/giu,
      " ",
    )
    .replace(/[\s,.!?;:-]+/g, " ")
    .trim();
  if (left.split(" ").filter(Boolean).length > 2) return undefined;
  return said.months;
}

/** The change_role call a message asks for, if any (as understand.ts's list of outcomes). */
export function roleChangesSaid(raw: string, focus: Focus): Outcome[] | undefined {
  // "actually I'm in Lyon and I have 7 years, not 5": each fact applied (two-corrections.ts).
  const both = correctionsInOne(raw, focus);
  if (both) return [both];
  const left = roleLeft(raw);
  if (left) return [{ calls: [call("change_role", left)] }];
  const length = lengthCorrected(raw, focus) ?? lengthOfNamedRole(raw, correctedLength); // "my job at X was 5 years not 3"
  if (length) return [{ calls: [call("change_role", length)] }];
  return undefined;
}
