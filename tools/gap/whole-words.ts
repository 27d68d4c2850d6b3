/** Whole-word tests of a name in resume text, shared by the evidence readers. */

/** `name` written in `text` as whole words (an all-capitals abbreviation in capitals: "RN", not "rn"). */
export function names(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const flags = /^[A-Z0-9-]{2,6}$/.test(name) ? "" : "i";
  return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, flags).test(text);
}
