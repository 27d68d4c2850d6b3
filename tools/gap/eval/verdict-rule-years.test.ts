/**
 * The required-asks rule's years side (issue 13, verdict20e): a FIT whose must-have years ask is
 * held well short ("1.1 of 2 years, adjacent work") may be ruled UNFIT when the chooser finds
 * the threshold pays on the labelled pairs, and never at the price of a right FIT of the dev or
 * team pairs. Rows written here, not read from any set.
 */
import { describe, expect, it } from "vitest";
import type { RequirementEvidence } from "../evidence.ts";
import { applyRequirementRule, requiredAsksUnmet, worstYearsAsk } from "../verdict-rule.ts";
import { choosePoint, GRID, type RuleRow, ruledVerdict } from "./verdict-rule-choose.ts";

const OFF = { coverageBelow: 0, gapsAtLeast: 1 };
const row = (id: string, set: string, label: RuleRow["label"], yearsAskShort: number): RuleRow => ({
  id,
  set,
  keys: [`r-${id}`, `j-${id}`],
  label,
  verdict: "FIT",
  skillsMetShare: 0.6,
  requiredGaps: 0,
  yearsAskShort,
});

describe("the required-asks rule's years side", () => {
  it("turns a FIT UNFIT only when it is on and the years ask is held that short", () => {
    const input = { verdict: "FIT" as const, skillsMetShare: 0.6, requiredGaps: 0, describedRole: false };
    expect(requiredAsksUnmet({ ...input, yearsAskShort: 0.6 }, OFF)).toBe(false);
    expect(requiredAsksUnmet({ ...input, yearsAskShort: 0.6 }, { ...OFF, yearsShortAtLeast: 0.5 })).toBe(
      true,
    );
    expect(requiredAsksUnmet({ ...input, yearsAskShort: 0.4 }, { ...OFF, yearsShortAtLeast: 0.5 })).toBe(
      false,
    );
    expect(
      requiredAsksUnmet(
        { ...input, yearsAskShort: 1, describedRole: true },
        { ...OFF, yearsShortAtLeast: 0.5 },
      ),
    ).toBe(false);
  });

  it("reads the worst-held stated must-have years ask, and says it in the UNFIT", () => {
    const ask = (text: string, years: number, yearsHeld: number, kind = "required") =>
      ({
        requirement: { type: "years", text, kind, years },
        yearsHeld,
        similarity: 0,
        met: false,
      }) as unknown as RequirementEvidence;
    const worst = worstYearsAsk([
      ask("3+ years of payroll", 3, 2.5),
      ask("2 years of software engineering", 2, 0.9),
      ask("5 years of team leading", 5, 0, "preferred"),
    ]);
    expect(worst).toMatchObject({ asked: 2, held: 0.9 });
    expect(worst!.short).toBeCloseTo(0.55, 5);
    const ruled = applyRequirementRule(
      {
        verdict: "FIT",
        skillsMet: { met: 3, of: 5 },
        requiredGaps: [],
        unmetAsks: [],
        yearsAsk: worst!,
        readiness: 70,
        statedFitPercent: 81,
        describedRole: false,
      },
      { ...OFF, yearsShortAtLeast: 0.5, confidence: 0.8 },
    );
    expect(ruled?.verdict).toBe("UNFIT");
    expect(ruled?.reason).toMatch(/2 years as a must-have .*0\.9 years/);
  });

  it("is chosen only where it hides no right FIT of the dev or team pairs", () => {
    expect(GRID[0]).toEqual(OFF);
    const caught = [
      row("m1", "more", "UNFIT", 0.6),
      row("m2", "more", "UNFIT", 0.55),
      row("m3", "more", "UNFIT", 1),
    ];
    const point = choosePoint([...caught, row("d1", "dev", "FIT", 0.1)]);
    expect(point.yearsShortAtLeast).toBeDefined();
    expect(caught.every((r) => ruledVerdict(r, point) === "UNFIT")).toBe(true);
    // A dev FIT with no counted years (an analysis that misses its years) keeps the side off.
    expect(choosePoint([...caught, row("d2", "dev", "FIT", 1)]).yearsShortAtLeast).toBeUndefined();
  });
});
