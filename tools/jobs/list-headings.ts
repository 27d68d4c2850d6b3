/**
 * Headings of an ad's lists that a flattened ad runs into its items: once its line breaks are
 * lost and its bullets are read back as separators, "Preferred background and qualifications" or
 * "Key responsibilities and tasks" is an item of its own between two bullets, and "We can offer
 * you" is glued to the end of the last ask before the offer. Left as items they are read as
 * asks, and the section they open (duties, nice-to-haves, the offer) is read as the one before.
 *
 * An exact format: a heading names the candidate's side of the ad (qualifications, background,
 * qualities, skills, profile) or the job's (responsibilities, tasks, duties) or the offer, with
 * only words that say which (key, preferred, personal...) before it. An ask says what to have or
 * be ("Strong team skills", "Experience with payroll"), so it is not one.
 */
import type { SectionKind } from "./segments.ts";

const MODIFIER =
  "(?:key|main|primary|core|preferred|required|desired|essential|personal|professional|technical|additional|minimum|basic|general|your|our|the)";
/** "reponsibilities": ads misspell their own headings. */
const NOUN =
  "(?:background|qualifications?|requirements?|qualities|expectations(?: of you)?|(?:areas? of )?res?ponsibilit(?:y|ies)|tasks|duties|skills|competenc(?:es|ies)|profile|experience)";
const LIST_HEADING = new RegExp(
  `^(?:${MODIFIER}\\s+){0,3}${NOUN}(?:\\s*(?:,|and|&)\\s*(?:${MODIFIER}\\s+){0,2}${NOUN})?$`,
  "i",
);
const OFFER_HEADING = /^(?:what\s+)?we\s+(?:can\s+)?offer(?:\s+you)?(?:\s+in\s+return)?$/i;

/** The section a list heading opens, or undefined when the text is not one. */
export function listHeadingKind(text: string): SectionKind | undefined {
  const t = text
    .trim()
    .replace(/[:\-–—]+$/, "")
    .trim();
  if (OFFER_HEADING.test(t)) return "benefits";
  if (!LIST_HEADING.test(t)) return undefined;
  if (/\b(?:res?ponsibilit|tasks|duties)/i.test(t)) return "responsibilities";
  if (/\b(?:preferred|additional)\b/i.test(t)) return "preferred";
  return "requirements";
}

/**
 * A list heading glued to the end of an item ("Fluency in English ( written and verbal )
 * Preferred personal qualities"): where the item before it ends and the section the heading opens. Only a heading in
 * sentence case after a word that cannot end a title-case ask ("Strong Technical Skills" keeps
 * its words), and never the whole item.
 */
export function trailingListHeading(piece: string): { itemEnd: number; kind: SectionKind } | undefined {
  const words = [...piece.matchAll(/\S+/g)];
  for (let n = Math.min(5, words.length - 2); n >= 2; n--) {
    const tail = words.slice(-n).map((m) => m[0]);
    const before = words[words.length - n - 1]!;
    if (!/^[A-Z]/.test(tail[0]!) || tail.slice(1).some((w) => /^[A-Z]/.test(w))) continue;
    if (!/^[a-z(]|[)]$/.test(before[0])) continue;
    const kind = listHeadingKind(tail.join(" "));
    if (kind) return { itemEnd: before.index! + before[0].length, kind };
  }
  return undefined;
}
