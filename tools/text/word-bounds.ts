/**
 * Word boundaries that know letters outside ASCII. JavaScript's `\b` counts only [A-Za-z0-9_]
 * as word characters, even with the `u` flag, so `\bmanhã\b` never matches "manhã" (the end
 * after "ã" is no boundary to it) and `\bs\b` matches inside "sábado". Patterns over words in the
 * chat's languages (Portuguese, Spanish, French, German, Hindi in Latin letters) use these
 * instead, with the `u` flag.
 */

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

/** Before a word: no letter, digit or mark right before. */
export const WORD_START = String.raw`(?<!${WORD_CHAR})`;
/** After a word: no letter, digit or mark right after. */
export const WORD_END = String.raw`(?!${WORD_CHAR})`;
/** `\b` for every alphabet: between a word character and something that is not one. */
export const WORD_BOUNDARY = String.raw`(?:(?<!${WORD_CHAR})(?=${WORD_CHAR})|(?<=${WORD_CHAR})(?!${WORD_CHAR}))`;

/**
 * A pattern's source with each `\b` made Unicode-aware, for patterns first written with `\b`
 * ("\b(?:nights|manhã)\b") so they keep their shape; the result needs the `u` flag. An escaped
 * backslash before "b" (`\\b`) is left alone.
 */
export function unicodeBounds(source: string): string {
  return source.replace(/(?<!\\)((?:\\\\)*)\\b/g, (_, escapes: string) => `${escapes}${WORD_BOUNDARY}`);
}
