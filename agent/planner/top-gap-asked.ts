/**
 * "what should I learn first?", "the most important thing to work on", "¿qué debo aprender
 * primero?": the person asks for the gap at the top of the list (gaps are listed most
 * important first), not for a gap named "most" or "first" (a new user was told "most is not
 * among the gaps"). Read on the normalised, lower-cased message; only used once the model
 * reads the message as a question about a gap.
 */
import { asksForGapList } from "./gap-list-asked.ts";

const RANK = String.raw`(?:biggest|main|top|largest|most important|most urgent|major|worst|first|number one|#1|key)`;
const THING = String.raw`(?:gaps?|weakness(?:es)?|thing|skill|priority|area|problem)`;
const WORK = String.raw`(?:learn|study|work on|focus on|fix|tackle|improve|close|start with|pick up|do)`;

const TOP_GAP = [
  // "my biggest gap", "the main thing I'm missing", "most important skill to learn"
  new RegExp(String.raw`\b${RANK}\s+${THING}\b`),
  // "what should I learn first", "which one do I tackle first", "what to focus on first"
  new RegExp(String.raw`\b(?:what|which)\b.*\b${WORK}\b.*\bfirst\b`),
  /\b(?:which|what)\s+(?:one|skill|gap)\s+first\b/,
  // "whats that gap about, the top one", "the biggest one": the top of the list pointed at.
  new RegExp(String.raw`\bthe\s+${RANK}\s+one\b`),
  // "my top priority", "what matters most"
  /\b(?:top|first|biggest|main) priority\b|\bmatters (?:the )?most\b|\bonly (?:learn|do|pick|study) one\b/,
  /\bwhere\b.*\b(?:start|begin|put my (?:time|hours))\b.*\bfirst\b/,
  /\bpriorit\S* (?:num[eé]ro|n[uú]mero|number) (?:un|uno|um|one|1)\b/,
  // es / pt: "¿qué debo aprender primero?", "o que devo estudar primeiro", "lo más importante"
  /(?:^|[\s¿])(?:qu[eé]|o que|cu[aá]l)(?=\s).*\b(?:aprend\w*|estud\w*|trabaj\w*|trabalh\w*|mejor\w*|melhor\w*|empez\w*|come[cç]\w*)\b.*\b(?:primero|primeiro|antes)\b/,
  /\b(?:lo|o|a) (?:coisa )?m(?:[aá]|ai)s importante\b|\bpor (?:cu[aá]l|qu[eé]|qual|onde)\b.*\b(?:empiezo|empiezo|come[cç]o)\b|\bmi mayor (?:brecha|carencia|debilidad)\b|\bminha maior (?:lacuna|fraqueza)\b/,
  // fr: "par quoi je commence ?", "qu'est-ce que je dois apprendre en premier", "le plus important"
  /\bpar (?:quoi|quelle?)\b.*\bcommenc\w*|\ben premier\b|\ble plus important\b|\bma plus grande lacune\b/,
  // de: "was soll ich zuerst lernen", "das Wichtigste", "meine größte Lücke"
  /\bzuerst\b|\bdas wichtigste\b|\bvorrang\b|\bwomit fange\b|\bmeine gr[öo](?:ß|ss)te l[üu]cke\b/,
  // hi (romanised): "pehle kya seekhu", "sabse zaroori"
  /\bpehle kya\b|\bkya pehle\b.*\b(?:seekh|sikh|padh|kar)\w*|\bsabse (?:zaroori|zaruri|important|badi|pehle)\b|\bshuru\w* kis\b/,
];

/** "first" said: "kya pehle seekhna chahiye" asks for one, though "seekhna chahiye" alone asks for the list (trial19 §4). */
const FIRST = /\b(?:first|pehle|zuerst|primero|primeiro|en premier|d'abord)\b/;

/** "what are the biggest gaps" (plural) asks for the list, most important first, not the top one. */
export const asksForTopGap = (t: string): boolean =>
  TOP_GAP.some((re) => re.test(t)) && (!asksForGapList(t) || FIRST.test(t));

/**
 * "and the one after it", "the next one", "what about the one below that": the gap listed after
 * the one just explained (it was explained as a gap named "after"; conv12h trial).
 */
const NEXT_ONE =
  /\b(?:the\s+)?(?:next\s+one|one\s+(?:after|below|under)\s+(?:it|that|this)|following\s+one|one\s+after)\b/;

/** The gap after `current` in the list, when the message asks for the next one. */
export function nextGapAsked(t: string, gaps: string[] | undefined, current: unknown): string | undefined {
  if (!gaps?.length || typeof current !== "string" || !NEXT_ONE.test(t)) return undefined;
  const at = gaps.findIndex((g) => g.toLowerCase() === current.toLowerCase());
  return at >= 0 ? gaps[at + 1] : undefined;
}
