/**
 * evals/data/blind6 is a frozen blind split (issue 12, written 2026-12-05 when blind5 became
 * a dev set): nothing may train on it. Its writer never read the training lines, yet natural phrasings
 * meet them: near-training.json records, as written by this same rule, which of its lines were
 * already within word Jaccard >= 0.6 (or the same words) of a training line. A training line
 * added later that comes near any other blind6 line fails here — the split would start
 * measuring memory, not understanding. The failure names only the training lines to delete,
 * never a blind6 line, so whoever adds lines never sees the split they are measured against.
 * (`node --import tsx scripts/split-near-training.ts blind6` rewrites the record; only when
 * the split is rewritten.)
 */
import { describe, expect, it } from "vitest";
import { frozenSplit, recordedNearLines } from "./split-overlap.ts";

const blind6 = frozenSplit("blind6");

describe("intent training data and the frozen blind6 split", () => {
  it("comes near no blind6 line beyond those recorded when the split was written", () => {
    // Delete any line listed here (do not reword it).
    expect(blind6.trainingLinesNearNew(recordedNearLines(blind6))).toEqual([]);
  });
});
