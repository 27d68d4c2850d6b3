/**
 * Evidence from a sentence that uses a skill, for resumes whose duties the parser could not
 * tie to a job (one long paragraph, a lost layout): "Developed the order screens using jQuery
 * and PHP." is what the person did even when no job header was found above it. A keyword list
 * is not: "PyTorch, TensorFlow, Spark, MLflow" appended to the paragraph (or run on from its
 * last words) names skills without saying anything was done with them, so it stays a claim.
 *
 * A mention counts when its sentence has at least MIN_WORDS words, a list of three or more
 * items in it closes the way an enumeration in a sentence does ("..., HTML and CSS"), and a
 * word that ties the skill to the work ("using", "with", "in", a verb in -ed or -ing) comes
 * shortly before the mention or before the enumeration it belongs to.
 */

const MIN_WORDS = 5;
/** How many words before the mention (or its enumeration) the tying word may be. */
const CUE_WINDOW = 5;
const CUE_WORD =
  /^(using|use|used|uses|with|in|on|for|including|via|through|of|and|&|into|from|within|leveraging|utili[sz]ing|[a-z]{3,}ed|[a-z]{3,}ing)$/i;
const MAX_QUOTE = 200;

const isCut = (c: string) => c === "\n" || c === "•" || c === "▪" || c === "●";
const isSentenceEnd = (c: string) => c === "." || c === "!" || c === "?";
const SPACE = /\s/;

/**
 * The sentence around `at`: cut at sentence ends, line breaks and bullet marks, looked for up to
 * 600 characters either side. Scanned character by character from `at` outwards (it runs for
 * every skill mention; matching the windows built an array per cut): the same cuts as
 * /[.!?](?=\s)|\n|[•▪●]/ before `at` (a mark right before `at` does not end a sentence there) and
 * /[.!?](?=\s|$)|\n|[•▪●]/ from it.
 */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const from = Math.max(0, at - 600);
  const before = Math.min(at, text.length);
  // Where the window before `at` starts, as `at` counts (past the text's end, `at` overshoots).
  const base = at - Math.max(0, before - from);
  let start = base;
  for (let i = before - 1; i >= from; i--) {
    const c = text[i]!;
    if (isCut(c) || (isSentenceEnd(c) && i + 1 < before && SPACE.test(text[i + 1]!))) {
      start = base + i - from + 1;
      break;
    }
  }
  const to = Math.min(text.length, at + 600);
  let end = to;
  for (let i = at; i < to; i++) {
    const c = text[i]!;
    if (c === "\n") {
      end = i;
      break;
    }
    if (isCut(c) || (isSentenceEnd(c) && (i + 1 === to || SPACE.test(text[i + 1]!)))) {
      end = i + 1;
      break;
    }
  }
  return { start, end };
}

function tiedByCue(words: string[]): boolean {
  return words.slice(-CUE_WINDOW).some((w) => CUE_WORD.test(w));
}

/** Words an item of a sentence's closing enumeration may have ("HTML and CSS", "Git or SVN"). */
const CLOSING_ITEM_WORDS = 4;
/** Words of an item that reads as a name in a list ("Python", "Power BI", "SQL Server 2019"). */
const NAME_ITEM_WORDS = 3;

/**
 * Three or more items that do not close as a sentence's enumeration does ("..., HTML and CSS").
 * A long last item does not close one: a keyword list with the ad's sentences pasted among the
 * names ("Python, Perl, SQL, Experience with biological data and pipelines") is still a list
 * when three of its items are names (it read as prose, and every name became "used" — issue 13,
 * robustness).
 */
function keywordRun(sentence: string): boolean {
  const items = sentence.split(/\s*[,;|]\s*/).filter((s) => s.trim().length > 0);
  if (items.length < 3) return false;
  const last = items[items.length - 1]!;
  const wordsIn = (item: string) => item.trim().split(/\s+/).length;
  if (!/\b(and|or)\b|&|\betc\b/i.test(last)) return true;
  if (wordsIn(last) <= CLOSING_ITEM_WORDS) return false;
  return items.filter((item) => wordsIn(item) <= NAME_ITEM_WORDS).length >= 3;
}

