/**
 * O*NET files acronyms as titles ("DO", "PA", "RA", "HIS", "SAD", "CAT"): typed in lower case
 * inside a sentence they are words ("how do i look" matched Physicians, All Other by "DO").
 * Such a title counts only in capitals, or as the whole role said ("i want to be an rn",
 * "cna jobs").
 */
const ACRONYM_TITLE = /^(?:[A-Z]{2,4}|[A-Za-z]{1,2})$/;
/** Words that say what kind of thing the role is, not which ("cna jobs"). */
const NOT_NAMING = new Set(["job", "role", "position", "work", "career", "opening"]);

/**
 * The title found is an acronym the text only uses as a word. `namingKeys` are the text's word
 * keys as the role finder reads them, grades left out (role-finder.ts ungradedKeys).
 */
export function acronymReadAsWord(title: string, text: string, namingKeys: readonly string[]): boolean {
  if (!ACRONYM_TITLE.test(title)) return false;
  if (new RegExp(`(?<![A-Za-z])${title}(?![A-Za-z])`).test(text)) return false;
  const rest = namingKeys.filter((w) => !NOT_NAMING.has(w));
  return !(rest.length === 1 && rest[0] === title.toLowerCase());
}
