/**
 * Found trying the chat as a teacher (trial12d): after "i prefer remote work" the reanalysis said
 * "What changed: skills 46 → 49, technicalSkills 46 → 49" — a code name shown to a person.
 */
import { expect, it } from "vitest";
import { compareAnalyses } from "./compare.ts";
import { type Analysis, SCORE_KEYS } from "./types.ts";

const scored = (values: Partial<Record<(typeof SCORE_KEYS)[number], number>>) =>
  ({
    verdict: "FIT",
    gaps: [],
    scores: Object.fromEntries(SCORE_KEYS.map((k) => [k, values[k] ?? null])),
  }) as unknown as Analysis;

it("names each changed score the way a person reads it", () => {
  const c = compareAnalyses(
    scored({ technicalSkills: 46, cultureFit: 50 }),
    scored({ technicalSkills: 49, cultureFit: 40, softSkills: 70 }),
  );
  expect(c.improved).toEqual(["technical skills 46 → 49", "soft skills now scored (70)"]);
  expect(c.worsened).toEqual(["culture fit 50 → 40"]);
});
