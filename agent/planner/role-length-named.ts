/**
 * "my job at the hospital was 5 years not 3", "the Acme one lasted 2 yrs, not 1", "my time as a
 * cook was 4 years actually": how long a job lasted, corrected with the job named, at any point
 * of the conversation (conv13u, from blind12's misses: it was saved as a new profile entry). The
 * named job is passed as said; change_role finds it among the profile's roles or offers them.
 * The length must be all the rest says (role-change-said.ts's correctedLength, passed in), so a job told
 * with its years ("my job at Acme was 3 years of support work") is not taken for a correction.
 */
import { CARDINAL_WORDS } from "../../tools/text/number-words.ts";

/** The job named, then what is said of it: "(my) job at X was …", "the X job lasted …". */
const LEAD = String.raw`^(?:(?:no+|nope|oops|sorry|actually|wait|hmm|(?:small |quick |one )?correction|fix)[\s,.!:]+)*`;
/** "correction: I was at Acme for 3 years, not 2", "I worked with Bolt 4 yrs not 3" (conv14u). */
const HELD_AT_FOR = new RegExp(
  String.raw`${LEAD}i\s+(?:was|worked|spent)\s+(?:at|with|for)\s+(?:the\s+)?(.{2,40}?)\s+((?:for\s+)?(?:about\s+)?\d.+)$`,
  "iu",
);
/**
 * "Brightline wasn't a year and a half, I was there closer to two and a half years", "the Acme job
 * was not 2 years, more like 4": the length taken back, then the right one (conv16u).
 */
const TAKEN_BACK = new RegExp(
  String.raw`${LEAD}(?:my\s+|the\s+)?(?:(?:job|time|stint|role)\s+(?:at|with|as)\s+)?(?!(?:it|that|this|i|he|she)\b)(.{2,40}?)(?:\s+(?:job|one|role|gig))?\s+(?:wasn'?t|was\s+not|wasnt|didn'?t\s+last)\s+[^,;]{2,40}[,;]\s*(?:(?:i\s+was\s+there|i\s+stayed|i\s+worked\s+there|it\s+was|it\s+lasted)\s+)?(.+)$`,
  "iu",
);
const NAMED_THEN_LENGTH = [
  TAKEN_BACK,
  HELD_AT_FOR,
  /^(?:(?:no+|nope|oops|sorry|actually|wait|hmm)[\s,.!]+)*(?:my\s+|the\s+)?(?:job|time|stint|role|position|gig|years?)\s+(?:at|with|for|as|in)\s+(?:the\s+|a\s+|an\s+)?(.{2,40}?)\s+(?:was|were|lasted|is)\s+(.+)$/iu,
  /^(?:(?:no+|nope|oops|sorry|actually|wait|hmm)[\s,.!]+)*(?:my\s+|the\s+)(.{2,40}?)\s+(?:job|one|role|position|gig)\s+(?:was|lasted|is)\s+(.+)$/iu,
];

/** The shared number words, and "a"/"an" for one ("a year and a half"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = { ...CARDINAL_WORDS, a: 1, an: 1 };
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join("|");

/**
 * Lengths said in words as figures: "two and a half years" -> "2.5 years", "a year and a half" ->
 * "1.5 years", "three years" -> "3 years" (the duration reader takes figures; conv16u).
 */
export function lengthInFigures(text: string): string {
  const n = (w: string) => NUMBER_WORDS[w.toLowerCase()] ?? 0;
  return text
    .replace(
      new RegExp(String.raw`\b(${NUMBER_WORD})\s+and\s+a\s+half\s+(years?|months?)\b`, "giu"),
      (_m, w: string, unit: string) => `${n(w) + 0.5} ${unit}`,
    )
    .replace(
      new RegExp(String.raw`\b(${NUMBER_WORD})\s+(years?|months?)\s+and\s+a\s+half\b`, "giu"),
      (_m, w: string, unit: string) => `${n(w) + 0.5} ${unit}`,
    )
    .replace(
      new RegExp(String.raw`\b(${NUMBER_WORD})\s+(years?|months?)\b`, "giu"),
      (_m, w: string, unit: string) => (/^an?$/i.test(w) ? _m : `${n(w)} ${unit}`),
    );
}

/** change_role's arguments for the length corrected and the job named, or undefined. */
export function lengthOfNamedRole(
  raw: string,
  correctedLength: (text: string) => number | undefined,
): { role: string; months: number } | undefined {
  for (const pattern of NAMED_THEN_LENGTH) {
    const m = pattern.exec(raw.trim());
    if (!m) continue;
    const rest = lengthInFigures(m[2]!).replace(
      /[\s,.;!-]+(?:(?:pls|please)\s+)?(?:fix|change|correct|update)\s+(?:that|it|this)\b.*$/iu,
      "",
    );
    const months = correctedLength(rest);
    return months ? { role: m[1]!.trim(), months } : undefined;
  }
  return undefined;
}
