/**
 * The opening of an ad as the occupation reader reads it (occupation-reader.ts): anonymisation
 * placeholders ("<ORGANIZATION>") and layout say nothing about the work, and a few hundred
 * characters are enough and keep the cost flat. Kept on the parsed ad so the occupation is read
 * only when something asks for it (the verdict, when its model uses the input), not on every parse.
 */

/** Characters of the opening the reader looks at. */
export const OPENING_CHARS = 600;

const PLACEHOLDER = /<[A-Z_]+>/g;

export function adOpening(text: string): string {
  return text.replace(PLACEHOLDER, " ").replace(/\s+/g, " ").trim().slice(0, OPENING_CHARS);
}
