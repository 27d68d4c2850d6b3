/**
 * The words of the documents topic coverage reads (one question, or every question of a
 * role), indexed once per document: where each stem occurs, sentence by sentence. Whether
 * an occurrence sits inside a compound the taxonomy knows ("warehouse" in "data
 * warehouse") costs taxonomy lookups, so it is worked out only for the stems a request
 * asks about, on first ask, and kept: a search touches a handful of stems, while reading
 * every word pair of every candidate role's questions cost hundreds of milliseconds on the
 * first searches of a process.
 */
import { crudeStem } from "../../data/embeddings/stem.ts";
import { STOPWORDS, tokenize } from "../../data/embeddings/tokenize.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import type { SkillResolver } from "./query-analysis.ts";

/** "warehouses", "warehousing", "warehouse" -> "warehous": inflections meet without a full stemmer. */
export function senseStem(word: string): string {
  return crudeStem(word).replace(/e$/, "");
}

export function senseWords(text: string): string[] {
  // Parts of "node.js" / "ci/cd" are emitted after the whole; a phrase needs the words in order.
  return tokenize(text).filter((t) => !/[./-]/.test(t));
}

/** Phrase -> skill, remembered per resolver: the same word pairs recur across a bank's questions. */
const resolved = new WeakMap<SkillResolver, Map<string, string | undefined>>();
const RESOLVED_MAX = 50_000;

function resolveOnce(resolveSkill: SkillResolver, phrase: string): string | undefined {
  let known = resolved.get(resolveSkill);
  if (!known) {
    known = new Map();
    resolved.set(resolveSkill, known);
  }
  if (known.has(phrase)) return known.get(phrase);
  const skill = resolveSkill(phrase);
  if (known.size >= RESOLVED_MAX) known.clear();
  known.set(phrase, skill);
  return skill;
}

/** A run of 2-3 words the taxonomy knows as one skill, or undefined. */
export function phraseSkill(
  tokens: string[],
  i: number,
  n: number,
  resolveSkill?: SkillResolver,
): string | undefined {
  if (!resolveSkill || i < 0 || i + n > tokens.length) return undefined;
  const run = tokens.slice(i, i + n);
  if (STOPWORDS.has(run[0]!) || STOPWORDS.has(run[n - 1]!)) return undefined;
  return resolveOnce(resolveSkill, run.join(" "));
}

interface Sentence {
  tokens: string[];
  stems: string[];
  /** Per position, once asked: the stems of the other words of each known compound it is in. */
  compounds: (string[] | undefined)[];
}

const NO_RESOLVER: SkillResolver = () => undefined;
const sentences = new WeakMap<SkillResolver, Map<string, Sentence>>();
const SENTENCES_MAX = 20_000;

function sentence(text: string, resolveSkill?: SkillResolver): Sentence {
  let known = sentences.get(resolveSkill ?? NO_RESOLVER);
  if (!known) {
    known = new Map();
    sentences.set(resolveSkill ?? NO_RESOLVER, known);
  }
  const hit = known.get(text);
  if (hit) return hit;
  const tokens = senseWords(text);
  const value = { tokens, stems: tokens.map(senseStem), compounds: [] };
  if (known.size >= SENTENCES_MAX) known.clear();
  known.set(text, value);
  return value;
}

/** The other words (stems) of every 2-3 word skill phrase the word at `k` is part of. */
function compoundsAt(s: Sentence, k: number, resolveSkill?: SkillResolver): string[] {
  const cached = s.compounds[k];
  if (cached) return cached;
  const others: string[] = [];
  for (let i = k - 2; i <= k; i++) {
    for (const n of [2, 3]) {
      if (k >= i + n || !phraseSkill(s.tokens, i, n, resolveSkill)) continue;
      for (let j = i; j < i + n; j++) if (j !== k) others.push(s.stems[j]!);
    }
  }
  s.compounds[k] = others;
  return others;
}

/** How a stem is used in a document: ever on its own, and the compounds it is part of. */
export interface WordSense {
  /** Somewhere outside any known compound. */
  free: boolean;
  /** The other words of every known compound it occurs in. */
  partners: Set<string>;
}

export interface SenseIndex {
  /** Stems in order, sentence by sentence (a phrase never spans two sentences). */
  runs: string[][];
  /** Stem -> its occurrences as (sentence, position) pairs, flattened. */
  at: Map<string, number[]>;
  skills: Set<string>;
  /** The sense of a stem in this document (worked out on first ask, then kept). */
  sense(stem: string): WordSense;
}

/** The index of a document made of these sentences (each one a run of its own) and skill tags. */
export function senseIndex(
  texts: Iterable<string>,
  skills: Iterable<string>,
  resolveSkill?: SkillResolver,
): SenseIndex {
  // A sentence twice adds nothing: every check asks whether some occurrence qualifies.
  const read = [...new Set(texts)].map((text) => sentence(text, resolveSkill));
  const at = new Map<string, number[]>();
  read.forEach((s, r) => {
    s.stems.forEach((stem, i) => {
      const where = at.get(stem);
      if (where) where.push(r, i);
      else at.set(stem, [r, i]);
    });
  });
  const senses = new Map<string, WordSense>();
  return {
    runs: read.map((s) => s.stems),
    at,
    skills: new Set(skills),
    sense(stem) {
      let sense = senses.get(stem);
      if (sense) return sense;
      sense = { free: false, partners: new Set() };
      const where = at.get(stem) ?? [];
      for (let j = 0; j < where.length; j += 2) {
        const others = compoundsAt(read[where[j]!]!, where[j + 1]!, resolveSkill);
        if (others.length === 0) sense.free = true;
        for (const other of others) sense.partners.add(other);
      }
      senses.set(stem, sense);
      return sense;
    },
  };
}

const questions = new Map<string, SenseIndex>();
const QUESTIONS_MAX = 5000;

/** A question's index: its text, key points and role (kept per question id and text). */
export function questionIndex(q: InterviewQuestion, resolveSkill?: SkillResolver): SenseIndex {
  const key = `${q.id}\u0000${q.text}`;
  const hit = questions.get(key);
  if (hit) return hit;
  const value = senseIndex([q.text, ...q.keyPoints, q.role.replace(/-/g, " ")], q.skills, resolveSkill);
  if (questions.size >= QUESTIONS_MAX) questions.clear();
  questions.set(key, value);
  return value;
}
