/**
 * Where the work was done, said with a place word and an article: "at a hotel in Málaga", "en un
 * hotel de Málaga", "dans une crèche à Lyon", "in einem Krankenhaus", "num restaurante em Lisboa".
 * A skill is never said "in a …": the phrase names a workplace, so the intro's rest reads
 * nothing in it (trial18: "bartender … en un hotel de Málaga" saved the skill "hotel de Málaga",
 * the capital of the city read as a tool's name).
 */

/** A place preposition (the five languages' and their contractions), then an article. */
const PLACE_LEAD = String.raw`(at|in|en|dans|à|bei|in|em|no|na|nos|nas|num|numa|dentro de)\s+(?:a|an|the|un|una|unos|unas|el|la|los|las|une|le|les|l'|einem|einer|eine|der|dem|den|um|uma|o|os|as|mi|my|our|ma|mon|meinem|meiner)\s+`;

/**
 * The place itself: up to three words, and its town ("hotel de Málaga", "agencia en Madrid"), ending
 * where the sentence, the list or what was done there goes on ("… en Madrid usando Figma": Figma stays).
 */
const WORKPLACE = new RegExp(
  String.raw`(^|\s)${PLACE_LEAD}(?:[\p{L}'-]+\s+){0,2}?[\p{L}'-]+(?:\s+(?:de|in|en|à|a|em|du|von|of|near|bei)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)?(?=\s*(?:[,;.!?()]|$)|\s+(?:and|with|y|con|et|avec|und|mit|e|com|using|usando|utilisant|doing|haciendo|fazendo|for|por|pour|para|during|durante|pendant|since|desde|depuis|seit|h[aá]|for)\b)`,
  "giu",
);

/**
 * The text without the workplace phrases' place words; the preposition stays, as the job's own
 * phrase read before may end with it ("bartender desde hace 5 años en") and is taken out whole.
 */
export function withoutWorkplace(text: string): string {
  return text.replace(WORKPLACE, "$1$2 ");
}

/** A place word left alone once the workplace is gone ("Excel at " -> "Excel"). */
const LEFT_ALONE = /\s(?:at|in|en|dans|à|bei|em|no|na|nos|nas|num|numa)(?=\s*(?:[,;.!?()]|$))/giu;

/** The text without place words the workplace phrases left behind. */
export const withoutLonePlaceWords = (text: string): string => text.replace(LEFT_ALONE, " ");
