/**
 * fit: the hand-labelled resume-job pairs (evals/data/fit/, reasons written before
 * tuning). The gap engineer's code runs the analysis per pair; the harness scores it:
 * accuracy, F1 for FIT, and whether the stated confidence matches how often the
 * verdict is right (ECE and a reliability chart).
 */
import path from "node:path";
import { loadCapability } from "../core/capability.ts";
import { requireData } from "../core/data-files.ts";
import type { Suite } from "../core/types.ts";
import { calibration } from "../metrics/calibration.ts";
import { confusionMatrix } from "../metrics/classification.ts";

export interface FitPrediction {
  id: string;
  label: "FIT" | "UNFIT";
  verdict: "FIT" | "UNFIT";
  /** 0..1 */
  confidence: number;
  readiness?: number;
  reason?: string;
}

interface GapEvalModule {
  predictFitPairs(options: {
    pairsFile: string;
    sharedDataDir: string;
  }): Promise<FitPrediction[]> | FitPrediction[];
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

export const fitSuite: Suite = {
  name: "fit",
  title: "FIT/UNFIT verdict",
  description:
    "Accuracy and FIT F1 of the gap analysis on hand-labelled resume–job pairs, and calibration of its confidence (expected calibration error, reliability chart).",
  async run(ctx) {
    const pairsFile = path.join(ctx.repoRoot, "evals/data/fit/pairs.jsonl");
    requireData(
      { ...ctx, dataOverride: undefined },
      path.join(ctx.sharedDataDir, "resumes"),
      "Resumes the fit pairs refer to",
    );
    const mod = await loadCapability<GapEvalModule>(
      "Fit measurement (tools/gap/eval)",
      ["tools/gap/eval/index.ts", "tools/gap/eval/fit-pairs.ts"],
      ["predictFitPairs"],
    );
    const predictions = await mod.predictFitPairs({
      pairsFile: ctx.dataOverride ? path.resolve(ctx.dataOverride) : pairsFile,
      sharedDataDir: ctx.sharedDataDir,
    });
    const { confusion, calibration: calib } = scoreFitPredictions(predictions);
    const fit = confusion.perLabel.FIT;
    const wrong = predictions.filter((p) => p.verdict !== p.label);
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
        "confidence.mean_correct": mean(
          predictions.filter((p) => p.verdict === p.label).map((p) => p.confidence),
        ),
        "confidence.mean_wrong": mean(wrong.map((p) => p.confidence)),
      },
      directions: { "confidence.mean_wrong": "lower" },
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
      examples: wrong.slice(0, 15).map((p) => ({
        title: `${p.id}: labelled ${p.label}, predicted ${p.verdict} (confidence ${p.confidence.toFixed(2)}${p.readiness !== undefined ? `, readiness ${p.readiness}` : ""})`,
        detail: p.reason ?? "",
      })),
      notes: [
        "Confidence is read as the probability that the verdict is right; ECE weights each bin's |accuracy − mean confidence| by its share of pairs.",
        `Analysis run by ${mod.modulePath}.`,
      ],
    };
  },
};

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;
}
