/**
 * A returner's question that names a licence, a registration or a refresher course ("do I need a
 * refresher course or to renew my license?"): the career-gap answer then says who decides — the
 * board that issued it — since the rules differ by country, state and profession and are not
 * data this project holds (trial16 §4).
 */
const LICENCE_WORDS =
  /\b(?:licen[cs]e[ds]?|registration|registered|refresher|re-?entry|return[- ]to[- ]practice|board|licencia|colegiaci[oó]n|reciclaje|zulassung|approbation|registro|ordem|ordre)\b/iu;

export const asksAboutLicence = (text: string | undefined): boolean =>
  Boolean(text && LICENCE_WORDS.test(text));
