/**
 * The skill named after an adding verb when the taxonomy knows none of its words: "add
 * phlebotomy draws as expert", "ajoute la couture à mes compétences", "agrega soldadura TIG,
 * nivel medio", "füg Gebärdensprache hinzu", "put down that i can read blueprints" (conv13u,
 * from blind12's misses: the model read add_skill sure, then the plan asked "Which skill?" for a
 * skill it had just been told). The words are the person's own skill and saved as said; what
 * follows them (a level, how long, a joke after "lol", a "did it for years") is no part of it.
 */

/** An adding verb and what comes after it, in the languages the planner reads. */
export const ADDS: RegExp[] = [
  /^(?:(?:pls|please|can you|could you|also|and|oh and|ok)\s+)*(?:add|put down|put|list|include|throw in|stick|save)\s+(?:that\s+)?(?:i\s+(?:can|know how to|am able to|'m able to)\s+)?(.+)$/iu,
  /^(?:(?:y|tambi[eé]n|porfa|por favor)\s+)*(?:agrega|agregá|agregue|añade|añadí|añada|pon|poné|ponme|suma|sumá|mete|incluye)\s+(.+)$/iu,
  /^(?:(?:et|aussi|stp|svp)\s+)*(?:ajoute|ajoutez|rajoute|rajoutez|mets|mettez|inclus)\s+(?:aussi\s+)?(.+)$/iu,
  /^(?:(?:und|bitte)\s+)*(?:füg|füge|fügen sie|trag|trage)\s+(?:noch\s+|bitte\s+|auch\s+)*(.+?)\s+(?:hinzu|ein)\b(.*)$/iu,
  /^(?:(?:e|também|por favor)\s+)*(?:adiciona|adicione|acrescenta|acrescente|coloca|coloque|bota|põe|inclui)\s+(.+)$/iu,
];

/**
 * Where the skill's words end: a list mark, a dash, a level, how long, an aside; a new clause said
 * without a mark, as dictation runs on ("add welding I do mig and tig …", "add forklift i been
 * driving one …": conv16u).
 */
const SKILL_END =
  /\s*(?:[,;:!?()]|\s[-–—]\s|\s(?:lol|lmao|haha|pls|plz|please|thx|thanks|bc|because|since|did it|i'?ve|i have|i did|i|i'?m|i’m|ive|been|for \d|\d+\s*(?:years?|yrs?|months?)|as an?\b|as\s+(?:beginner|intermediate|advanced|expert)|at\s+(?:an?\s+)?(?:beginner|intermediate|advanced|expert)|(?:at\s+)?(?:beginner|intermediate|advanced|expert|basic|fluent)\s+level|level\b|nivel\b|niveau\b|n[ií]vel\b|(?:to|on|in)\s+(?:my\s+)?(?:skills?|profile|list)\b|a\s+mis\s+(?:habilidades|competencias)|(?:à|a|dans)\s+mes\s+comp[ée]tences|(?:nas|[àa]s)\s+minhas\s+habilidades|zu\s+meinen\s+(?:f[äa]higkeiten|skills|kenntnissen)|too|as well|también|aussi|auch|também)\b).*$/iu;

/** Words that are no skill's name: pronouns, a document, a job or a certificate (read elsewhere). */
export const NOT_A_SKILL =
  /^(?:it|that|this|them|those|these|one|some|more|something|stuff|(?:new\s+|another\s+|more\s+)?skills?|(?:a\s+)?(?:new\s+)?(?:competence|compétences?|habilidad(?:es)?|habilidades?|fähigkeiten?)|lo|la|le|les|das|es|isso|me|my\b.*|mi\b.*|mon\b.*|ma\b.*|mes\b.*|mein\b.*|meu\b.*|minha\b.*)$|\b(?:resume|cv|job|role|position|application|reminder|goal|target|degree|cert\w*|licen[cs]e|course|project|internship|experience)\b/iu;

/** Articles a skill is said with in the other languages ("la langue des signes" -> "langue des signes"). */
const ARTICLE = /^(?:the|a|an|la|le|les|l'|el|los|las|un|una|une|o|os|as|um|uma|der|die|das|den)\s+/iu;

/** The skill named, in the person's words, or undefined when what follows the verb names none. */
export function skillNamedFreely(raw: string): string | undefined {
  const text = raw.trim().replace(/[.!]+$/, "");
  for (const pattern of ADDS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const words = m[1]!.replace(SKILL_END, "").replace(ARTICLE, "").replace(/^l'/i, "").trim();
    const count = words.split(/\s+/).length;
    if (!/\p{L}{2}/u.test(words) || count > 6 || NOT_A_SKILL.test(words)) return undefined;
    return words;
  }
  return undefined;
}
