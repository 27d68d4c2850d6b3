/**
 * How much a resume word counts for an ask word it is close to in the word vectors
 * (`word-senses.json`, built by scripts/build-word-senses.ts from ESCO and O*NET labels and the
 * taxonomy). Vector closeness alone is not sameness: "wireless" and "mobile", "Java" and
 * "JavaScript", "sales" and "marketing" sit close in GloVe space but are different things, while
 * "supervise" and "oversee" are one. The credit is the fitted chance that two words are one
 * meaning: a table for the pairs the labels or the taxonomy speak of (learned: the build's
 * logistic regression over the cosine and the label evidence, or the taxonomy's credit), else a
 * curve of the cosine alone (below).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type GlovePack, unitVector } from "../../data/embeddings/glove-pack.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { type LogisticFit, logOdds, sigmoid } from "../ml/logistic-regression.ts";

export interface WordSenses {
  version: 1;
  builtFrom: string[];
  /** The model's inputs, in order: the cosine, then the label evidence counts (0 for an unseen pair). */
  features: string[];
  model: LogisticFit;
  /** What the build measured (held-out log loss against the hand curve it replaced). */
  measured: Record<string, unknown>;
  /** "a|b" (a < b) -> credit for pairs off the curve. */
  pairs: Record<string, number>;
}

/** The data lives with the taxonomy it is derived from; the reading of it is the gap analysis's. */
export const WORD_SENSES_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/taxonomy/word-senses.json",
);

let loaded: { senses: WordSenses; pairs: Map<string, number> } | undefined;

function load(): { senses: WordSenses; pairs: Map<string, number> } {
  if (loaded) return loaded;
  try {
    const senses = JSON.parse(readFileSync(WORD_SENSES_FILE, "utf8")) as WordSenses;
    loaded = { senses, pairs: new Map(Object.entries(senses.pairs)) };
    return loaded;
  } catch (cause) {
    throw new CareerCraftError(
      "config",
      "The word-sense data file is missing or damaged; run `npm run build:word-senses`.",
      { cause, details: { file: WORD_SENSES_FILE } },
    );
  }
}

/** The fitted credit for a cosine when nothing else is known about the pair. */
export function creditWithoutEvidence(senses: WordSenses, cosine: number): number {
  return sigmoid(logOdds(senses.model, [cosine, ...senses.features.slice(1).map(() => 0)]));
}

/**
 * For a pair the table does not hold, the ramp the verdict model was fitted on (0 below cosine
 * 0.45, full credit from 0.75) stays until that model is refitted: the fitted curve (0.5 at 0.70,
 * 0.77 at 0.90) lowers every resume's theme coverage (focusCoverage, an input of the learned
 * verdict, tools/gap/verdict-model.json, branch calib) and measured on 2026-12-03 moved the dev
 * ECE 0.106 -> 0.136 unrefitted, and refitted lost a dream role (14 of 15). `WORD_CREDIT_CURVE=learned`
 * measures it (as VERDICT_CALIBRATIONS does for the verdict fitter).
 */
const LEARNED_CURVE = process.env.WORD_CREDIT_CURVE === "learned";
const RAMP_FROM = 0.45;
const RAMP_TO = 0.75;

/** A precomputed curve (cosine in steps of 0.01): the coverage loop asks it thousands of times. */
let curve: Float64Array | undefined;

/** 0..1: how far resume word `b` says ask word `a`, given their word-vector cosine. */
export function wordCredit(a: string, b: string, cosine: number): number {
  if (a === b) return 1;
  const { senses, pairs } = load();
  const known = pairs.get(a < b ? `${a}|${b}` : `${b}|${a}`);
  if (known !== undefined) return known;
  if (!LEARNED_CURVE) return Math.min(1, Math.max(0, (cosine - RAMP_FROM) / (RAMP_TO - RAMP_FROM)));
  if (!curve) {
    curve = new Float64Array(101);
    for (let i = 0; i <= 100; i++) curve[i] = creditWithoutEvidence(senses, i / 100);
  }
  if (cosine <= 0) return curve[0]!;
  const at = cosine * 100;
  const lo = Math.min(99, Math.floor(at));
  return curve[lo]! + (curve[lo + 1]! - curve[lo]!) * (Math.min(100, at) - lo);
}

/** Unit vectors of every word in the pack (for the build). */
export function glovePackVectors(p: GlovePack): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  for (const word of p.index.keys()) {
    const v = unitVector(p, word);
    if (v) out.set(word, v);
  }
  return out;
}
