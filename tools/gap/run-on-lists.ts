/**
 * Keyword lists run on from a role's or a paragraph's words ("…linkedin.com/in/x Testing,
 * Prototyping, UI Design, Wireframing"): names that say nothing was done with them there. A list
 * the resume labels as the role's own ("Environment: Java, Spring, Oracle", "Tools used: …") is
 * its account of what the role used, and is read like a duty. The keyword-list reading itself
 * (a run of names, not a sentence's enumeration) is the resume parser's (prose-evidence.ts).
 */
import { inKeywordList } from "../resume/fields/prose-evidence.ts";

/** A label ending in a colon this close before a list's first name makes it the role's list. */
const LABEL_WORDS = 4;
/** How far back a list's sentence may start (the parser's own sentence window). */
const SENTENCE_WINDOW = 600;

/** An item of this many words or fewer reads as a name ("Stakeholder Management", "PA"). */
const NAME_WORDS = 4;
/** This many names in one sentence make it a list of names. */
const NAMES_IN_LIST = 3;

/** The sentence around `at` (the parser's cuts: sentence ends, line breaks, bullets) and where `at` falls in it. */
function sentenceAt(text: string, at: number): { sentence: string; offset: number } {
  const before = text.slice(Math.max(0, at - SENTENCE_WINDOW), at);
  const cuts = [...before.matchAll(/[.!?](?=\s)|\n|[•▪●]/g)];
  const head = cuts.length > 0 ? before.slice(cuts[cuts.length - 1]!.index! + 1) : before;
  const after = text.slice(at, at + SENTENCE_WINDOW);
  const end = /[.!?](?=\s|$)|\n|[•▪●]/.exec(after);
  return { sentence: head + (end ? after.slice(0, end.index) : after), offset: head.length };
}

const wordCount = (item: string) => item.trim().split(/\s+/).filter(Boolean).length;

/**
 * The mention at `at` is a name among names: its own comma item is short, and so are at least
 * three items of its sentence. A sentence whose commas part long clauses ("…support and programs,
 * ensuring success for all…") or an address after a degree is not a list of names.
 */
function nameAmongNames(text: string, at: number): boolean {
  const { sentence, offset } = sentenceAt(text, at);
  const items = sentence.split(/[,;|]/);
  let start = 0;
  const own = items.find((item) => {
    const inside = offset >= start && offset <= start + item.length;
    start += item.length + 1;
    return inside;
  });
  if (own === undefined || wordCount(own) > NAME_WORDS) return false;
  return items.filter((item) => wordCount(item) > 0 && wordCount(item) <= NAME_WORDS).length >= NAMES_IN_LIST;
}

/**
 * The keyword list holding the mention at `at` says whose it is: a short label with a colon
 * just before its first item ("Environment: Java, …", "Tools used: …").
 */
function labelledList(text: string, at: number): boolean {
  const { sentence, offset } = sentenceAt(text, at);
  const head = sentence.slice(0, offset);
  const firstComma = head.search(/[,;|]/);
  const firstItem = firstComma < 0 ? head : head.slice(0, firstComma);
  // The label's last word ends in the colon ("Environment:"); a link's "https:" does not.
  return firstItem
    .trim()
    .split(/\s+/)
    .slice(-LABEL_WORDS - 1)
    .some((w) => /^[\p{L})]+:$/u.test(w));
}

/** The mention at `span` sits in an unlabelled list of names: named, not used. */
export function inRunOnList(text: string, span: { start: number; end: number }): boolean {
  return inKeywordList(text, span) && nameAmongNames(text, span.start) && !labelledList(text, span.start);
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** The text without its unlabelled keyword lists (unchanged when it has none); cached by text. */
export function withoutRunOnLists(text: string): string {
  if (!/[,;|]/.test(text)) return text;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const kept: string[] = [];
  let dropped = false;
  for (const m of text.matchAll(/\S+/g)) {
    if (inRunOnList(text, { start: m.index, end: m.index + m[0].length })) dropped = true;
    else kept.push(m[0]);
  }
  const out = dropped ? kept.join(" ") : text;
  cache.set(text, out);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return out;
}
