/**
 * Month names and "to now" words of the languages resumes reach us in besides English
 * (Spanish, Portuguese, French, German, Italian, Dutch): "ene. 2020 – actualidad",
 * "septiembre de 2012", "mars 2018 – aujourd'hui", "März 2019 – heute". Closed vocabularies,
 * so hand-written: a date library would parse one locale at a time and not inside a line.
 */

/** Month word (lower case, no trailing dot) -> month number. English first, then the others. */
export const MONTH_WORDS: Record<string, number> = {};

const BY_MONTH: string[][] = [
  [
    "jan",
    "january",
    "ene",
    "enero",
    "janeiro",
    "janv",
    "janvier",
    "januar",
    "jän",
    "jänner",
    "gen",
    "gennaio",
    "januari",
  ],
  [
    "feb",
    "february",
    "febrero",
    "fev",
    "fevereiro",
    "févr",
    "fevr",
    "février",
    "fevrier",
    "februar",
    "febbraio",
    "februari",
  ],
  ["mar", "march", "marzo", "março", "marco", "mars", "märz", "maerz", "mrz", "maart"],
  ["apr", "april", "abr", "abril", "avr", "avril", "aprile"],
  ["may", "mayo", "mai", "maio", "maggio", "mei"],
  ["jun", "june", "junio", "junho", "juin", "juni", "giu", "giugno"],
  ["jul", "july", "julio", "julho", "juil", "juillet", "juli", "lug", "luglio"],
  ["aug", "august", "ago", "agosto", "août", "aout", "augustus"],
  ["sep", "sept", "september", "septiembre", "setiembre", "set", "setembro", "septembre", "settembre"],
  ["oct", "october", "octubre", "out", "outubro", "octobre", "okt", "oktober", "ott", "ottobre"],
  ["nov", "november", "noviembre", "novembro", "novembre"],
  [
    "dec",
    "december",
    "dic",
    "diciembre",
    "dez",
    "dezembro",
    "déc",
    "decembre",
    "décembre",
    "dezember",
    "dicembre",
  ],
];
BY_MONTH.forEach((words, i) => {
  for (const w of words) MONTH_WORDS[w] = i + 1;
});

/**
 * Short forms that are also everyday English words ("set", "out", "ago"): a month only
 * written with their dot ("out. 2019").
 */
const NEEDS_DOT = new Set(["set", "out", "ago"]);

const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Regex source for one month word, longest alternatives first; a dot may follow. */
export const MONTH_SOURCE = (() => {
  const words = Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length);
  const plain = words.filter((w) => !NEEDS_DOT.has(w)).map(escapeRegex);
  const dotted = words.filter((w) => NEEDS_DOT.has(w)).map(escapeRegex);
  return `(?:(?:${plain.join("|")})\\.?|(?:${dotted.join("|")})\\.)`;
})();

/**
 * The words between a month and its year in other languages: "septiembre de 2012",
 * "março de 2019", "janvier 2020" (none), "im März 2019" (before, not between).
 */
export const MONTH_YEAR_JOINER = String.raw`(?:\s+(?:de|del)\s+)`;

/**
 * An open end in other languages: "actualidad", "presente", "aujourd'hui", "heute", "atual".
 * Only after a range separator ("2019 – actual", "desde 2019 hasta la fecha"): several are
 * everyday words ("actual", "hoy") that a bare year may stand before.
 */
export const OTHER_OPEN_END_SOURCE = String.raw`(?:-{1,2}|–|—|~|→|\/|hasta|jusqu['’]\s?(?:à|au)|a|à|até|bis|al|ao|au)\s*(?:(?:a\s+)?la\s+|o\s+|à\s+)?\(?\s*(actualidad|presente|actualmente|actual|hoy|fecha|atualidade|atualmente|atual|momento|hoje|aujourd['’]hui|ce\s+jour|en\s+cours|maintenant|présent|heute|jetzt|laufend|dato|oggi|in\s+corso|heden)(?![\p{L}\d])`;
