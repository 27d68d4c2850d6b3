/**
 * A small but complete results object (every chart kind, every status) used by the
 * report tests; built with the real metric helpers so the numbers are consistent.
 */
import type { EvalResults } from "../core/types.ts";
import { calibration } from "../metrics/calibration.ts";
import { confusionMatrix } from "../metrics/classification.ts";

export function sampleResults(): EvalResults {
  const calib = calibration([
    { confidence: 0.92, correct: true },
    { confidence: 0.88, correct: true },
    { confidence: 0.81, correct: false },
    { confidence: 0.64, correct: true },
    { confidence: 0.55, correct: false },
  ]);
  const confusion = confusionMatrix(
    [
      { gold: "analyze_fit", predicted: "analyze_fit" },
      { gold: "analyze_fit", predicted: "explain_score" },
      { gold: "show_skills", predicted: "show_skills" },
    ],
    ["analyze_fit", "explain_score", "show_skills"],
  );
  const base = { description: "What is measured.", durationMs: 1200, directions: {} };
  return {
    version: 1,
    startedAt: "2026-01-01T00:00:00.000Z",
    finishedAt: "2026-01-01T00:00:05.000Z",
    model: "offline",
    fast: false,
    node: "v20",
    suites: [
      {
        ...base,
        name: "resume-parsing",
        title: "Resume parsing",
        status: "passed",
        metrics: { "email.f1": 0.99, "name.f1": 0.93 },
        checks: [{ metric: "email.f1", min: 0.98, actual: 0.99, passed: true, reason: "Issue floor." }],
        charts: [
          {
            kind: "bars",
            title: "Per field",
            series: ["precision", "recall", "F1"],
            max: 1,
            groups: [
              { label: "email", values: [1, 0.98, 0.99] },
              { label: "name", values: [0.95, 0.91, 0.93] },
            ],
          },
        ],
        tables: [{ title: "Per field", columns: ["field", "F1"], rows: [["email", 0.99]] }],
      },
      {
        ...base,
        name: "fit",
        title: "FIT/UNFIT verdict",
        status: "failed",
        metrics: { accuracy: 0.6, ece: calib.ece },
        checks: [
          { metric: "accuracy", min: 0.8, actual: 0.6, passed: false, reason: "Verdict must be right." },
        ],
        charts: [
          { kind: "reliability", title: "Calibration", bins: calib.bins, ece: calib.ece },
          { kind: "confusion", title: "Intents", labels: confusion.labels, matrix: confusion.matrix },
        ],
        examples: [{ title: "fit-01 <b>", detail: "labelled FIT, predicted UNFIT" }],
      },
      {
        ...base,
        name: "retrieval",
        title: "Retrieval",
        status: "not_available",
        reason: "Not built yet.",
        metrics: {},
        checks: [],
      },
      {
        ...base,
        name: "latency",
        title: "Latency",
        status: "skipped",
        reason: "No data.",
        metrics: {},
        checks: [],
      },
    ],
  };
}
