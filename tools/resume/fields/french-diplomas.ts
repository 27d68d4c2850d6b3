/**
 * French national diplomas people write by their acronyms (trial17: a French accountant's CV with
 * a DCG and a BTS read no education at all): BTS and DUT (two years after the baccalauréat,
 * associate), DCG (three years, the licence's level: bachelor), DSCG (five years: master), or
 * spelled out ("Brevet de technicien supérieur", "Diplôme de comptabilité et de gestion").
 * The acronyms are other things in capitals too (BTS is a telecom base station, DUT a device
 * under test), and findDegree also reads job ads, job titles and employers, so BTS and DUT count
 * only on a line written in French ("BTS Comptabilité et gestion", "DUT GEA, IUT de Nantes", "BTS
 * en alternance", "Lycée Voltaire — BTS"), and never before an English word of the trade they also
 * name ("BTS installation", "DUT testing"). DCG and DSCG name nothing else a resume writes.
 */
import type { EducationLevel } from "../../../contract/profile.ts";

const SPELLED: [EducationLevel, RegExp][] = [
  ["master", /dipl[ôo]me sup[ée]rieur de comptabilit[ée] et de gestion/i],
  ["bachelor", /dipl[ôo]me de comptabilit[ée] et de gestion/i],
  ["associate", /brevet de technicien sup[ée]rieur|dipl[ôo]me universitaire de technologie/i],
];

const LEVEL_OF: Record<string, EducationLevel> = {
  DSCG: "master",
  DCG: "bachelor",
  BTS: "associate",
  DUT: "associate",
};

/** The acronym in capitals. */
const ACRONYM = /(?<![\p{L}\p{N}])(DSCG|DCG|BTS|DUT)(?![\p{L}\p{N}])/u;
/**
 * A French education line: a French school or diploma word, or an accented letter French writes
 * ("Comptabilité", "Lycée"). Job ads and job titles read by findDegree name a "BTS Ericsson" or a
 * "DUT fixture" in English.
 */
const FRENCH_CUE =
  /\b(?:lyc[ée]e|iut|universit[ée]|[ée]cole|alternance|option|sp[ée]cialit[ée]|mention|dipl[ôo]me|obtenu|en\s+(?:cours|alternance|comptabilit[ée]|gestion|informatique|commerce))\b|[àâçéèêëîïôûùü]/iu;
/** Words of the trades that use the same acronyms. */
const TRADE_AFTER =
  /^\s*[-–:]?\s*(?:installation|antenna|site|sites|tower|engineer|technician|testing|test|tests|board|boards|fixture|integration|commissioning|radio|rf|swap|upgrade|maintenance|configuration|hardware|software|station)s?\b/i;

export function frenchDiploma(
  line: string,
): { level: EducationLevel; index: number; length: number } | undefined {
  const m = ACRONYM.exec(line);
  if (m) {
    const after = line.slice(m.index + m[0].length);
    // DCG and DSCG name nothing else a resume writes: only BTS and DUT need the field after them.
    const accounting = m[1] === "DCG" || m[1] === "DSCG";
    if (!TRADE_AFTER.test(after) && (accounting || FRENCH_CUE.test(line)))
      return { level: LEVEL_OF[m[1]!]!, index: m.index, length: m[0].length };
  }
  for (const [level, re] of SPELLED) {
    const s = re.exec(line);
    if (s) return { level, index: s.index, length: s[0].length };
  }
  return undefined;
}
