/**
 * evals/data/blind5 is a frozen blind split (issue 12, written 2026-12-05 when blind3 and blind4
 * became dev sets): nothing may train on it. Its writer never read the training lines, yet natural phrasings
 * meet them: near-training.json records, as written by this same rule, which of its lines were
 * already within word Jaccard >= 0.6 (or the same words) of a training line. A training line
 * added later that comes near any other blind5 line fails here — the split would start
 * measuring memory, not understanding. The failure names only the training lines to delete,
 * never a blind5 line, so whoever adds lines never sees the split they are measured against.
 * (`node --import tsx scripts/split-near-training.ts blind5` rewrites the record; only when
 * the split is rewritten.)
 */
import { describe, expect, it } from "vitest";
import { frozenSplit, recordedNearLines } from "./split-overlap.ts";

const blind5 = frozenSplit("blind5");

describe("intent training data and the frozen blind5 split", () => {
  it("comes near no blind5 line beyond those recorded when the split was written", () => {
    // Delete any line listed here (do not reword it).
    expect(blind5.trainingLinesNearNew(recordedNearLines(blind5))).toEqual([]);
  });
});
