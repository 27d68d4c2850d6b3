/**
 * A gap line says why a skill the person holds still falls short (issue 13 trial: "Preferred
 * Microsoft PowerPoint at beginner level; you have Microsoft PowerPoint (beginner, via exact),
 * worth 75%" gave no reason; the reason was that it is only listed).
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const ask = job({ skills: [requirement("java", "required"), requirement("powerpoint", "preferred")] });
const gapFor = (skills: ReturnType<typeof skill>[], id: string) =>
  analyze(profile({ skills: [skill("java", "advanced", { years: 5 }), ...skills] }), ask, deps).gaps.find(
    (g) => g.skillId === id,
  );

describe("the reason of a gap held at the asked level", () => {
  it("says a listed-only skill is only listed, with nothing behind it", () => {
    const listed = skill("powerpoint", "beginner", {
      proficiencyStated: false,
      evidence: [],
      validated: false,
    });
    const gap = gapFor([listed], "powerpoint");
    expect(gap?.reason).toMatch(/worth 75%/);
    expect(gap?.reason).toMatch(
      /only listed on your profile, with no role, project or certificate behind it/,
    );
  });

  it("says a level below the ask is the shortfall", () => {
    const a = job({ skills: [requirement("java", "required", { level: "advanced" })] });
    const gap = analyze(profile({ skills: [skill("java", "beginner", { years: 1 })] }), a, deps).gaps.find(
      (g) => g.skillId === "java",
    );
    expect(gap?.reason).toMatch(/held at beginner level, below advanced/);
    expect(gap?.reason).not.toMatch(/only listed/);
  });

  it("adds no reason to a skill that is not held at all", () => {
    expect(gapFor([], "powerpoint")?.reason).toBe(
      "Preferred Microsoft PowerPoint at beginner level is not on your profile.",
    );
  });
});
