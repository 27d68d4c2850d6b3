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
 * A word right before a name that ties it to the sentence's work ("using Jenkins", "with
 * Docker", "configured Kubernetes"): the name is the sentence's own, not a list's first item.
 */
const TYING_WORD =
  /^(using|use|used|uses|with|in|on|for|including|include|includes|via|through|of|into|from|within|like|as|and|or|&|leveraging|utili[sz]ing|[a-z]{3,}ed|[a-z]{3,}ing)$/i;
/** A word that reads as (part of) a name: capitalised, an acronym, or with a digit or symbol ("C++", "T-SQL"). */
const NAME_WORD = /^["'“‘(]*(?:\p{Lu}|[\p{L}\p{N}]*[\p{N}+#.][\p{L}\p{N}])/u;

/**
 * The mention sits in the name-like tail of a long comma item that opens a run of names: the
 * list's first name glued to the words before it ("…for the front desks Jenkins, Docker,
 * Kubernetes", "…to date." Jenkins, AWS, …" where a closing quote hid the sentence end). The
 * tail is the item's trailing capitalised words (at most NAME_WORDS; else its last word), and
 * it is the list's only when no tying word ("using", "with", a verb) stands right before it.
 */
function gluedFirstName(own: string, at: number, following: string[]): boolean {
  if (following.length < NAMES_IN_LIST - 1) return false;
  if (
    !following
      .slice(0, NAMES_IN_LIST - 1)
      .every((item) => wordCount(item) > 0 && wordCount(item) <= NAME_WORDS)
  )
    return false;
  const words = [...own.matchAll(/\S+/g)];
  let tail = words.length;
  while (tail > 0 && words.length - tail < NAME_WORDS && NAME_WORD.test(words[tail - 1]![0])) tail--;
  if (tail === words.length) tail = words.length - 1;
  const before = words[tail - 1]?.[0].replace(/[^\p{L}\p{N}&]+$/u, "") ?? "";
  // A sentence end right before the tail ("…to date." Jenkins) cuts any tie.
  const cut = /[.!?]["'”’)]*$/.test(words[tail - 1]?.[0] ?? "");
  if (!cut && TYING_WORD.test(before)) return false;
  return tail > 0 && at >= words[tail]!.index!;
}

/**
 * The mention at `at` is a name among names: its own comma item is short, and so are at least
 * three items of its sentence. A sentence whose commas part long clauses ("…support and programs,
 * ensuring success for all…") or an address after a degree is not a list of names. A long item
 * that opens a run of names holds the run's first name in its tail (gluedFirstName).
 */
function nameAmongNames(text: string, at: number): boolean {
  const { sentence, offset } = sentenceAt(text, at);
  const items = sentence.split(/[,;|]/);
  let start = 0;
  let ownIndex = -1;
  let ownStart = 0;
  items.forEach((item, i) => {
    if (ownIndex < 0 && offset >= start && offset <= start + item.length) {
      ownIndex = i;
      ownStart = start;
    }
    start += item.length + 1;
  });
  const own = items[ownIndex];
  if (own === undefined) return false;
  if (wordCount(own) > NAME_WORDS) return gluedFirstName(own, offset - ownStart, items.slice(ownIndex + 1));
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
