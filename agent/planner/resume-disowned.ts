/**
 * "das ist nicht mein Lebenslauf, das ist von meinem Vater", "that file was a job ad, not my
 * resume", "this CV is my sister's": the person disowns the resume read, so what came from it is
 * not theirs. Before, a resume quality report came back and the father's jobs, skills and name
 * stayed on the profile (trial19, trial20 §3). The answer is the offer to forget that resume
 * (forget_resume's preview and question); the yes deletes it. An exact format: a resume word
 * with "not mine" or a relative's possession, in the chat's languages.
 */

/** A resume (or the file just sent). */
const RESUME =
  "r[eé]sum[eé]s?|resumes?|cvs?|curr[ií]cul[uo]m(?: vitae)?|curr[ií]culo|lebenslauf|hoja de vida|bio ?data|file|datei|archivo|arquivo|fichier|document|dokument|documento";

/** Someone else: a relative, a friend, a partner. */
const SOMEONE = String.raw`father|dad|daddy|mother|mom|mum|brother|sister|husband|wife|partner|son|daughter|friend|cousin|uncle|aunt|boss|colleague|vater|papa|mutter|mama|bruder|schwester|mann|frau|sohn|tochter|freund\w*|padre|madre|pap[aá]|mam[aá]|hermano|hermana|esposo|esposa|marido|mujer|hijo|hija|amig[oa]|pai|m[ãa]e|irm[ãa]o?|filh[oa]|p[èe]re|m[èe]re|fr[èe]re|s[œo]eur|femme|fils|fille|ami|amie|papa|mummy|bhai|behen|didi|pati|patni|dost`;

const NOT_MINE = [
  // en: "this is not my resume", "that's not my CV", "the file isn't mine", "wrong resume"
  new RegExp(String.raw`\b(?:is|was|'s|are)\s*(?:not|n't)\s+(?:my|mine)\b[^.?!]{0,12}?(?:${RESUME})\b`, "iu"),
  new RegExp(String.raw`\b(?:${RESUME})\s+(?:is|was|'s)\s*(?:not|n't)\s+mine\b`, "iu"),
  /\bnot my (?:own )?(?:r[eé]sum[eé]|resume|cv)\b|\bwrong (?:r[eé]sum[eé]|resume|cv|file)\b/iu,
  // en: "this CV is my dad's", "it's my sister's resume", "my father's resume"
  new RegExp(String.raw`\b(?:is|was|'s)\s+(?:my|our)\s+(?:${SOMEONE})'?s\b`, "iu"),
  new RegExp(String.raw`\bmy\s+(?:${SOMEONE})'?s\s+(?:${RESUME})\b`, "iu"),
  // de: "das ist nicht mein Lebenslauf", "der Lebenslauf gehört meinem Vater", "von meinem Vater"
  /\bnicht mein(?:er|e|en)?\s+(?:lebenslauf|cv|datei|dokument)\b|\bgeh[öo]rt\s+(?:nicht mir|mein\w*)\b/iu,
  new RegExp(String.raw`\b(?:ist|war)\s+(?:von|der|die|das)\s+mein\w*\s+(?:${SOMEONE})\b`, "iu"),
  // es / pt: "no es mi currículum", "es de mi padre", "não é o meu currículo", "é do meu pai"
  /\bno es (?:mi|el mío|m[ií]o)\b|\bn[ãa]o [ée] (?:o )?meu\b/iu,
  new RegExp(
    String.raw`\b(?:es|era)\s+de\s+mi\s+(?:${SOMEONE})\b|\b(?:[ée]|era)\s+d[oa]\s+(?:meu|minha)\s+(?:${SOMEONE})\b`,
    "iu",
  ),
  // fr: "ce n'est pas mon CV", "c'est le CV de mon père"
  /\b(?:n'est|c'est) pas (?:mon|le mien)\b/iu,
  new RegExp(String.raw`\b(?:${RESUME})\s+de\s+(?:mon|ma)\s+(?:${SOMEONE})\b`, "iu"),
  // hi (romanised): "ye mera resume nahi hai", "mere papa ka resume hai"
  new RegExp(
    String.raw`\bmer[aei]\s+(?:${RESUME})\s+nahi\b|\bmere\s+(?:${SOMEONE})\s+k[aie]\s+(?:${RESUME})\b`,
    "iu",
  ),
];

/** Asking to look at someone else's resume, or how to write one, is no disowning. */
const ASKS_HELP =
  /\b(?:can you|could you|please)\s+(?:look|check|read|review|improve|help)\b|\bhow (?:do|can|should) i\b/iu;

const RESUME_WORD = new RegExp(String.raw`(?<!\p{L})(?:${RESUME})(?!\p{L})`, "iu");

/** Whether the message says the resume read is not the person's own. */
export function disownsResume(raw: string): boolean {
  const text = raw.trim();
  if (text.split(/\s+/).length > 30 || ASKS_HELP.test(text)) return false;
  // A disowning that names no resume ("that's not mine", "es de mi padre") needs the resume word in it.
  return RESUME_WORD.test(text) && NOT_MINE.some((re) => re.test(text));
}
