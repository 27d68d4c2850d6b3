/**
 * Picks the employer scorer's thresholds THROUGH THE PARSER: each training read's parse, as
 * the scorer meets it (employer-scorer-reads.ts keeps a copy), is finished by the parser's own
 * addScoredEmployers with the scorer of the other folds at the thresholds tried, and the
 * companies it then lists are scored as resume-bench's score.mjs scores them (per resume,
 * values deduplicated, micro-summed P/R/F1). A simulation of what the parser would do (the
 * build's former sweep) picked thresholds that lost ~0.04 F1 once the parser applied them.
 */
import type { BinaryLogistic } from "../tools/ml/binary-logistic.ts";
import { EMPLOYER_FEATURES_VERSION } from "../tools/resume/fields/employer-candidates.ts";
import {
  addScoredEmployers,
  type EmployerModelJSON,
  type EmployerScorer,
  employerScorer,
} from "../tools/resume/fields/employer-scorer.ts";
import { fuzzyMatch } from "../tools/skills/eval/bench-match.ts";
import type { Read } from "./employer-scorer-reads.ts";

export interface Thresholds {
  threshold: number;
  dropThreshold?: number;
  jobBestThreshold?: number;
}
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** score.mjs's norm(): NFKC, lower-case, spaces collapsed, edge punctuation trimmed. */
const norm = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
const distinctByNorm = (xs: string[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = norm(x);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** The scorer file a fold model with these thresholds would be written as. */
export function modelJSON(model: BinaryLogistic, t: Thresholds): EmployerModelJSON {
  return {
    version: EMPLOYER_FEATURES_VERSION,
    threshold: t.threshold,
    ...(t.dropThreshold === undefined ? {} : { dropThreshold: t.dropThreshold }),
    ...(t.jobBestThreshold === undefined ? {} : { jobBestThreshold: t.jobBestThreshold }),
    model: model.pack(),
  };
}

/** The companies the parser lists for `read` with `scorer` (null: none, as with no model). */
export function listedCompanies(read: Read, scorer: EmployerScorer | null): string[] {
  if (!read.ctx) return read.companies;
  const experience = addScoredEmployers(structuredClone(read.ctx), scorer);
  return distinctByNorm(experience.map((e) => e.company ?? ""));
}

/** Companies P/R/F1 of `reads`, each finished with the scorer of its fold (`scorers[fold]`). */
export function companiesScore(reads: Read[], scorers: (EmployerScorer | null)[]): Prf {
  let pm = 0;
  let pn = 0;
  let gm = 0;
  let gn = 0;
  for (const r of reads) {
    const pred = listedCompanies(r, scorers[r.fold] ?? null);
    const gold = distinctByNorm(r.gold);
    pm += pred.filter((x) => gold.some((g) => fuzzyMatch(x, g))).length;
    pn += pred.length;
    gm += gold.filter((g) => pred.some((x) => fuzzyMatch(x, g))).length;
    gn += gold.length;
  }
  const p = pn ? pm / pn : 0;
  const r = gn ? gm / gn : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const fmtPrf = (s: Prf) => `${s.f1.toFixed(3)} (${s.p.toFixed(3)}/${s.r.toFixed(3)})`;

const ADD = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const DROP = [undefined, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
const JOB_BEST = [undefined, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];

/**
 * Coordinate ascent over the add, drop and job-best thresholds from `start`, each axis in turn
 * (two rounds), on the mean of the text and PDF companies F1 through the parser, out of fold
 * (`foldModels[k]` scores fold k). A value is judged with its neighbours on its axis (a single
 * peak on ~240 resumes is as much noise as signal); "none" is judged as itself. Logs a row per
 * setting tried.
 */
export function sweepThroughParser(
  reads: Read[],
  foldModels: BinaryLogistic[],
  start: Thresholds,
  log: (line: string) => void,
): { best: Thresholds; f1: number; txt: Prf; pdf: Prf } {
  const memo = new Map<string, { txt: Prf; pdf: Prf; mean: number }>();
  const txtReads = reads.filter((r) => r.path === "txt");
  const pdfReads = reads.filter((r) => r.path === "pdf");
  const run = (t: Thresholds) => {
    const key = `${t.threshold} ${t.dropThreshold} ${t.jobBestThreshold}`;
    let m = memo.get(key);
    if (!m) {
      const scorers = foldModels.map((model) => employerScorer(modelJSON(model, t)));
      const txt = companiesScore(txtReads, scorers);
      const pdf = companiesScore(pdfReads, scorers);
      m = { txt, pdf, mean: (txt.f1 + pdf.f1) / 2 };
      memo.set(key, m);
      log(
        `| ${t.threshold} | ${t.dropThreshold ?? "none"} | ${t.jobBestThreshold ?? "none"} | ${fmtPrf(txt)} | ${fmtPrf(pdf)} |`,
      );
    }
    return m.mean;
  };
  log("| add | drop | job best | companies txt F1 (P/R) | companies pdf F1 (P/R) |");
  log("|---|---|---|---|---|");
  let best: Thresholds = { ...start };
  const axes: [keyof Thresholds, (number | undefined)[]][] = [
    ["threshold", ADD],
    ["dropThreshold", DROP],
    ["jobBestThreshold", JOB_BEST],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [axis, values] of axes) {
      const at = (v: number | undefined) => run({ ...best, [axis]: v });
      let pick = best[axis];
      let pickScore = -1;
      values.forEach((v, i) => {
        let s: number;
        if (v === undefined) s = at(v);
        else {
          // Neighbours on the axis among the numbers (an end has fewer).
          const lo = values[i - 1];
          const hi = values[i + 1];
          const near = [v, lo, hi].filter((x): x is number => x !== undefined);
          s = near.reduce((a, x) => a + at(x), 0) / near.length;
        }
        if (s > pickScore + 1e-9) {
          pick = v;
          pickScore = s;
        }
      });
      best = { ...best, [axis]: pick };
    }
  }
  const f = memo.get(`${best.threshold} ${best.dropThreshold} ${best.jobBestThreshold}`)!;
  return { best, f1: f.mean, txt: f.txt, pdf: f.pdf };
}
