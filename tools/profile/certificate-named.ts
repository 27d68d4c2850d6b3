/**
 * The name of a certificate, card or licence said inside a sentence in Spanish, French, German or
 * Portuguese: "tengo también certificado de manipulador de alimentos" holds the certificate
 * "certificado de manipulador de alimentos", and the whole sentence was saved as its name (lead's
 * new-user trial 2026-12-06e, item 8). The name starts at the word that says what kind of document
 * it is and runs to the end of its clause; the words around it (who has it, since when, "also")
 * are no part of it. English sentences are read by certificateClause (agent/tools).
 */

/** Words that name a document held, in the Romance languages (the name follows them). */
const ROMANCE_DOCUMENT =
  "certificados?|certificaci[oó]n|certifica[cç][aã]o|certificats?|certification|carn[eé]t?|licencias?|licen[cç]as?|permiso|permis|tarjeta|carteira|cart[aã]o|carte|attestation|habilitation|t[ií]tulo|titre|dipl[oô]mes?|diploma";

/** Where the name ends: a clause break, a joining word, or when it was got. */
const NAME_END = String.raw`(?=\s*[,.;:!?()]|\s*$|\s+(?:y|e|et|pero|mais|mas|que|qui|desde|depuis|hace|il y a|h[aá]|en\s+\d{4}|em\s+\d{4}|en\s+(?:el|la)\s+a[ñn]o|del\s+a[ñn]o|(?:el|este|no|o|este)\s+a[ñn]o|l['’]an|l['’]ann[ée]e|(?:last|this)\s+year|ya|tambi[eé]n|aussi|tamb[eé]m|j[aá]|vigente|valide|v[aá]lido|actualizado)\b)`;

const ROMANCE = new RegExp(
  String.raw`\b((?:${ROMANCE_DOCUMENT})\s+(?:(?:de|du|des|d['’]|da|do|dos|das|en|em|para|pour)\s*[\p{L}\d][\p{L}\d\s'’/-]{1,60}?|[A-Z]{1,2}\d?\+?E?))${NAME_END}`,
  "iu",
);

/** "Staplerschein", "Gabelstaplerführerschein", "HACCP-Zertifikat": German names the document at a word's end. */
const GERMAN_COMPOUND =
  /\b([\p{L}\d]+-?(?:zertifikat|schein|ausweis|lizenz|nachweis|zeugnis|bescheinigung|pass))\b/iu;
/** "Zertifikat für Lebensmittelhygiene", "Zertifikat in Projektmanagement". */
const GERMAN_OF =
  /\b((?:zertifikat|zertifizierung|lizenz|nachweis|bescheinigung)\s+(?:f[üu]r|in|als|im|zum|zur|der|des)\s+[\p{L}\d][\p{L}\d\s-]{1,50}?)(?=\s*[,.;:!?()]|\s*$|\s+(?:und|aber|seit|auch|schon)\b)/iu;

/** The certificate named in a sentence of another language, or undefined when none is named. */
export function certificateNamed(sentence: string): string | undefined {
  const text = sentence.trim();
  const found = ROMANCE.exec(text)?.[1] ?? GERMAN_OF.exec(text)?.[1] ?? GERMAN_COMPOUND.exec(text)?.[1];
  return found?.trim().replace(/[\s'’-]+$/u, "");
}
