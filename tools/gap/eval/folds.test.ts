/**
 * Grouped folds (folds.ts groupedFoldAssignment): the verdict fit's out-of-fold scores are only
 * honest when no held-out pair's resume or ad was seen in training.
 */
import { expect, it } from "vitest";
import { groupedFoldAssignment } from "./folds.ts";

// Pairs as [resume, ad]: r1 with two ads, a2 with two resumes, the rest alone.
const PAIRS = [
  ["r:1", "a:1"],
  ["r:1", "a:2"],
  ["r:2", "a:2"],
  ["r:3", "a:3"],
  ["r:4", "a:4"],
  ["r:5", "a:1"],
  ["r:6", "a:6"],
  ["r:7", "a:7"],
];

it("keeps every pair sharing a resume or an ad, directly or through another pair, in one fold", () => {
  for (const seed of [0, 1, 2, 7]) {
    const fold = groupedFoldAssignment(PAIRS, 3, seed);
    // r:1 ~ a:1 ~ a:2 ~ r:2 ~ r:5: pairs 0, 1, 2 and 5 are one group.
    expect(new Set([fold[0], fold[1], fold[2], fold[5]]).size).toBe(1);
    for (let i = 0; i < PAIRS.length; i++)
      for (let j = 0; j < PAIRS.length; j++)
        if (PAIRS[i]!.some((k) => PAIRS[j]!.includes(k))) expect(fold[i]).toBe(fold[j]);
  }
});

it("deals groups largest first to the emptiest fold, and a seed changes which singles go where", () => {
  const fold = groupedFoldAssignment(PAIRS, 3, 0);
  const sizes = [0, 1, 2].map((f) => fold.filter((x) => x === f).length).sort();
  expect(sizes).toEqual([2, 2, 4]);
  const another = [1, 2, 3, 4, 5].map((seed) => groupedFoldAssignment(PAIRS, 3, seed).join(","));
  expect(new Set([fold.join(","), ...another]).size).toBeGreaterThan(1);
});
