/**
 * The company of an application just logged corrected in Spanish, Portuguese, French or German:
 * "me equivoqué: la empresa se llama X, no Y", "errei, a empresa é X", "je me suis trompée,
 * l'entreprise s'appelle X", "ich hab mich vertan: die Firma heißt X, nicht nur Y". The English
 * reader (corrected-company.ts) knew "the company is X" and English openers only, so the German
 * one moved the status of an application named "Sorry" (conv12t, a kind of blind10's misses).
 */

/** Words owning the mistake at the start, after any opener ("ich hab mich vertan:", "me equivoqué,"). */
const MISTAKE_OWNED =
  /^(?:me\s+equivoqu[eé]|me\s+confund[ií]|me\s+enganei|errei|eu\s+errei|je\s+me\s+suis\s+tromp[eé]e?|j['’]ai\s+confondu|(?:ich\s+)?(?:habe|hab)\s+mich\s+(?:vertan|geirrt|vertippt)|mein\s+fehler|my\s+mistake|i\s+got\s+it\s+wrong|i\s+messed\s+up)[\s,.;:!—-]+/iu;

/** "the company is", said in the chat's other languages (an alternative of corrected-company's WAS). */
export const COMPANY_IS_ELSEWHERE = String.raw`(?:la\s+empresa|la\s+compa[nñ][ií]a)\s+(?:es|era|se\s+llama)|a\s+empresa\s+(?:é|era|se\s+chama|chama-se|chama)|l['’](?:entreprise|employeur)\s+(?:est|[ée]tait|s['’]appelle)|la\s+(?:soci[ée]t[ée]|bo[iî]te)\s+(?:est|s['’]appelle)|die\s+firma\s+(?:hei[ßs]t|ist|war)|das\s+unternehmen\s+(?:hei[ßs]t|ist)`;

/** The message without the words that own the mistake. */
export const withoutMistakeOwned = (text: string): string => text.replace(MISTAKE_OWNED, "");

/**
 * "it wasn't Y, it was X" in the other languages, with the word for "actually" before it: "en
 * fait c'était pas Y, c'était X", "en realidad no fue Y, fue X", "na verdade não foi Y, foi X",
 * "eigentlich war es nicht Y, sondern X" (conv13u: the French one logged Y as a new
 * application with the role "c'était X"). Groups: the wrong name, the right one.
 */
export const WASNT_ELSEWHERE =
  /^(?:(?:en\s+fait|en\s+r[ée]alit[ée]|en\s+realidad|la\s+verdad|na\s+verdade|eigentlich|ehrlich\s+gesagt|asal\s+me|actually)[\s,]+)?(?:c['’]?[ée]tait\s+pas|ce\s+n['’]?[ée]tait\s+pas|c['’]est\s+pas|no\s+(?:fue|era|es)|n[aã]o\s+(?:foi|era|é)|(?:es\s+)?war\s+(?:es\s+)?nicht|(?:das\s+)?war\s+nicht)\s+(.+?)[\s,;.—-]+(?:mais\s+|sino\s+|sondern\s+|mas\s+|c['’]?[ée]tait\s+|c['’]est\s+|fue\s+|era\s+|es\s+|foi\s+|é\s+)+(.+)$/iu;
