/**
 * Numbers written as words ("three years", "twelve weeks"), one table for every parser
 * that reads them: job-ad years, years stated in chat, and the planner's time budgets.
 */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/** The words above as a regular-expression alternation, for patterns that accept either form. */
export const CARDINAL_WORD_PATTERN = Object.keys(CARDINAL_WORDS).join("|");

/** A digit string ("3", "2.5", "2,5") or a number word, as a number; undefined otherwise. */
export function parseNumberWord(raw: string): number | undefined {
  const word = raw.toLowerCase();
  if (word in CARDINAL_WORDS) return CARDINAL_WORDS[word];
  const value = Number.parseFloat(word.replace(",", "."));
  return Number.isFinite(value) ? value : undefined;
}
