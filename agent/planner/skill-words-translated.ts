/**
 * A skill edit said in Spanish, French, German, Portuguese or Hinglish, in the English words the
 * skill reader knows: spoken languages by their English names ("inglés", "anglais", "Englisch"
 * -> English) and level words ("avanzado", "avancé", "fortgeschritten" -> advanced). The skill
 * list and the taxonomy are English, so "agrega inglés avanzado a mis habilidades" asked which
 * skill, and "Excel avanzado" was kept as a skill of that name (conv12r: blind8 and a new-user
 * trial). Word lists, since these are closed sets of words.
 */
import type { Segment } from "./types.ts";

const LANGUAGES: [RegExp, string][] = [
  [/\b(?:ingl[eéê]s|inglesa|anglais|englisch|angrezi)\b/giu, "English"],
  [/\b(?:espa[nñ]ol|castellano|espagnol|spanisch|espanhol)\b/giu, "Spanish"],
  [/\b(?:franc[eé]s|fran[cç]ais|franz[oö]sisch|franc[eê]s)\b/giu, "French"],
  [/\b(?:alem[aá]n|allemand|deutsch|alem[aã]o)\b/giu, "German"],
  [/\b(?:portugu[eé]s|portugais|portugiesisch|portugu[eê]s)\b/giu, "Portuguese"],
  [/\b(?:italiano|italien|italienisch)\b/giu, "Italian"],
  [/\b(?:chino|mandar[ií]n|chinois|chinesisch|chin[eê]s)\b/giu, "Chinese"],
  [/\b(?:japon[eé]s|japonais|japanisch|japon[eê]s)\b/giu, "Japanese"],
  [/\b(?:[aá]rabe|arabisch)\b/giu, "Arabic"],
];

/** Level words, the forms of each gender; "(?![\p{L}])" as "\b" stops at an accented letter. */
const LEVELS: [RegExp, string][] = [
  [
    /(?<![\p{L}])(?:avanzad[oa]|avan[cç]ad[oa]|avanc[ée]e?|fortgeschrittene?[rsn]?)(?![\p{L}])/giu,
    "advanced",
  ],
  [
    /(?<![\p{L}])(?:intermedi[oa]|intermedi[aá]ri[oa]|interm[ée]diaire|mittel(?:stufe)?)(?![\p{L}])/giu,
    "intermediate",
  ],
  [
    /(?<![\p{L}])(?:b[aá]sic[oa]|basique|d[ée]butante?|grundkenntnisse|anf[aä]nger(?:in)?|iniciante|principiante)(?![\p{L}])/giu,
    "basic",
  ],
  [/(?<![\p{L}])(?:expert[oa]|experte|especialista)(?![\p{L}])/giu, "expert"],
  [/(?<![\p{L}])(?:fluid[oa]|fluente|courante?|flie[sß]end)(?![\p{L}])/giu, "fluent"],
  [
    /(?<![\p{L}])(?:nativ[oa]|natif|native|muttersprache|lengua materna|l[ií]ngua materna|langue maternelle)(?![\p{L}])/giu,
    "native",
  ],
];

/**
 * Portuguese "nas" / "nos" ("in the") in lower case: the skill reader knows NAS (network storage),
 * so "adiciona inglês nas minhas habilidades" added a skill "nas".
 */
const PREPOSITION_AS_SKILL = /(?<![\p{L}])n[ao]s(?![\p{L}])/gu;

/** The words of the chat's other languages that the skill reader needs in English. */
export function skillWordsInEnglish(text: string): string {
  let out = text.replace(PREPOSITION_AS_SKILL, "em");
  for (const [pattern, english] of [...LANGUAGES, ...LEVELS]) out = out.replace(pattern, english);
  return out;
}

/** A segment with those words in English (raw and normalized alike). */
export const segmentInEnglish = (seg: Segment): Segment => {
  const raw = skillWordsInEnglish(seg.raw);
  return raw === seg.raw ? seg : { raw, t: skillWordsInEnglish(seg.t).toLowerCase() };
};
