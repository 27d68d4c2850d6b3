/**
 * Whether a short piece of an ad's requirements is an ask or a fragment of one. Lists of
 * every field name skills and duties in two words — "knife skills", "strong writing", "cash
 * handling", "patient care" — which a three-word floor dropped as too short (issue 13, trial
 * finding on a line cook's and a product marketer's ads), while run-on job-board text leaves
 * two-word scraps between its sentences: "and more", "Why wait?", "<ORGANIZATION> .", "AND
 * SKILLS". A scrap is told by its form (a function word, a token that is no word, a question,
 * a shouted heading); what the piece means is left to the ask classifier as for any ask.
 */
import { STOPWORDS } from "../../data/embeddings/tokenize.ts";
import type { SkillGraph } from "./skill-graph.ts";

/** A word of a skill or duty: letters (with digits, "+", "#", "/", "-", "'" inside), no placeholder. */
const WORD = /^[\p{L}][\p{L}\p{N}+#/'’.-]*$/u;

/** Trailing punctuation a list item keeps ("knife skills;", "strong writing."). */
const TRAILING = /[.,;:!]+$/;

/**
 * True when a two-word piece can be a whole ask: both words are content words (no "and",
 * "such", "the"), each is a word, it is no question and not a heading in capitals.
 */
export function twoWordAsk(text: string, graph: SkillGraph): boolean {
  const trimmed = text.trim().replace(TRAILING, "");
  if (/\?/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length !== 2) return false;
  // "AND SKILLS", "CONTACT DETAILS": a heading; "SQL SSIS" names tools the taxonomy knows.
  const shouted = words.every((w) => w === w.toUpperCase() && /\p{L}{2}/u.test(w) && !/\p{N}/u.test(w));
  if (shouted && !words.some((w) => graph.lookup(w))) return false;
  return words.every((w) => WORD.test(w) && !STOPWORDS.has(w.toLowerCase()));
}

/** Whether a piece is too short to be an ask (a licence or degree may be said in two words). */
export function tooShortForAsk(text: string, licenceOrDegree: boolean, graph: SkillGraph): boolean {
  const n = text.trim().split(/\s+/).length;
  if (n >= 3) return false;
  if (n === 2) return !(licenceOrDegree || twoWordAsk(text, graph));
  return true;
}

/**
 * A short piece that is, whole, a skill the taxonomy names ("customer service", "Microsoft
 * Excel"): a qualification whatever the ask classifier reads in two words out of context.
 */
export function namesSkillWhole(text: string, graph: SkillGraph): boolean {
  const trimmed = text.trim().replace(TRAILING, "");
  return trimmed.split(/\s+/).length <= 3 && !!graph.lookup(trimmed);
}
