/**
 * The one check every frozen blind split's overlap test makes (agent/planner/nlu/blindN-overlap
 * .test.ts): no intent training line comes near a line of the split other than those recorded in
 * its near-training.json when it was written. The failure lists only training lines (delete them,
 * do not reword them), never a line of the split, so whoever adds training lines never sees the
 * split they are measured against. The logic itself is agent/planner/nlu/split-overlap.ts.
 */
import { describe, expect, it } from "vitest";
import { frozenSplit, recordedNearLines } from "../agent/planner/nlu/split-overlap.ts";

export function describeFrozenSplitOverlap(folder: string): void {
  const split = frozenSplit(folder);
  describe(`intent training data and the frozen ${folder} split`, () => {
    it(`comes near no ${folder} line beyond those recorded when the split was written`, () => {
      // Delete any line listed here (do not reword it).
      expect(split.trainingLinesNearNew(recordedNearLines(split))).toEqual([]);
    });
  });
}