/** The mention at `span` sits in a keyword list (a run of names, not a sentence). */
export function inKeywordList(text: string, span: { start: number; end: number }): boolean {
  const { start, end } = sentenceAround(text, span.start);
  return keywordRun(text.slice(start, end));
}

/**
 * The mention at `span` sits in a keyword list that ends the text: names run on from the last
 * words of a one-paragraph resume (or appended to it). Nothing after it is a duty, so it is
 * no part of the last job whose text reaches the end. A labelled list ("Tools: Jira, Excel",
 * "Environment: ...") is a job's own line and stays the job's.
 */
export function inClosingKeywordList(text: string, span: { start: number; end: number }): boolean {
  const { start, end } = sentenceAround(text, span.start);
  const sentence = text.slice(start, end);
  return (
    /^[\s.,;]*$/.test(text.slice(end)) &&
    !/^\s*[\p{L}][\p{L} /&-]{1,40}:/u.test(sentence) &&
    keywordRun(sentence)
  );
}

/**
 * A job's last duty without the keyword run that closes the resume ("... in the system Tableau,
 * Lean, Logistics"): the run's sentence is a list, not something done, so the duty keeps only
 * what comes before that sentence (the analysis reads a role's duties for the skills it used).
 */
export function withoutClosingKeywordRun(duty: string): string {
  const end = duty.trimEnd().length;
  if (end === 0) return duty;
  const at = end - 1;
  if (!inClosingKeywordList(duty, { start: at, end })) return duty;
  return duty.slice(0, sentenceAround(duty, at).start).trimEnd();
}

/** The text without its keyword lists: what it says was done, not the names it runs through. */
export function withoutKeywordLists(text: string): string {
  const kept: string[] = [];
  for (const m of text.matchAll(/\S+/g))
    if (!inKeywordList(text, { start: m.index, end: m.index + m[0].length })) kept.push(m[0]);
  return kept.join(" ");
}

/**
 * The sentence a mention sits in, quoted, when no role, project or tied use gave the skill a
 * line (a name in a paragraph under an experience heading): whatever backs the skill is then
 * at least shown, and the analysis can judge it (a sentence copied from the ad is no evidence,
 * tools/gap/pasted-ad-text.ts). Undefined for a keyword list or a fragment.
 */
export function mentionSentence(text: string, span: { start: number; end: number }): string | undefined {
  const { start, end } = sentenceAround(text, span.start);
  const sentence = text.slice(start, end);
  if (sentence.split(/\s+/).filter(Boolean).length < MIN_WORDS || keywordRun(sentence)) return undefined;
  return sentence.replace(/\s+/g, " ").trim().slice(0, MAX_QUOTE);
}

/** The sentence, quoted, when it uses the skill mentioned at `span`; undefined for a keyword list. */
export function proseUse(text: string, span: { start: number; end: number }): string | undefined {
  const { start, end } = sentenceAround(text, span.start);
  const sentence = text.slice(start, end);
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS || keywordRun(sentence)) return undefined;
  // The mention's own comma item, from its start to the mention.
  const offset = span.start - start;
  const itemStart = Math.max(
    sentence.lastIndexOf(",", offset - 1),
    sentence.lastIndexOf(";", offset - 1),
    sentence.lastIndexOf("|", offset - 1),
  );
  const lead = sentence
    .slice(itemStart + 1, offset)
    .split(/\s+/)
    .filter(Boolean);
  // Inside an enumeration ("using OOP, PHP, AJAX and CSS"), the tying word precedes its first item.
  const firstItem = sentence.slice(0, sentence.search(/[,;|]/)).split(/\s+/).filter(Boolean);
  const tied = tiedByCue(lead) || (itemStart >= 0 && tiedByCue(firstItem.slice(0, -1)));
  if (!tied) return undefined;
  return sentence.replace(/\s+/g, " ").trim().slice(0, MAX_QUOTE);
}
