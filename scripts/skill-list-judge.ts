/**
 * Trains and cross-validates the resume skill list judge (tools/skills/resume-filter/list-judge.ts)
 * for scripts/build-skill-filter.ts. Stacked on the mention filter: the filter probability each
 * candidate is described by is out-of-fold (the filter of the other folds), and the judge of
 * each fold is trained on the other folds' candidates only, so the bar search
 * (scripts/skill-filter-bars.ts) sees how the judge rates resumes it never saw. The judge is
 * trained on the candidates it judges (index.ts: judgedByList) that pass the filter's own bars;
 * the final judge on all of them.
 */
import { BinaryLogistic } from "../tools/ml/binary-logistic.ts";
import { SoftmaxRegression } from "../tools/ml/softmax-regression.ts";
import { SKILL_CLASS } from "../tools/skills/resume-filter/model.ts";

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
