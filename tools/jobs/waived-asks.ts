/**
 * What an ad says it does NOT ask: "No experience required", "No prior accounting experience
 * needed", "a degree is not essential", "full training provided". Such a phrase names a kind of
 * work or a tool only to waive it, yet its words carry every ask cue ("experience", "required"):
 * read as asks, "No prior accounting experience required" made Accounting a required skill and
 * "No experience required" a must-have duty no resume could meet, so an entry-level ad asking
 * for the ability to do a kind of work ruled out people who show that work in another setting.
 * An exact format: the few words ads use to waive.
 */

const KIND_WORDS = String.raw`(?:[\w+#&./'’-]+\s+){0,4}?`;
const WAIVED_ASK = "(?:experience|degree|qualifications?|background|knowledge)";
const NOT_ASKED = "(?:required|necessary|needed|essential|expected|mandatory|a must|a requirement)";

const WAIVERS: RegExp[] = [
  // "no (prior) (accounting) experience (is) required", "no degree necessary"
  new RegExp(String.raw`\bno\s+${KIND_WORDS}${WAIVED_ASK}\s+(?:is\s+|are\s+)?${NOT_ASKED}\b`, "gi"),
  // "(previous) experience (in sales) is not required", "a degree is not essential"
  new RegExp(
    String.raw`\b(?:(?:prior|previous|formal|professional|commercial|industry)\s+)?(?:[\w+#&/'’-]+\s+){0,2}?${WAIVED_ASK}(?:\s+(?:in|with|of|as)\s+${KIND_WORDS})?\s+(?:is|are)\s+not\s+(?:strictly\s+|absolutely\s+)?${NOT_ASKED}\b`,
    "gi",
  ),
  // "no need for (previous) experience", "you don't need (any) experience"
  new RegExp(
    String.raw`\b(?:no need (?:for|to have)|(?:you\s+)?(?:don't|do not) need(?: to have)?)\s+(?:any\s+)?${KIND_WORDS}${WAIVED_ASK}\b`,
    "gi",
  ),
  // "without (any) prior experience", "whether or not you have experience"
  new RegExp(String.raw`\bwithout\s+(?:any\s+)?(?:prior|previous|formal)\s+${KIND_WORDS}experience\b`, "gi"),
  // "full training (will be) provided", "we will train you"
  /\b(?:(?:full|paid|on[- ]the[- ]job|comprehensive|all)\s+)?training\s+(?:is\s+|will\s+be\s+)?(?:given|provided|offered)\b|\bwe(?:'ll| will) train you\b/gi,
];

/** The spans of `text` that waive an ask, in order. */
export function waivedSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const pattern of WAIVERS)
    for (const m of text.matchAll(pattern)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** Whether the character at `offset` is inside a waiver ("Accounting" in "No prior accounting experience required"). */
export function waivedAt(text: string, offset: number): boolean {
  return waivedSpans(text).some((s) => offset >= s.start && offset < s.end);
}

/**
 * The text with its waivers taken out, and the "but" that joined them to an ask: "No previous
 * experience necessary, but you must be able to handle customer calls" -> "you must be able to
 * handle customer calls"; "No experience required" -> "".
 */
export function withoutWaivers(text: string): string {
  const spans = waivedSpans(text);
  if (spans.length === 0) return text;
  let out = "";
  let from = 0;
  for (const s of spans) {
    if (s.start < from) continue;
    out += `${text.slice(from, s.start)} `;
    from = s.end;
  }
  out += text.slice(from);
  return out
    .replace(/^[\s,;:.–-]*(?:(?:but|and|however|though)\b[\s,]*)?/i, "")
    .replace(/\s+([,.;])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}
