/**
 * A requirements line that is an inline list of asks: "Must have: 2+ years line cook experience,
 * food handler card, knife skills, able to work weekends" is four asks, each with its own years,
 * its own required-or-preferred cue and its own kind (experience, licence, skill, duty), not one
 * sentence whose "a plus" or "7+ years" belongs to every part of it.
 *
 * The format is exact: at least three comma- or semicolon-separated items outside brackets,
 * each of at least two words and most of them words rather than names. A list of names
 * ("Java, Spring Boot, Kafka") or a list of alternatives ("such as Figma, Sketch or XD") is one
 * ask and left whole; so is a run of adjectives before one noun ("written, verbal, and
 * presentation skills": "verbal" is one word).
 */
import { ALTERNATIVE_CUE } from "./clauses.ts";

export interface ListItem {
  /** Offsets inside the text the item was cut from. */
  start: number;
  end: number;
  text: string;
}

const MIN_ITEMS = 3;
/** A longer item is a sentence with commas in it, not a list item. */
const MAX_ITEM_WORDS = 14;
/** "…, and able to lift 50 lbs": the joining word opens the last item, it is not part of it. */
const LEADING_JOIN = /^(?:and|or|as well as|plus)\s+/i;

/** Offsets of the commas and semicolons outside brackets. */
function topLevelCuts(text: string): number[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    // "$18,000" and "1,5 years" keep their comma.
    else if ((c === "," || c === ";") && depth === 0 && !/\d/.test(text[i + 1] ?? "")) cuts.push(i);
  }
  return cuts;
}

/** A piece that continues the one before it rather than starting an ask of its own. */
const CONTINUES =
  /^(?:is|are|was|were|be|being|ideally|preferably|especially|particularly|including|incl\.?|which|who|whom|that|where|while|when|with|without|but|so|as|such|e\.g\.?|i\.e\.?|etc)\b/i;

/** Words of an item that are words, not names: a lower-case word of three letters or more. */
const hasPlainWord = (item: string) => /(?:^|[\s(-])[a-z]{3,}/.test(item);

/** The items of an inline list of asks, or undefined when the text is not one. */
export function askListItems(text: string): ListItem[] | undefined {
  if (ALTERNATIVE_CUE.test(text)) return undefined;
  const cuts = topLevelCuts(text);
  if (cuts.length < MIN_ITEMS - 1) return undefined;
  const items: ListItem[] = [];
  let from = 0;
  for (const at of [...cuts, text.length]) {
    const raw = text.slice(from, at);
    const lead = raw.length - raw.trimStart().length;
    let start = from + lead;
    const join = LEADING_JOIN.exec(text.slice(start, at));
    if (join) start += join[0].length;
    const body = text.slice(start, at).replace(/[\s.]+$/, "");
    if (body.length > 0) items.push({ start, end: start + body.length, text: body });
    from = at + 1;
  }
  if (items.length < MIN_ITEMS) return undefined;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (items.some((i) => words(i.text) < 2 || words(i.text) > MAX_ITEM_WORDS)) return undefined;
  if (items.filter((i) => hasPlainWord(i.text)).length * 2 < items.length) return undefined;
  // "Knowledge of Swedish, ideally in a business setting, is a plus": pieces that go on from the
  // one before make one sentence with commas in it, not a list.
  if (items.some((i) => CONTINUES.test(i.text))) return undefined;
  return items;
}
