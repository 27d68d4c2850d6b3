/**
 * The words before a place people want to work in, in Spanish, Portuguese, French and
 * German ("prefiero Orlando", "moro em Recife", "je préfère Lyon", "wohne in Köln"), for
 * the stated-preferences reader (its English ones are "in", "near", "based in"...). Kept
 * to verbs of living, working and preferring: a bare "en"/"à" is as often a company
 * ("apliqué a Sunrise Family Clinic") as a place.
 */
const LEAD_INS = [
  // Spanish
  "prefiero(?: trabajar)?(?: en)?",
  "preferiblemente en",
  "de preferencia en",
  "vivo en",
  "vivir en",
  "trabajar en",
  "quedarme en",
  "basad[oa] en",
  "cerca de",
  "(?:algo )?(?:presencial|h[ií]brido) en",
  // "busco algo en Monterrey", "busco trabajo en Puebla" (conv17u): looking for work there.
  "busco(?: (?:algo|trabajo|empleo|chamba|curro|chamba))? en",
  // Portuguese
  "prefiro(?: trabalhar)?(?: em| no| na)?",
  "moro em",
  "morar em",
  "trabalhar em",
  "perto de",
  "(?:presencial|h[ií]brido) em",
  "procuro(?: (?:algo|trabalho|emprego|vaga))? (?:em|no|na)",
  // French
  "(?:je )?préfère(?: travailler)?(?: à| en)?",
  "j'habite à",
  "habite à",
  "vivre à",
  "travailler à",
  "près de",
  "(?:en présentiel|sur site|hybride) à",
  "(?:je )?cherche(?: (?:du travail|un poste|un emploi|un job|un boulot|quelque chose))? (?:à|sur)",
  // German
  "(?:ich )?bevorzuge",
  "lieber in",
  "wohne in",
  "arbeiten in",
  "arbeite in",
  "suche(?: (?:was|etwas|Arbeit|einen Job|eine Stelle))? in",
  "in der Nähe von",
];

/** A lead-in's first letter either way round ("Prefiero Orlando" opens a sentence); the place keeps its capital. */
const eitherCase = (lead: string) =>
  lead.replace(/^(\(\?:)?(\p{L})/u, (_, group = "", c: string) => `${group}[${c}${c.toUpperCase()}]`);

export const OTHER_LANGUAGE_PLACE_LEAD_INS = LEAD_INS.map(eitherCase).join("|");
