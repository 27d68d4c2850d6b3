/**
 * A line written like a heading the heading list lacks: in capitals, two or more words, every
 * word one that known section headings are made of ("CAREER OVERVIEW", "EDUCATIONAL &
 * PROFESSIONAL DEVELOPMENT", "HONORS AND ACTIVITIES"). Such a line above a job was read as its
 * employer; no labelled employer in the training split is made of these words alone.
 */
import { headingNames } from "./headings.ts";

const JOINERS = new Set(["and", "of", "the", "for", "in", "amp"]);
let vocabulary: Set<string> | undefined;

export function onlyHeadingWords(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !JOINERS.has(w));
  if (words.length < 2) return false;
  vocabulary ??= new Set(
    headingNames()
      .flatMap((n) => n.split(" "))
      .filter((w) => !JOINERS.has(w)),
  );
  return words.every((w) => vocabulary!.has(w));
}
