/**
 * The fit eval's oof.* are the committed procedure run on the analyses at hand, not a number a
 * fit recorded (branch verdict13u: the team part's FIT F1 was recorded 0.683 on 2026-12-04 and
 * read 0.579 on 2026-12-06's analyses while the gate kept reading 0.683). The team pairs' ids
 * and labels are the repo's (evals/data/fit/pairs.jsonl); their inputs are made up here, so the
 * scores must follow them.
 */
import { expect, it } from "vitest";
import { FEATURE_NAMES, FEATURE_SIGN, verdictModel } from "../verdict-model.ts";
import { loadPairs } from "./fit-set.ts";
import { type AnalysedPair, groupedOutOfFoldOf } from "./live-out-of-fold.ts";
import { SEEDS } from "./verdict-fit.ts";

/**
 * Every input pushed `lean` of its fitted spread toward FIT (lean > 0) or UNFIT (lean < 0); no
 * hard rule's input set (a rule-decided pair is the rule's, not the model's).
 */
function leaning(lean: number): Record<string, number> {
  const model = verdictModel();
  return Object.fromEntries(
    FEATURE_NAMES.map((name) => {
      if (name === "hardUnmet" || name === "mustHaveMissing") return [name, 0];
      const i = model.features.indexOf(name);
      const mean = i < 0 ? 0.5 : model.mean[i]!;
      const scale = i < 0 ? 0.2 : model.scale[i]!;
      return [name, Math.min(1, Math.max(0, mean + lean * FEATURE_SIGN[name] * scale))];
    }),
  );
}

const pairs = (separable: boolean): AnalysedPair[] =>
  loadPairs().map((p) => {
    const fit = p.label === "FIT";
    return {
      id: p.id,
      label: p.label,
      features: leaning((fit === separable ? 1 : -1) * 1.5),
      completeness: 1,
    };
  });

it("scores the analyses it is given: the same labels read right when their inputs agree, wrong when they disagree", () => {
  const agree = groupedOutOfFoldOf(pairs(true), []);
  const disagree = groupedOutOfFoldOf(pairs(false), []);
  expect(agree).toMatchObject({ folds: 6, seeds: SEEDS.length });
  // The frozen quarter (every 4th pair) and the BORDERLINE ones are never scored.
  const teamTraining = loadPairs().filter(
    (p, i) => i % 4 !== 3 && p.label !== "BORDERLINE" && !p.dev_duplicate,
  );
  expect(agree!.team.predictions).toBe(SEEDS.length * teamTraining.length);
  expect(agree!.team.accuracy).toBeGreaterThan(0.9);
  // Inputs that argue against the labels: the model (its weights kept on their sides) finds no FIT.
  expect(disagree!.team.recallFit).toBeLessThan(0.5);
  expect(disagree!.team.accuracy).toBeLessThan(agree!.team.accuracy);
});

it("says which pair came without the model's inputs", () => {
  const [first, ...rest] = pairs(true);
  expect(() => groupedOutOfFoldOf([{ id: first!.id, label: first!.label }, ...rest], [])).toThrow(
    new RegExp(`pair ${first!.id}: the analysis recorded no verdict inputs`),
  );
});
