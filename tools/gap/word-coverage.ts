/**
 * How much of an ask's specific vocabulary the resume covers: each content word of the ask
 * ("low-power wireless", "concrete bridge design", "preschool") weighted by how specific it
 * is (smooth inverse frequency from the word-vector pack's frequency ranks, so "experience"
 * or "strong" weigh almost nothing), and credited 1 when the resume uses the word or its
 * stem, or by meaning: the best credit over the resume's words, each the learned chance that
 * the two words are one meaning (tools/gap/word-senses.ts: "oversee" for "supervise" is
 * full credit, "mobile" for "wireless" is not, though GloVe puts them at 0.83). A
 * whole-sentence embedding blurs a missing key term; this keeps it visible.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { type GlovePack, loadGlovePack, unitVector } from "../../data/embeddings/glove-pack.ts";
import { crudeStem } from "../../data/embeddings/stem.ts";
import { contentTokens } from "../../data/embeddings/tokenize.ts";
import { evidenceText, resumeLines } from "./evidence.ts";
import { wordCredit } from "./word-senses.ts";

/** SIF constant: a word as frequent as p weighs a / (a + p). */
const SIF_A = 1e-4;
/**
 * Below this cosine two words are unrelated: the credit curve was fitted on label pairs at or
 * above it (scripts/build-word-senses.ts), and the best of a resume's hundreds of words would
 * otherwise always lend an ask word some credit.
 */
const MIN_COSINE = 0.3;
/** Anonymised placeholders in ads ("<ORGANIZATION>") are not words of the ask. */
const PLACEHOLDER = /<[A-Z_]+>/g;

interface Vocabulary {
  words: Set<string>;
  stems: Set<string>;
  /** The resume's words with a vector, and their unit vectors (same order). */
  vectorWords: string[];
  vectors: Float32Array[];
  /** Ask word -> credit, filled as asks are scored. */
  memo: Map<string, number>;
}

let pack: GlovePack | undefined;
/**
 * Which resume lines a vocabulary reads: every evidence line, or only what the person's roles
 * say they did (titles, duties, headline, summary and projects: not education, skills or
 * certificates).
 */
export type CoverageScope = "evidence" | "roles";
const vocabularies = {
  evidence: new WeakMap<ProfileSnapshot, Vocabulary>(),
  roles: new WeakMap<ProfileSnapshot, Vocabulary>(),
};
const ROLE_SOURCES = new Set(["title", "bullet", "summary", "project"]);

function vocabularyOf(profile: ProfileSnapshot, scope: CoverageScope): Vocabulary {
  const hit = vocabularies[scope].get(profile);
  if (hit) return hit;
  pack ??= loadGlovePack();
  const words = new Set<string>();
  for (const line of resumeLines(profile)) {
    if (scope === "roles" && !ROLE_SOURCES.has(line.source)) continue;
    for (const t of contentTokens(evidenceText(line))) words.add(t);
  }
  const vectors: Float32Array[] = [];
  const vectorWords: string[] = [];
  for (const w of [...words].sort()) {
    if (w.length < 3 || /\d/.test(w)) continue;
    const v = unitVector(pack, w);
    if (!v) continue;
    vectors.push(v);
    vectorWords.push(w);
  }
  const vocabulary = {
    words,
    stems: new Set([...words].map(crudeStem)),
    vectorWords,
    vectors,
    memo: new Map(),
  };
  vocabularies[scope].set(profile, vocabulary);
  return vocabulary;
}

/** How specific a word is: near 0 for everyday words, 1 for words outside the pack's vocabulary. */
export function specificity(p: GlovePack, word: string): number {
  const i = p.index.get(word);
  if (i === undefined) return 1;
  const harmonic = Math.log(p.header.sourceVocabulary) + 0.5772;
  const prob = 1 / ((p.ranks[i]! + 1) * harmonic);
  return SIF_A / (SIF_A + prob);
}

function creditFor(vocabulary: Vocabulary, word: string): number {
  const memo = vocabulary.memo.get(word);
  if (memo !== undefined) return memo;
  let credit = 0;
  if (vocabulary.words.has(word) || vocabulary.stems.has(crudeStem(word))) credit = 1;
  else {
    const v = unitVector(pack!, word);
    if (v) {
      vocabulary.vectors.forEach((r, i) => {
        let s = 0;
        for (let d = 0; d < v.length; d++) s += v[d]! * r[d]!;
        if (s >= MIN_COSINE) credit = Math.max(credit, wordCredit(word, vocabulary.vectorWords[i]!, s));
      });
    }
  }
  vocabulary.memo.set(word, credit);
  return credit;
}

export interface AskCoverage {
  /** 0..1 specificity-weighted share of the ask's words the resume covers; undefined when the ask has no specific word. */
  coverage?: number;
  /** The ask's most specific words the resume does not cover (for the explanation). */
  missing: string[];
}

export function askCoverage(
  profile: ProfileSnapshot,
  ask: string,
  scope: CoverageScope = "evidence",
): AskCoverage {
  const vocabulary = vocabularyOf(profile, scope);
  const p = pack!;
  let total = 0;
  let covered = 0;
  const missing: { word: string; weight: number }[] = [];
  for (const word of new Set(contentTokens(ask.replace(PLACEHOLDER, " ")))) {
    if (word.length < 3 || /^\d/.test(word)) continue;
    const weight = specificity(p, word);
    if (weight < 0.05) continue;
    const credit = creditFor(vocabulary, word);
    total += weight;
    covered += weight * credit;
    if (credit < 0.5) missing.push({ word, weight });
  }
  return {
    ...(total >= 0.3 ? { coverage: Math.round((covered / total) * 1000) / 1000 } : {}),
    missing: missing
      .sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word))
      .slice(0, 3)
      .map((m) => m.word),
  };
}
