/**
 * fit: the hand-labelled resume-job pairs (evals/data/fit/pairs.jsonl, reasons written
 * before tuning). tools/gap/eval runs the analysis on each pair with the project's own
 * parsers; the harness scores it: accuracy, F1 for FIT, and whether the stated
 * confidence matches how often the verdict is right (ECE and a reliability chart).
 */
import path from "node:path";
import { requireData } from "../core/data-files.ts";
import type { Suite } from "../core/types.ts";
import { calibration } from "../metrics/calibration.ts";
import { confusionMatrix } from "../metrics/classification.ts";
import { loadFitSet } from "./ports.ts";

export interface FitPrediction {
  id: string;
  label: "FIT" | "UNFIT";
  verdict: "FIT" | "UNFIT";
  /** 0..1 */
  confidence: number;
  readiness?: number | null;
  reason?: string;
}

export function scoreFitPredictions(predictions: FitPrediction[]) {
  const confusion = confusionMatrix(
    predictions.map((p) => ({ gold: p.label, predicted: p.verdict })),
    ["FIT", "UNFIT"],
  );
  const calib = calibration(
    predictions.map((p) => ({ confidence: p.confidence, correct: p.verdict === p.label })),
    10,
  );
  return { confusion, calibration: calib };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

export const fitSuite: Suite = {
  name: "fit",
  title: "FIT/UNFIT verdict",
  description:
    "Accuracy and FIT F1 of the gap analysis on hand-labelled resume–job pairs, and calibration of its confidence (expected calibration error, reliability chart).",
  async run(ctx) {
    requireData(
      { ...ctx, dataOverride: undefined },
      path.join(ctx.sharedDataDir, "resumes/dotin_train"),
      "Resumes the fit pairs refer to",
    );
    const pairsFile = ctx.dataOverride
      ? requireData(ctx, "", "Fit pairs file")
      : path.join(ctx.repoRoot, "evals/data/fit/pairs.jsonl");
    const fitSet = await loadFitSet();
    const predictions = await fitSet.predict(pairsFile);
    const { confusion, calibration: calib } = scoreFitPredictions(predictions);
    const fit = confusion.perLabel.FIT;
    const wrong = predictions.filter((p) => p.verdict !== p.label);
    const right = predictions.filter((p) => p.verdict === p.label);
    return {
      metrics: {
        pairs: predictions.length,
        accuracy: confusion.accuracy,
        "fit.precision": fit.precision,
        "fit.recall": fit.recall,
        "fit.f1": fit.f1,
        "unfit.f1": confusion.perLabel.UNFIT.f1,
        ece: calib.ece,
        mce: calib.mce,
        brier: calib.brier,
        "confidence.mean_when_right": mean(right.map((p) => p.confidence)),
        "confidence.mean_when_wrong": mean(wrong.map((p) => p.confidence)),
      },
      directions: { "confidence.mean_when_wrong": "lower" },
      dataset: { source: pairsFile, items: predictions.length },
      charts: [
        {
          kind: "reliability",
          title: "Confidence vs. how often the verdict is right",
          bins: calib.bins,
          ece: calib.ece,
        },
        { kind: "confusion", title: "Verdicts", labels: confusion.labels, matrix: confusion.matrix },
      ],
      tables: [
        {
          title: "Every pair",
          collapsed: true,
          columns: ["pair", "label", "verdict", "confidence", "readiness"],
          rows: predictions.map((p) => [p.id, p.label, p.verdict, p.confidence, p.readiness ?? null]),
        },
      ],
      examples: wrong.map((p) => ({
        title: `${p.id}: labelled ${p.label}, analysis said ${p.verdict} (confidence ${p.confidence.toFixed(2)}, readiness ${p.readiness ?? "n/a"})`,
        detail: p.reason ?? "",
      })),
      notes: [
        "Confidence is read as the probability that the verdict is right; ECE weights each bin's |accuracy − mean confidence| by its share of pairs (10 bins).",
        `Pairs analysed by ${fitSet.modulePath} with the project's resume parser, job parser and gap analysis.`,
      ],
    };
  },
};
