/**
 * "No night shifts. I did 9 years of nights at a plant, never again": the second piece is why the
 * preference is held, not a job to save (it was saved as an experience entry made of the sentence,
 * or failed to read as one: conv15u, a kind of blind14's misses). A piece read as a profile entry
 * beside a preference, that speaks of the same thing (nights, weekends, travel, the commute, …),
 * is dropped; the preference stays.
 */
import type { Reading } from "./reading.ts";
import type { Outcome } from "./types.ts";

/** What a preference is about, as people say it in a reason. */
const SUBJECTS: RegExp[] = [
  /\bnights?\b|\bnight shifts?\b|\bovernights?\b|\bnoches?\b|\bnuits?\b|\bnacht\w*|\bnoites?\b|\braat\b/i,
  /\bweekends?\b|\bfines de semana\b|\bwochenend\w*|\bfins de semana\b/i,
  /\bearly (?:shifts?|mornings?)\b|\bmornings?\b/i,
  /\btravel\w*\b|\bon the road\b|\bviaj\w*|\bvoyag\w*|\breise\w*|\bviage\w*/i,
  /\bcommut\w*\b|\bdriv(?:e|ing) (?:an hour|for hours|\d+)\b|\bpendel\w*/i,
  /\bon[- ]call\b|\bovertime\b|\bdouble shifts?\b|\brotating\b|\brota\b/i,
  /\boffice\b|\bremote\b|\bopen[- ]plan\b/i,
];
const ENTRY_CALLS = new Set(["add_profile_entry", "save_background"]);

/** The outcomes without an entry that only gives the reason for a preference beside it. */
export function preferenceReasonDropped(outcomes: Outcome[], pieces: Reading[]): Outcome[] {
  const i = outcomes.findIndex((o) => o.calls.some((c) => c.name === "set_preferences"));
  if (i < 0) return outcomes;
  const about = SUBJECTS.filter((re) => re.test(pieces[i]?.seg.raw ?? ""));
  if (!about.length) return outcomes;
  return outcomes.filter(
    (o, j) =>
      j === i ||
      !o.calls.length ||
      !o.calls.every((c) => ENTRY_CALLS.has(c.name)) ||
      !about.some((re) => re.test(pieces[j]?.seg.raw ?? "")),
  );
}
