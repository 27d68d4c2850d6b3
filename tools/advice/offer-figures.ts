/**
 * The pay figures a negotiation question gives: "they offered 150k, the band is 140-170",
 * "my current CTC is 3.5 LPA, is 6 LPA ok to ask?". Each clause is read by the job-ad salary
 * reader (one reading of "85k", "$30/hr", "6 LPA") after the word that says what the figure
 * is; a figure with no such word is what the person thinks of asking when the message asks
 * how much to ask, else nothing. Only what was said: no figure is guessed.
 */
import { parseSalary } from "../jobs/salary.ts";
import type { SalaryRange } from "../jobs/types.ts";

export interface OfferFigures {
  /** What the employer offered. */
  offer?: SalaryRange;
  /** The range the employer, recruiter or ad gave for the role. */
  band?: SalaryRange;
  /** What the person earns now. */
  current?: SalaryRange;
  /** What the person thinks of asking for. */
  asking?: SalaryRange;
}

type Kind = keyof OfferFigures;

/** Words that say what a figure is, five languages and Hindi in Latin script; first match wins. */
const KINDS: [Kind, RegExp][] = [
  [
    "current",
    /\b(?:current(?:ly)?|right now|at the moment|i (?:make|earn|get)|making|earning|present|actual(?:mente)?|ahora gano|gano|je gagne|actuel(?:lement)?|aktuell|derzeit|verdiene|atual(?:mente)?|ganho|abhi|mera ctc|my ctc|mil rahe|milta)\b/i,
  ],
  [
    "band",
    /\b(?:band|range|bracket|budget|between|posted|listed|the ad says|the posting says|rango|banda|fourchette|gehaltsband|spanne|faixa)\b/i,
  ],
  [
    "offer",
    /\b(?:offer(?:ed|ing)?|proposed|ofrec\w*|oferta|propos[ée]\w*|offre|angebot\w*|angeboten|ofere\w*|proposta|de rahe|diya|offer kiya)\b/i,
  ],
  [
    "asking",
    /\b(?:ask(?:ing)? for|ask|counter(?:\s*(?:with|at))?|demand|request|hop(?:e|ed|ing) for|was (?:hoping|thinking|aiming)|aiming for|want(?:ed)?|pedir|pido|esperaba|demander|j'esp[ée]rais|fordern|verlangen|gehofft|esperava|maang\w*|mang\w*|expect\w*)\b/i,
  ],
];

/** The message asks what to ask for ("how much should I ask", "is 6 LPA ok?", "kitna maangu"). */
const ASKS_WHAT_TO_ASK =
  /\b(?:how much (?:should|do|can) i (?:ask|say|quote|demand)|what (?:should|do) i ask|is (?:that|it|this)? ?(?:ok|okay|enough|fair|good|reasonable|too (?:much|high|low))|ok(?:ay)? to ask|theek hai|thik hai|sahi hai|kitna maang\w*|cu[aá]nto pido|combien demander|wie viel (?:soll|kann) ich|quanto peço)\b|\?\s*$/i;

/** Clause ends: sentence marks, semicolons, and "and"/"but" between two figures. */
const CLAUSES =
  /[.;!?]+(?=\s|$)|,(?=\s)|\s(?:and|but|while|whereas|y|pero|et|mais|und|aber|e|mas|aur|lekin|par)\s/i;

function figureIn(clause: string, kindWords: RegExp | undefined): SalaryRange | undefined {
  // The word that says what the figure is makes it pay, as "salary" would ("offered 150k"); a
  // clause without one is still in a question about pay ("…, 118k, …").
  return parseSalary(kindWords ? clause.replace(kindWords, " salary ") : `salary ${clause}`);
}

/**
 * A band said without its unit after an offer that had one ("150k, the band is 140-170")
 * is in the same unit: read in thousands when the other figures are.
 */
function sameScale(band: SalaryRange, other: SalaryRange | undefined): SalaryRange {
  if (!other?.min || !band.min || other.min < 1000 || band.min >= 1000) return band;
  const scaled = { ...band, min: band.min * 1000, ...(band.max ? { max: band.max * 1000 } : {}) };
  const ratio = scaled.min / other.min;
  return ratio > 0.3 && ratio < 3 ? { ...scaled, period: other.period } : band;
}

/** A bare range ("140-170") after a band word: the salary reader skips it as too small, so read it here. */
function bareRange(clause: string): SalaryRange | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:[.,]\d+)?)/.exec(clause);
  if (!m) return undefined;
  const [min, max] = [Number.parseFloat(m[1]!.replace(",", ".")), Number.parseFloat(m[2]!.replace(",", "."))];
  return max > min ? { min, max, period: "year", text: m[0] } : undefined;
}

export function offerFiguresIn(text: string): OfferFigures {
  const figures: OfferFigures = {};
  const unlabelled: SalaryRange[] = [];
  for (const clause of text.split(CLAUSES)) {
    if (!clause?.trim()) continue;
    const kind = KINDS.find(([, words]) => words.test(clause));
    const figure = figureIn(clause, kind?.[1]) ?? (kind?.[0] === "band" ? bareRange(clause) : undefined);
    if (!figure) continue;
    if (!kind) unlabelled.push(figure);
    else figures[kind[0]] ??= figure;
  }
  if (unlabelled[0] && !figures.asking && ASKS_WHAT_TO_ASK.test(text)) figures.asking = unlabelled[0];
  else if (unlabelled[0] && !figures.offer && /\boffer/i.test(text)) figures.offer = unlabelled[0];
  if (figures.band)
    figures.band = sameScale(figures.band, figures.offer ?? figures.asking ?? figures.current);
  // One currency said once holds for the rest ("$150k offer, band 140-170k").
  const currency = [figures.offer, figures.band, figures.current, figures.asking].find(
    (f) => f?.currency,
  )?.currency;
  if (currency)
    for (const key of ["offer", "band", "current", "asking"] as const) {
      const f = figures[key];
      if (f && !f.currency) figures[key] = { ...f, currency };
    }
  return figures;
}
