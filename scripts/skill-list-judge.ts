/**
 * Trains and cross-validates the resume skill list judge (tools/skills/resume-filter/list-judge.ts)
 * for scripts/build-skill-filter.ts. Stacked on the mention filter: the filter probability each
 * candidate is described by is out-of-fold (the filter of the other folds), and the judge of
 * each fold is trained on the other folds' candidates only, so the bar search sees how the judge
 * rates resumes it never saw. The judge is trained on the candidates it judges (index.ts:
 * judgedByList) that pass the filter's own bars; the final judge on all of them.
 */
import { BinaryLogistic } from "../tools/ml/binary-logistic.ts";
import { SoftmaxRegression } from "../tools/ml/softmax-regression.ts";
import type { SkillCandidate } from "../tools/skills/resume-filter/candidates.ts";
import { type ListJudgeJSON, listJudgeFeatures } from "../tools/skills/resume-filter/list-judge.ts";
import { SKILL_CLASS } from "../tools/skills/resume-filter/model.ts";
import { unknownToolsFloor } from "./skill-filter-unknown-tools.ts";

/** Settings: few features per row (about 15), so a gentler step than the shared default. */
export const JUDGE_TRAINING = { rate: 0.5, epochs: 20, minCount: 4 } as const;

export interface JudgeRow {
  /** The judge's features of the candidate (with its out-of-fold filter probability). */
  features: string[];
  label: 0 | 1;
}

export const trainJudge = (rows: JudgeRow[]) =>
  BinaryLogistic.fromSoftmax(
    SoftmaxRegression.train(
      rows.map((r) => ({ features: r.features, label: String(r.label) })),
      JUDGE_TRAINING,
    ).toJSON(),
    SKILL_CLASS,
  );

/**
 * Out-of-fold judge probabilities: `rowsOf(read)` gives the rows of one read (undefined for a
 * candidate the judge does not see), returned in the same shape.
 */
export function crossValidatedJudge<R>(
  reads: R[],
  foldOf: (r: R) => number,
  folds: number,
  rowsOf: (r: R) => (JudgeRow | undefined)[],
): Map<R, (number | undefined)[]> {
  const out = new Map<R, (number | undefined)[]>();
  for (let k = 0; k < folds; k++) {
    const train = reads
      .filter((r) => foldOf(r) !== k)
      .flatMap((r) => rowsOf(r).filter((x): x is JudgeRow => !!x));
    const judge = trainJudge(train);
    for (const r of reads.filter((r) => foldOf(r) === k))
      out.set(
        r,
        rowsOf(r).map((x) => (x ? judge.probability(x.features) : undefined)),
      );
  }
  return out;
}

/**
 * Recall first, as the filter's bars: the most precise judge bar (steps of 0.025, up to `cap`)
 * whose cross-validated recall is within `maxLoss` of the filter's alone (`aloneRecall`).
 */
export function judgeBarOf(
  judgeAt: (bar: number) => { recall: number; precision: number },
  aloneRecall: number,
  maxLoss: number,
  cap: number,
): number {
  let bar = 0;
  for (let t = 0.025; t <= Math.min(0.8, cap) + 1e-9; t += 0.025) {
    const s = judgeAt(t);
    console.log(
      `judge bar ${t.toFixed(3)}: CV recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)}`,
    );
    if (aloneRecall - s.recall <= maxLoss) bar = t;
  }
  return bar;
}

interface JudgedRead {
  candidates: { label: 0 | 1; listJudged: boolean; judgeFeatures: (p: number) => string[] }[];
}

/**
 * The judge stacked on the filter: trained on the candidates it judges that the filter keeps
 * (with their out-of-fold filter probability), cross-validated over the same folds, its bar
 * chosen recall first (judgeBarOf) and capped by its lowest rating of the listed unknown tools
 * (they must stay), read with `filterOf`, the filter the model file will hold.
 */
export async function stackedJudge<R extends JudgedRead>(o: {
  reads: R[];
  fold: (r: R) => number;
  folds: number;
  filterProbability: (r: R, i: number) => number;
  filterKeeps: (r: R, i: number) => boolean;
  scoreWith: (keep: (r: R, i: number) => boolean) => { recall: number; precision: number };
  maxRecallLoss: number;
  filterOf: (text: string, c: SkillCandidate) => number;
}): Promise<ListJudgeJSON> {
  const rowsOf = (r: R): (JudgeRow | undefined)[] =>
    r.candidates.map((c, i) =>
      c.listJudged && o.filterKeeps(r, i)
        ? { features: c.judgeFeatures(o.filterProbability(r, i)), label: c.label }
        : undefined,
    );
  const judged = crossValidatedJudge(o.reads, o.fold, o.folds, rowsOf);
  const judgeAt = (t: number) => o.scoreWith((r, i) => (judged.get(r)![i] ?? 1) >= t);
  const alone = judgeAt(0);
  const judge = trainJudge(o.reads.flatMap((r) => rowsOf(r).filter((x): x is JudgeRow => !!x)));
  const cap = await unknownToolsFloor((t, c) => judge.probability(listJudgeFeatures(t, c, o.filterOf(t, c))));
  console.log(`listed unknown tools: lowest judge probability ${cap.toFixed(3)} (the judge bar's cap)`);
  const bar = judgeBarOf(judgeAt, alone.recall, o.maxRecallLoss, cap);
  const at = judgeAt(bar);
  console.log(
    `list judge: bar ${bar.toFixed(3)}, CV recall ${alone.recall.toFixed(3)} -> ${at.recall.toFixed(3)}, precision ${alone.precision.toFixed(3)} -> ${at.precision.toFixed(3)}`,
  );
  return { threshold: Math.round(bar * 1000) / 1000, model: judge.pack() };
}
