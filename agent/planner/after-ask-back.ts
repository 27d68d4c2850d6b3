/**
 * The message right after the planner asked back ("Just to be sure, which of these?" with
 * choices, or "I'm not sure what you mean"): people answer by position ("the second one",
 * "la segunda", already turned to English by position-in-other-languages.ts) or say again
 * what they meant behind a lead-in ("i mean my resume, whats in it", "no, I meant show my
 * skills", "quise decir mis postulaciones"). The lead-in tipped the model toward the reading
 * it was already unsure of (heldout12e: asked back twice in a row), so the rest is read alone.
 */
import type { Focus } from "../graph/focus.ts";
import { normalize } from "./normalize.ts";
import { pickFromList } from "./slot-words.ts";

/**
 * A message that is only a position in a list: "the first one", "no, the 2nd", "the 3rd one
 * pls", "i'll take the second" (a "pls" after it sent "3rd one" to the question search as a
 * topic in the conv12h trial, and "bookmark it" then kept the wrong question).
 */
export const ONLY_POSITION =
  /^(?:(?:no|nah|and|ok|okay|so|um+|uh+|what about|how about|i'?ll take|i will take|i'?ll go with|i will go with|let'?s do|lets go with|gimme|give me)[\s,]+)*(?:the\s+)?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)(?:\s+one)?(?:[\s,]+(?:pls|plz|please|thanks|thx|then|lol|ty))*[\s?.!]*$/;

/** "I mean …" in the languages the planner reads, with what may come before it. */
const SAYS_AGAIN =
  /^(?:(?:no+|nah|nope|sorry|oops|ugh|lol|ok(?:ay)?|yeah|well|hmm+|no\s+no)[\s,!.]+)*(?:i\s+mean[t]?|what\s+i\s+mean[t]?\s+(?:is|was)|i\s+was\s+asking(?:\s+about)?|quise\s+decir|quiero\s+decir|me\s+refer[ií]a\s+a|me\s+refiero\s+a|je\s+voulais\s+dire|je\s+veux\s+dire|ich\s+meinte|ich\s+meine|eu\s+quis\s+dizer|quero\s+dizer|mera\s+matlab(?:\s+(?:hai|tha))?|matlab)[\s,:]+(\S.{2,})$/iu;

/** What to read instead of the message after an ask-back, or undefined to read it as it is. */
export function afterAskBack(raw: string, focus: Focus): string | undefined {
  const choices = focus.askedBack;
  if (!choices) return undefined;
  const t = normalize(raw);
  if (choices.length && ONLY_POSITION.test(t)) return pickFromList(t, choices);
  return SAYS_AGAIN.exec(raw.trim())?.[1]?.trim();
}
