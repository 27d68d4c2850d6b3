/**
 * Resume text -> tokens for the field labeller: words (letters and digits) and single
 * punctuation marks, each with what separated it from the previous token. The separator
 * is the only layout the labeller sees, so the same resume read from a PDF (where a
 * double space is usually lost) and from text gives nearly the same features.
 */

/** "s" one space (or none), "g" a gap of two or more spaces, "n" a line break. */
export type Separator = "s" | "g" | "n";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  sep: Separator;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const between = text.slice(prevEnd, start);
    const sep: Separator =
      /\n/.test(between) || out.length === 0 ? "n" : / {2,}|\t/.test(between) ? "g" : "s";
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length, sep });
    prevEnd = start + m[0].length;
  }
  return out;
}
