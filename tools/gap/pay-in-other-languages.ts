/**
 * A pay expectation said in Spanish, Portuguese, French, German or Hindi, put in the English the
 * pay reader knows (conv17u: "mínimo 18 mil al mes", "no mínimo 4 mil por mês", "au moins 2500 par
 * mois", "mindestens 3000 im Monat", "kam se kam 40 hazaar mahina" were read as no pay at all, and
 * a preference said in those languages was asked back). Only a figure followed by its period, or
 * led by a word of minimum, is rewritten: "8 años" or "3 mil clientes" say nothing of pay.
 */

/** "mil" / "mille" / "tausend" / "hazaar" after a figure: thousands ("18 mil" = 18000). */
const THOUSANDS = /(\d+(?:[.,]\d+)?)\s*(?:mil|mille|tausend|tsd\.?|hazaar|hazar|hajar)(?!\p{L})/giu;

/** The words of a period after a pay figure, in the languages read, with their English. */
const PERIODS: [RegExp, string][] = [
  [
    /(\d)\s*((?:€|euros?|pesos?|reais|r\$|dollars?|rupees?|rs\.?|eur)?)\s*(?:al|por|por\s+el|par|pro|im|per|a|ao|each|every|ek|har)\s+(?:mes|m[eê]s|mois|monat|month|mahina|mahine)(?!\p{L})/giu,
    "$1 $2 per month",
  ],
  [
    /(\d)\s*((?:€|euros?|pesos?|reais|r\$|dollars?|rupees?|rs\.?|eur)?)\s*(?:al|por|par|pro|im|ao|ek|har)\s+(?:a[nñ]o|ano|an|jahr|saal)(?!\p{L})/giu,
    "$1 $2 per year",
  ],
  [
    /(\d)\s*((?:€|euros?|pesos?|reais|r\$|dollars?|rupees?|rs\.?|eur)?)\s*(?:la|por|de\s+l['’]|par|pro|die|ek)\s+(?:hora|heure|stunde|ghanta)(?!\p{L})/giu,
    "$1 $2 per hour",
  ],
  [
    /(\d)\s*((?:€|euros?|pesos?|reais|r\$|dollars?|rupees?|rs\.?|eur)?)\s*(?:mensuales|mensais|mensuels?|monatlich|mahina|mahine)(?!\p{L})/giu,
    "$1 $2 per month",
  ],
  [
    /(\d)\s*((?:€|euros?|pesos?|reais|r\$|dollars?|rupees?|rs\.?|eur)?)\s*(?:anuales|anuais|annuels?|brut\s+annuel|j[äa]hrlich|brutto\s+im\s+jahr|saalana)(?!\p{L})/giu,
    "$1 $2 per year",
  ],
];

/** A word of minimum or expectation before the figure. */
const MINIMUM =
  /(?<!\p{L})(?:m[ií]nimo|como\s+m[ií]nimo|al\s+menos|por\s+lo\s+menos|no\s+m[ií]nimo|pelo\s+menos|au\s+moins|minimum|mindestens|wenigstens|kam\s+se\s+kam|kamse\s+kam)(?!\p{L})/giu;

/** The message with a pay expectation said in another language written as the English reader expects it. */
export function payInEnglish(text: string): string {
  if (!/\d/.test(text)) return text;
  let out = text.replace(THOUSANDS, (_, n: string) => String(Math.round(Number(n.replace(",", ".")) * 1000)));
  const hasPeriod = PERIODS.some(([re]) => new RegExp(re.source, re.flags).test(out));
  const hasMinimum = new RegExp(MINIMUM.source, MINIMUM.flags).test(out);
  if (!hasPeriod && !hasMinimum) return text;
  // The currency said stays beside the figure ("25 Euro pro Stunde" -> "25 Euro per hour": EUR).
  for (const [re, english] of PERIODS) out = out.replace(re, english).replace(/(\d) {2,}per /g, "$1 per ");
  return out.replace(MINIMUM, "minimum");
}
