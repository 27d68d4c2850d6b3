/**
 * A profile entry's date said to be wrong, with the right one beside it: "the Leeds Uni entry is
 * wrong, I finished in 2020 not 2019", "my Hilton job has the wrong start, I joined in 2015",
 * "the first aid cert is off by a year, got it in 2021 not 2022". It was saved as a new entry made
 * of the whole sentence (conv15u, a kind of blind14's misses). Which entry is the profile's
 * business (tools/profile/entry-correction.ts): the naming words are passed on, and it asks back
 * when they find none or several.
 */
import type { Outcome } from "./types.ts";
import { call } from "./types.ts";

/** "<the X entry/one/job/degree> is wrong / has the wrong date / is off", then the rest. */
const WRONG =
  /^(?:(?:no|actually|wait|sorry|oops|hey|btw|fyi)[\s,!.]+)*(?:the|my)\s+(.+?)\s+(?:is|was|has|shows|says|got)\s+(?:(?:got\s+)?(?:the\s+)?(?:wrong|incorrect|off|not right|a typo|a mistake|an error)|(?:off|wrong)\s+by\s+(?:a|one|\w+)\s+years?)\b(.*)$/i;
/** The verb of the date told: an end (finished, graduated, left) or a start (started, joined). */
const END = /\b(?:finished|graduated|completed|left|ended|quit|stopped|got it|passed|earned|received)\b/i;
const START = /\b(?:started|began|joined|enrolled|got hired|was hired)\b/i;
/** The year said right, before "not <the wrong one>" when both are given. */
const YEAR = /\b((?:19|20)\d{2})\b(?:\s*,?\s*(?:not|instead of|rather than)\s+(?:in\s+)?(?:19|20)\d{2})?/;

type Kind = "education" | "experience" | "projects" | "certifications";
const KINDS: [RegExp, Kind][] = [
  [
    /\b(?:degree|diploma|school|university|uni|college|studies|bachelor'?s?|master'?s?|bsc|ba|msc|ma|mba|phd)\b/i,
    "education",
  ],
  [/\b(?:job|role|position|experience|employer|internship)\b/i, "experience"],
  [/\b(?:cert\w*|licen[cs]e|ticket|qualification)\b/i, "certifications"],
  [/\bproject\b/i, "projects"],
];

/** The correct_profile_entry edit a "the X entry is wrong, I finished in 2020" says, or undefined. */
export function entryDateWrong(text: string): Outcome | undefined {
  const m = WRONG.exec(text.trim());
  if (!m || /\?\s*$/.test(text)) return undefined;
  const rest = m[2] ?? "";
  const year = YEAR.exec(rest)?.[1];
  const field = START.test(rest) ? "start" : END.test(rest) ? "end" : undefined;
  if (!year || !field) return undefined;
  const object = m[1]!;
  const kind =
    KINDS.find(([re]) => re.test(object))?.[1] ?? (/\bgraduated\b/i.test(rest) ? "education" : undefined);
  const which = object
    .replace(
      /\b(?:entry|one|dates?|years?|start|end|job|role|position|experience|degree|diploma|cert(?:ificate)?|licen[cs]e|ticket|project)\b/gi,
      " ",
    )
    .replace(/\s+/g, " ")
    .trim();
  return {
    calls: [
      call("correct_profile_entry", {
        action: "edit",
        ...(kind ? { kind } : {}),
        ...(which ? { which } : {}),
        set: { [field]: year },
      }),
    ],
  };
}
