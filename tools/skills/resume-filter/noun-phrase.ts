/**
 * The noun phrase a skill name heads or modifies in running text: "digital photography" of
 * "... of digital photography and video", "SAP systems" of "supported SAP systems across
 * sites", "randomized algorithms". The person wrote the longer phrase; it is the surface form
 * shown and matched by name (the skill stays the taxonomy's). Without a part-of-speech model
 * the phrase is the run of words touching the name inside its piece of the sentence that the
 * taxonomy's own multi-word names use in that place (data/taxonomy/phrase-words.json, built
 * from its phrases): modifiers before it ("digital", "market"), heads after it ("systems",
 * "design"). So "allow UNIX", "makes HTML look" and "UNIX backup team" stay the bare name. A
 * function word, a level word or punctuation always ends the phrase.
 */
import { phraseWordSets as words } from "../phrase-words.ts";
import type { Item } from "./resume-lines.ts";

/** Words beside the name, each way; the phrase is at most this many words with the name. */
const MAX_BEFORE = 2;
const MAX_AFTER = 2;
const MAX_WORDS = 4;

const PLAIN_WORD = /^\p{L}[\p{L}+#'-]*$/u;
/** Words that tie a clause or state a level, not words of a name. */
const STOP_WORD =
  /^(?:and|or|nor|but|of|for|in|on|to|as|with|by|from|at|into|via|per|than|then|upon|over|under|across|through|within|about|after|before|during|while|the|a|an|my|our|their|his|her|its|this|that|these|those|which|who|whom|whose|what|where|when|how|i|we|you|he|she|it|they|me|us|them|is|are|was|were|be|been|being|am|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must|also|not|no|all|any|each|every|other|such|more|most|less|very|well|new|various|several|many|some|both|etc|including|include|includes|like|via|good|strong|excellent|extensive|solid|basic|advanced|proficient|familiar|knowledge|experience|expertise|skills?|years?|using|used|use)$/i;
/** A sentence's opening verb, capitalised: "Performed", "Writing". */
const OPENING_VERB = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u;
const isPhraseWord = (w: string, role: Set<string>) =>
  PLAIN_WORD.test(w) && !STOP_WORD.test(w) && !OPENING_VERB.test(w) && role.has(w.toLowerCase());

/**
 * The span widened to the noun phrase it stands in, inside `piece` (the text between
 * separators that holds it), or undefined when no such word touches it. A word in capitals
 * (a heading run into the sentence, another name's acronym) does not join.
 */
export function nounPhraseAround(piece: Item, span: { start: number; end: number }): Item | undefined {
  const before = piece.text.slice(0, span.start - piece.start);
  const after = piece.text.slice(span.end - piece.start);
  const nameWords = piece.text.slice(span.start - piece.start, span.end - piece.start).split(/\s+/).length;
  // The name must be whole words: "Java" inside "JavaScript" is not a name in a phrase.
  if (/[\p{L}\p{N}]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after)) return undefined;
  // A name already as long as a phrase may be is not widened (and the trimming below ends).
  if (nameWords >= MAX_WORDS) return undefined;
  const { heads, modifiers } = words();
  const take = (ws: string[], max: number, role: Set<string>) => {
    const out: string[] = [];
    for (const w of ws) {
      if (out.length >= max || !isPhraseWord(w, role) || /^\p{Lu}{2,}$/u.test(w)) break;
      out.push(w);
    }
    return out;
  };
  const left = /\s$/.test(before) ? take(before.trimEnd().split(/\s+/).reverse(), MAX_BEFORE, modifiers) : [];
  const right = /^\s/.test(after) ? take(after.trimStart().split(/\s+/), MAX_AFTER, heads) : [];
  while (left.length + right.length + nameWords > MAX_WORDS) {
    if (left.length >= right.length) left.pop();
    else right.pop();
  }
  if (left.length === 0 && right.length === 0) return undefined;
  let start = span.start;
  for (const w of left) start = piece.start + piece.text.lastIndexOf(w, start - piece.start - 1);
  let end = span.end;
  for (const w of right) end = piece.start + piece.text.indexOf(w, end - piece.start) + w.length;
  return { text: piece.text.slice(start - piece.start, end - piece.start), start, end };
}
