/**
 * A closing order that sets what was just said as the target: "…, set that as my goal", "yeah
 * that's the one, set it", "Enregistre ça comme poste visé", "guárdalo como objetivo", "setz das
 * als Ziel", "salva isso como meta", "yahi target rakho". It points back and names nothing new:
 * read alone it was an application to a company called "Enregistre" or a job titled "rakho", and a
 * background's bullet (conv15u, a kind of blind14's misses). The message is read without it.
 */

/** The pointing word: that, it, this (one); in French, Spanish, German, Portuguese; in Hindi. */
const POINTED = "(?:that one|this one|that|it|this)";
const POINTED_OTHER = "(?:ça|cela|celui-ci|celui-là|eso|esto|ese|este|lo|das|dies|es|den|isso|isto|esse)";
const POINTED_HI = "(?:yahi|yehi|ye|yeh|isko|ise|isse|usko|wahi)";
/** "the job I'm aiming for", "the role im going for": the goal said as what is aimed at (conv16u). */
const AIMED_FOR = String.raw`(?:job|role|position|thing)\s+(?:i'?m|im|i\s+am)\s+(?:aiming|going|shooting|gunning|working)\s+(?:for|towards?)`;
/** The goal named: my goal, target, dream job, aim, in the chat's languages. */
const GOAL = String.raw`(?:(?:my|the|mon|ma|mi|mein(?:e|en)?|meu|minha|mera|meri)\s+)?(?:${AIMED_FOR}|goal|target(?:\s+(?:job|role))?|dream\s+job|aim|objective|objectif|but|poste\s+vis[ée]|m[ée]tier\s+vis[ée]|cible|objetivo|meta|puesto\s+objetivo|trabajo\s+(?:objetivo|so[ñn]ado)|ziel(?:job|beruf|stelle)?|wunschjob|traumjob|emprego\s+dos\s+sonhos|cargo\s+alvo|lakshya|goal|target)`;

/** "can u …", "could you …": the order asked as a question. */
const ASKED = String.raw`(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+)?`;
/** A closing courtesy: "please", ", porfa", "bitte", "stp". */
const COURTESY = String.raw`(?:[\s,]+(?:pls|please|plz|thx|thanks|porfa|plis|por\s+fa(?:vor)?|bitte|stp|svp|s'il\s+te\s+pla[iî]t|por\s+favor|pf))?`;

const DIRECTIVES = [
  // en: "set that as my goal", "save it as my target", "make that my dream job", "lock it in as my aim";
  // "yeah that's the one, set it" (a bare "set it", "log it" names no target: other requests close so).
  String.raw`(?:(?:yeah|yes|yep|ok(?:ay)?|so|and|just|pls|please)[\s,]+)*${ASKED}(?:(?:set|save|make|put|lock|mark|keep|use)\s+${POINTED}(?:\s+in)?\s+(?:as\s+|as\s+my\s+|for\s+|to\s+)?${GOAL}|that'?s\s+the\s+one[\s,]+(?:(?:so|just|pls|please)\s+)?(?:set|save|use|lock|pick)\s+(?:${POINTED})(?:\s+in)?)${COURTESY}`,
  // fr / es / pt / de: "enregistre ça comme poste visé", "mets ça comme objectif", "pon eso como objetivo", "guárdalo como meta", "salva isso como meta", "setz das als Ziel", "speicher das als Ziel"
  String.raw`(?:enregistre|mets|garde|note|d[ée]finis|pon|guarda|gu[aá]rda|fija|marca|p[oó]n|salva|coloca|p[õo]e|define|marca|setz|speicher|nimm|leg|trag)(?:-?(?:le|la|lo|la))?\s+(?:${POINTED_OTHER}\s+)?(?:comme|como|als|de|en)\s+${GOAL}(?:\s+(?:ein|fest))?${COURTESY}`,
  // hi: "yahi target rakho", "ise goal bana do", "ye target set karo"
  String.raw`${POINTED_HI}\s+(?:mera\s+|meri\s+)?(?:target|goal|lakshya)\s+(?:rakho|rakh\s+do|rakhna|bana\s+do|banao|set\s+kar(?:o|\s+do)|save\s+kar(?:o|\s+do))`,
];

const CLOSING = new RegExp(String.raw`^(.{8,}?)[\s,.;!:-]+(?:${DIRECTIVES.join("|")})[\s.!]*$`, "isu");

/** The message without a closing order to set it as the target, or undefined when it has none. */
export function withoutSetDirective(raw: string): string | undefined {
  return CLOSING.exec(raw.trim())?.[1]?.trim();
}

/** A piece that is only that order ("Enregistre ça comme poste visé."), joined to the piece before. */
export const onlySetDirective = (piece: string): boolean =>
  new RegExp(String.raw`^(?:${DIRECTIVES.join("|")})[\s.!]*$`, "iu").test(piece.trim());
