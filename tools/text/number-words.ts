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

/**
 * One to ten in the other languages the chat reads (es, fr, de, pt, Hindi in Latin letters),
 * spelled with and without accents as people type them ("do" is Hindi two). Written as
 * "word/word:n" groups per language.
 */
export const OTHER_CARDINAL_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    "un/uno/una:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10", // es
    "une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10", // fr
    "ein/eine/einem/einen/einer/eins:1 zwei:2 drei:3 vier:4 fünf/funf/fuenf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10", // de
    "um/uma:1 dois/duas:2 três:3 quatro:4 seis:6 sete:7 oito:8 nove:9 dez:10", // pt
    "ek:1 do:2 teen/tin:3 char/chaar:4 paanch/panch:5 chhe/chhah:6 saat:7 aath:8 nau:9 das:10", // hi
  ].flatMap((language) =>
    language.split(" ").flatMap((group) => {
      const [words = "", n] = group.split(":");
      return words.split("/").map((w) => [w, Number(n)] as const);
    }),
  ),
);
