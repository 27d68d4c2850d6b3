/**
 * How much of an ask's specific vocabulary the resume covers: each content word of the ask
 * ("low-power wireless", "concrete bridge design", "preschool") weighted by how specific it
 * is (smooth inverse frequency from the word-vector pack's frequency ranks, so "experience"
 * or "strong" weigh almost nothing), and credited 1 when the resume uses the word or its
 * stem, or by meaning when the resume's closest word is a near-synonym in GloVe space
 * ("telesales" ~ "telemarketing"). A whole-sentence embedding blurs a missing key term;
 * this keeps it visible.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { type GlovePack, loadGlovePack } from "../../data/embeddings/glove-pack.ts";
import { crudeStem } from "../../data/embeddings/stem.ts";
import { contentTokens } from "../../data/embeddings/tokenize.ts";
import { evidenceText, resumeLines } from "./evidence.ts";

/** SIF constant: a word as frequent as p weighs a / (a + p). */
const SIF_A = 1e-4;
/** Word-vector cosine below which a resume word says nothing about an ask word; full credit at SYNONYM. */
const RELATED = 0.45;
const SYNONYM = 0.75;
/** Anonymised placeholders in ads ("<ORGANIZATION>") are not words of the ask. */
const PLACEHOLDER = /<[A-Z_]+>/g;

interface Vocabulary {
  words: Set<string>;
  stems: Set<string>;
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

function unitVector(p: GlovePack, word: string): Float32Array | undefined {
  const i = p.index.get(word);
  if (i === undefined) return undefined;
  const dims = p.header.dimensions;
  const v = new Float32Array(dims);
  let norm = 0;
  for (let d = 0; d < dims; d++) {
    v[d] = p.values[i * dims + d]! * p.scales[i]!;
    norm += v[d]! * v[d]!;
  }
  norm = Math.sqrt(norm);
  if (norm === 0) return undefined;
  for (let d = 0; d < dims; d++) v[d]! /= norm;
  return v;
}

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
  for (const w of [...words].sort()) {
    if (w.length < 3 || /\d/.test(w)) continue;
    const v = unitVector(pack, w);
    if (v) vectors.push(v);
  }
  const vocabulary = { words, stems: new Set([...words].map(crudeStem)), vectors, memo: new Map() };
  vocabularies[scope].set(profile, vocabulary);
  return vocabulary;
}

/** How specific a word is: near 0 for everyday words, 1 for words outside the pack's vocabulary. */
function specificity(p: GlovePack, word: string): number {
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
      let best = 0;
      for (const r of vocabulary.vectors) {
        let s = 0;
        for (let d = 0; d < v.length; d++) s += v[d]! * r[d]!;
        if (s > best) best = s;
      }
      credit = Math.min(1, Math.max(0, (best - RELATED) / (SYNONYM - RELATED)));
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
