/**
 * ask-pieces: the job-ad ask classifier (tools/gap/ask-classifier.ts) on 300 requirement pieces
 * of the reference ads labelled by reading (evals/data/ask-pieces: ids and text hashes only).
 * Per class precision and recall on the dev half (tuned on) and the frozen test half (not).
 */
import path from "node:path";
import { loadCapability } from "../core/capability.ts";
import { requireData } from "../core/data-files.ts";
import type { Suite } from "../core/types.ts";

interface Scores {
  pieces: number;
  accuracy: number;
  macroF1: number;
  qualificationsDropped: number;
  perClass: Record<string, { precision: number; recall: number; support: number }>;
}
interface AskPiecesModule {
  measureAskPieces(): Record<"dev" | "test", Scores> | undefined;
}

export const askPiecesSuite: Suite = {
  name: "ask-pieces",
  title: "Job-ad ask classifier on labelled ad pieces",
  description:
    "Per-class precision and recall of the ask classifier (qualification / trait / duty / other) on requirement pieces of the reference ads labelled by reading; the test half is frozen.",
  async run(ctx) {
    requireData(
      ctx,
      path.join(ctx.sharedDataDir, "job_postings/skillspan_postings_train_dev.jsonl"),
      "The reference ads",
    );
    const { measureAskPieces } = await loadCapability<AskPiecesModule>(
      "The ask-piece measure (tools/gap/eval)",
      ["tools/gap/eval/ask-pieces-measure.ts"],
      ["measureAskPieces"],
    );
    const scores = measureAskPieces()!;
    const metrics: Record<string, number> = {};
    const rows: (string | number)[][] = [];
    for (const split of ["dev", "test"] as const) {
      const s = scores[split];
      metrics[`${split}.pieces`] = s.pieces;
      metrics[`${split}.accuracy`] = s.accuracy;
      metrics[`${split}.macro_f1`] = s.macroF1;
      metrics[`${split}.qualifications_dropped`] = s.qualificationsDropped;
      for (const [c, v] of Object.entries(s.perClass)) {
        metrics[`${split}.${c}.precision`] = v.precision;
        metrics[`${split}.${c}.recall`] = v.recall;
        rows.push([split, c, v.precision, v.recall, v.support]);
      }
    }
    return {
      metrics,
      directions: { "dev.qualifications_dropped": "lower", "test.qualifications_dropped": "lower" },
      dataset: { source: "evals/data/ask-pieces/labels.jsonl (pieces read from ../shared ads)", items: 300 },
      tables: [{ title: "Per class", columns: ["split", "class", "precision", "recall", "support"], rows }],
      notes: [
        "Sampled stratified by the classifier's class at labelling time, so read per-class numbers, not accuracy, as the product's.",
      ],
    };
  },
};
