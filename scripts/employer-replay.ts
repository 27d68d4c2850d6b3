/**
 * Replays employer scorers on OTHER parses of the training split (scripts/build-employer-scorer.ts
 * --replay): the fold scorers are trained on parses by fold labellers, but a resume the project
 * meets is parsed by the shipped labeller, whose tags go further. The same resumes parsed by the
 * shipped labeller (its every fold model is the committed one) show how the scorer's thresholds
 * behave on stronger parses; each resume is still scored by the scorer of the folds it was held
 * out of. The committed scorer was trained on every training resume, so its row is in-sample.
 *
 * Also how far a difference between two scorers moves on a sample the size of the frozen split:
 * the spread of the companies F1 difference over random subsets of the training resumes.
 */
import type { BinaryLogistic } from "../tools/ml/binary-logistic.ts";
import {
  type EmployerModelJSON,
  type EmployerScorer,
  employerScorer,
} from "../tools/resume/fields/employer-scorer.ts";
import { fuzzyMatch } from "../tools/skills/eval/bench-match.ts";
import type { Read } from "./employer-scorer-reads.ts";
import {
  companiesScore,
  fmtPrf,
  listedCompanies,
  modelJSON,
  type Thresholds,
} from "./employer-threshold-sweep.ts";

/** Matched and listed predictions, matched and listed gold: one resume's share of companies P/R. */
type Counts = [number, number, number, number];

function countsOf(read: Read, scorer: EmployerScorer | null): Counts {
  const pred = listedCompanies(read, scorer);
  const gold = read.gold;
  return [
    pred.filter((x) => gold.some((g) => fuzzyMatch(x, g))).length,
    pred.length,
    gold.filter((g) => pred.some((x) => fuzzyMatch(x, g))).length,
    gold.length,
  ];
}

function f1Of(c: Counts): number {
  const p = c[1] ? c[0] / c[1] : 0;
  const r = c[3] ? c[2] / c[3] : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** A deterministic generator (the spread is the same on every run). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface Spread {
  mean: number;
  sd: number;
  /** 5th and 95th percentiles. */
  low: number;
  high: number;
}

/**
 * The companies F1 of scorers `b` minus that of scorers `a` (each read scored by its fold's) on
 * `draws` random subsets of `size` resumes of `reads` (one path), drawn without replacement.
 */
export function subsetSpread(
  reads: Read[],
  a: (EmployerScorer | null)[],
  b: (EmployerScorer | null)[],
  size: number,
  draws = 2000,
): Spread {
  const ca = reads.map((r) => countsOf(r, a[r.fold] ?? null));
  const cb = reads.map((r) => countsOf(r, b[r.fold] ?? null));
  const random = seeded(20261206);
  const index = reads.map((_, i) => i);
  const diffs: number[] = [];
  for (let d = 0; d < draws; d++) {
    // Partial Fisher-Yates: the first `size` places are the sample.
    for (let i = 0; i < Math.min(size, index.length); i++) {
      const j = i + Math.floor(random() * (index.length - i));
      [index[i], index[j]] = [index[j]!, index[i]!];
    }
    const sa: Counts = [0, 0, 0, 0];
    const sb: Counts = [0, 0, 0, 0];
    for (const i of index.slice(0, size))
      for (let q = 0; q < 4; q++) {
        sa[q] += ca[i]![q]!;
        sb[q] += cb[i]![q]!;
      }
    diffs.push(f1Of(sb) - f1Of(sa));
  }
  const mean = diffs.reduce((s, x) => s + x, 0) / diffs.length;
  const sd = Math.sqrt(diffs.reduce((s, x) => s + (x - mean) ** 2, 0) / diffs.length);
  diffs.sort((x, y) => x - y);
  return {
    mean,
    sd,
    low: diffs[Math.floor(0.05 * diffs.length)]!,
    high: diffs[Math.floor(0.95 * diffs.length)]!,
  };
}

/**
 * Rows of companies F1 (text, PDF) on `reads`: the parser alone, the fold scorers at each of
 * `settings`, and the committed scorer (in-sample on training resumes).
 */
export function replayRows(
  reads: Read[],
  foldModels: BinaryLogistic[],
  settings: [string, Thresholds][],
  committed: EmployerModelJSON,
): string[] {
  const byPath = (p: string) => reads.filter((r) => r.path === p);
  const row = (name: string, scorers: (EmployerScorer | null)[]) =>
    `| ${name} | ${fmtPrf(companiesScore(byPath("txt"), scorers))} | ${fmtPrf(companiesScore(byPath("pdf"), scorers))} |`;
  return [
    "| scorer | companies txt F1 (P/R) | companies pdf F1 (P/R) |",
    "|---|---|---|",
    row("parser alone", []),
    ...settings.map(([name, t]) =>
      row(
        `fold scorers, ${name}`,
        foldModels.map((m) => employerScorer(modelJSON(m, t))),
      ),
    ),
    row(
      "committed scorer (in-sample)",
      foldModels.map(() => employerScorer(committed)),
    ),
  ];
}
