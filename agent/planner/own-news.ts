/**
 * "i just graduated with a finance degree, no resume yet": news about the person's own
 * past, not a request to misstate it. Found trying the chat as a new graduate (trial12f): the
 * intent model read it as asking to fake a degree (its refusal lines are full of degrees) and
 * the reply warned against claiming a degree one does not have. A refusal needs something
 * asked or a word of deceit; a plain first-person statement of what one did has neither, and
 * is an entry for the profile when it names one.
 */
import { unicodeBounds } from "../../tools/text/word-bounds.ts";
import { ASKS_TO_MISSTATE } from "./honest-subject.ts";

/** Starts by saying what the person did: "i (just) graduated", "I've finished", "acabo de terminar". */
// Unicode-aware word ends: "j'ai terminé", "não é" end in letters `\b` does not count.
const OWN_NEWS = new RegExp(
  unicodeBounds(
    String.raw`^(?:(?:so|well|ok|okay|hi|hey|hello|btw|also|and|yeah|yes)[\s,!.]+)*(?:i\s+(?:just\s+|recently\s+|finally\s+|also\s+)?(?:graduated|finished|completed|got|earned|received|obtained|passed|have|hold|did|studied|majored)|i'?ve\s+(?:just\s+)?(?:graduated|finished|completed|got|earned)|just\s+(?:graduated|finished|completed)|(?:me\s+gradu[ée]|acabo\s+de\s+(?:terminar|graduarme|acabar)|termin[ée]\s+(?:mi|la)|je\s+viens\s+d'?(?:obtenir|finir|terminer)|j'?ai\s+(?:fini|terminé|obtenu|eu)|ich\s+habe\s+(?:gerade\s+|vor\s+kurzem\s+)?(?:meinen|mein|das|den)|acabei\s+de\s+(?:me\s+formar|terminar)|me\s+formei|terminei\s+(?:a|o|minha|meu)))\b`,
  ),
  "iu",
);

/** Words that ask for something or say it is untrue, in the languages the chat reads. */
const ASKS_OR_DECEIVES = new RegExp(
  `${ASKS_TO_MISSTATE.source}|${unicodeBounds(
    String.raw`\?|\b(?:forg\w*|make up|made up|claim\w*|photoshop\w*|cheat\w*|hack\w*|even though|although|never|not|\w+n't|didnt|dont|wasnt|havent|isnt|without|can i|could i|should i|would|help me|make me|write me|falso|falsa|faux|fausse|jhoot\w*|nicht|pas|no es|não é)\b`,
  )}`,
  "iu",
);

/** Whether the message only tells what the person did (no question, nothing untrue asked for). */
export const statesOwnNews = (raw: string): boolean =>
  OWN_NEWS.test(raw.trim()) && !ASKS_OR_DECEIVES.test(raw);
