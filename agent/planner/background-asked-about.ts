/**
 * "3 years of X and I'm burnt. is there a way out?", "toll booths went cashless. any job that
 * values 20 years of handling cash?": a background said as the ground of a question about where
 * else to go. The person asks; they do not ask us to save their past (blind16: the background
 * reader and the model's background-only lines saved it as an entry and left the question
 * unanswered). The shape read: years or a job said, and a question asking for a way out or other
 * work, in the languages the chat reads; no order to save, no resume, no target named. The
 * career paths are answered and nothing is saved.
 */
import { statedDuration } from "../../tools/text/stated-duration.ts";
import { durationsInEnglish, NO_RESUME, ROLE_HELD, TARGET_SAID } from "./background-phrases.ts";
import { type Outcome, say } from "./types.ts";

/** Asking for a way out of the work told, or for other work it leads to. */
const WAY_ASKED: RegExp[] = [
  // English
  /\bway\s+out\b|\bescape\s+route\b|\bwhat\s+else\s+(?:can|could|would|should|do|is\s+there\s+for)\b|\bwhere\s+(?:can|could|do|should|would)\s+i\s+(?:go|turn|take|move|land)\b/iu,
  /\b(?:is|are)\s+there\s+(?:any(?:thing)?|a|an|some)\s+(?:other\s+|kind\s+of\s+|sort\s+of\s+)?(?:way|path|jobs?|careers?|work|exit|options?|roles?|field|line\s+of\s+work)\b/iu,
  /\b(?:any|what|which|other)\s+(?:other\s+|kind\s+of\s+|kinds\s+of\s+|sort\s+of\s+|type\s+of\s+)?(?:jobs?|careers?|roles?|work|fields?|paths?|options?|industr(?:y|ies)|professions?|lines?\s+of\s+work)\s+(?:that|where|which|would|could|can|might|for\s+(?:me|someone)|out\s+there|value|values|use|uses|need|needs|want|wants|count|fits?|suits?)\b/iu,
  // Spanish
  /\bsalida\b|\bqu[eé]\s+m[aá]s\s+(?:puedo|podr[ií]a)\b|\b(?:alg[uú]n|otro|qu[eé]|hay)\s+(?:otro\s+)?(?:trabajos?|empleos?|oficios?|puestos?|caminos?)\s+(?:que|donde|para)\b/iu,
  // French
  /\bporte\s+de\s+sortie\b|\bquoi\s+d'?autre\b|\bque\s+(?:puis|pourrais)[-\s]je\s+faire\s+d'autre\b|\b(?:quels?|quelles?)\s+(?:autres?\s+)?(?:m[ée]tiers?|boulots?|emplois?|postes?)\b|\b(?:un|des)\s+(?:m[ée]tiers?|boulots?|emplois?)\s+(?:qui|o[uù])\b/iu,
  // German
  /\bausweg\b|\bwas\s+(?:kann|k[öo]nnte)\s+ich\s+(?:sonst|stattdessen|anderes)\b|\bwelche\s+(?:anderen?\s+)?(?:jobs?|berufe|stellen|arbeit)\b|\bgibt\s+es\s+(?:einen\s+|eine\s+|irgendeinen\s+|irgendeine\s+)?(?:job|beruf|weg|stelle|arbeit)\b/iu,
  // Portuguese
  /\bsa[ií]da\b|\bo\s+que\s+mais\s+(?:posso|poderia)\b|\b(?:algum|que|outro|quais?)\s+(?:outros?\s+)?(?:empregos?|trabalhos?|profiss(?:[aã]o|[oõ]es)|carreiras?|caminhos?)\s+(?:que|onde|para)\b/iu,
  // Hinglish
  /\baur\s+kya\s+kar\s+(?:sakta|sakti|sakte)\b|\bkoi\s+(?:aur\s+|dusri\s+|doosri\s+)?(?:job|kaam|naukri)\s+(?:hai|jo|jisme)\b|\bkaun\s*si\s+(?:job|naukri|field|line)\b/iu,
];

/** The message asks: a question mark, or a question's opening words. */
const ASKS =
  /\?|\b(?:is there|are there|what else|where (?:can|could|do) i|hay|qu[eé]\s+m[aá]s|quoi d'autre|gibt es|was kann ich|o que mais|kya)\b/iu;

/** An order to save, a resume or an interview question, a wish: read elsewhere. */
const ELSEWHERE =
  /\b(?:add|save|put|note|log|record|update|resume|cv|cover letter|interview|explain|linkedin|curr[ií]culum|lebenslauf|bewerbung|entretien|entrevista|vorstellungsgespr\w*)\b/iu;

/** What is still needed for a role ("what else do I need to work as a paralegal?"): its gaps (gaps-for-role.ts). */
const NEEDS_ASKED = /\b(?:what|which)\b.{0,30}\b(?:need|needed|lack|lacking|missing|short of)\b/iu;

export function backgroundAskedAbout(raw: string): Outcome | undefined {
  const text = raw.trim();
  if (NEEDS_ASKED.test(text)) return undefined;
  if (!WAY_ASKED.some((p) => p.test(text)) || !ASKS.test(text)) return undefined;
  if (NO_RESUME.test(text) || ELSEWHERE.test(text) || TARGET_SAID.some((p) => p.test(text))) return undefined;
  const told = Boolean(statedDuration(durationsInEnglish(text))) || ROLE_HELD.some((p) => p.test(text));
  return told ? say("advice", undefined, "career_paths") : undefined;
}
