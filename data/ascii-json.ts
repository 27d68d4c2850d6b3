/**
 * JSON for the large data files read on every cold start (taxonomy, matcher, lookup-only
 * competences, the resume labeller's model): every non-ASCII character written as a \uXXXX
 * escape. JSON.parse reads the same values, but a file that is pure ASCII decodes to V8's
 * one-byte strings, which read and parse about twice as fast as the two-byte strings a
 * single curly quote anywhere in 2.7 MB turns the whole file into.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
