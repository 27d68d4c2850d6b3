/**
 * A name written with its acronym in brackets is one surface form: "Software Development Life
 * Cycle (SDLC)", "Entity Relationship Diagrams (ERD)". The reported span takes the bracket
 * when the acronym is made of the name's words, and an acronym in brackets takes the words it
 * stands for before it — so the skill is shown as the person wrote it, not as two pieces.
 */
import type { SkillSpanHit } from "../types.ts";

/** Words an acronym usually skips ("Analysis & Design", "Bureau of Statistics"). */
const SKIPPED = new Set(["of", "and", "&", "the", "for", "in", "to", "on", "with", "a", "an"]);

const wordsOf = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#&]+/u)
    .filter((w) => w && !SKIPPED.has(w));

/**
 * Whether `acronym` abbreviates `phrase`: each word gives its first letter and, optionally,
 * more of its letters in order ("OOAD" of "Object-Oriented Analysis & Design", "SCOM" of
 * "System Center Operations Manager"); every word counts, skipped words aside.
 */
export function isAcronymOf(acronym: string, phrase: string): boolean {
  const a = acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const words = wordsOf(phrase);
  if (a.length < 2 || words.length < 2 || a.length > 2 * words.length) return false;
  const from = (i: number, w: number): boolean => {
    if (w === words.length) return i === a.length;
    const word = words[w]!;
    if (i >= a.length || a[i] !== word[0]) return false;
    let j = i + 1;
    let at = 1;
    if (from(j, w + 1)) return true;
    while (j < a.length) {
      const q = word.indexOf(a[j]!, at);
      if (q < 0) return false;
      at = q + 1;
      j++;
      if (from(j, w + 1)) return true;
    }
    return false;
  };
  return from(0, 0);
}

const BRACKET_AFTER = /^ ?\(([\p{L}][\p{L}\p{N}&+./-]{1,9})\)/u;
/** Up to eight words before an opening bracket, on the same piece of the line. */
const WORDS_BEFORE = /((?:[\p{L}\p{N}+#&][\p{L}\p{N}+#&.'-]*[ -]){2,8}) ?\($/u;

/**
 * The span grown over its bracketed acronym ("Local Area Network (LAN)"), or, when the span is
 * an acronym in brackets, over the words it stands for. Unchanged when the letters do not fit.
 */
export function withAcronym(text: string, lineStart: number, sp: SkillSpanHit): SkillSpanHit {
  const after = BRACKET_AFTER.exec(text.slice(sp.end, sp.end + 14));
  if (after && isAcronymOf(after[1]!, sp.text)) {
    const end = sp.end + after[0].length;
    return { ...sp, end, text: text.slice(sp.start, end) };
  }
  if (/\s/.test(sp.text) || text[sp.end] !== ")") return sp;
  const before = WORDS_BEFORE.exec(text.slice(Math.max(lineStart, sp.start - 90), sp.start));
  if (!before) return sp;
  // The fewest words before the bracket that the acronym stands for.
  const words = before[1]!.trim().split(/[ ]+/);
  for (let k = 1; k <= words.length; k++) {
    const phrase = words.slice(-k).join(" ");
    if (!isAcronymOf(sp.text, phrase)) continue;
    const start = text.lastIndexOf(phrase, sp.start);
    if (start < 0) return sp;
    return { ...sp, start, end: sp.end + 1, text: text.slice(start, sp.end + 1) };
  }
  return sp;
}
