/**
 * A listed name never hides the evidenced skill it outranks (issue 13, robustness "claims": on an
 * outside dev pair appending the ad's missing names as a list moved FIT to UNFIT). The verdict
 * drops listed-only matches; it used to drop the whole requirement, so the related skill a role
 * evidences — credited before the name was listed — was lost, and listing lowered P(FIT).
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const listed = (id: string) =>
  skill(id, "beginner", { evidence: [], validated: false, proficiencyStated: false, source: "resume" });

describe("a listed skill beside an evidenced related one", () => {
  const ad = job({
    skills: [
      requirement("customer-service", "required"),
      requirement("java", "required", { critical: true }),
    ],
  });
  const worked = [
    skill("communication", "intermediate", { proficiencyStated: false, years: 4 }),
    skill("java", "advanced", { proficiencyStated: false, years: 5 }),
  ];

  it("is credited as before by the verdict: listing the ask's own name cannot lower P(FIT)", () => {
    const before = analyze(profile({ skills: worked }), ad, deps);
    const after = analyze(profile({ skills: [...worked, listed("customer-service")] }), ad, deps);
    // The shown skills score credits the listing in part.
    expect(after.scores.skills!).toBeGreaterThanOrEqual(before.scores.skills!);
    const f0 = before.verdictModel!.features;
    const f1 = after.verdictModel!.features;
    expect(f0.skills).toBeGreaterThan(0);
    expect(f1.skills).toBe(f0.skills);
    expect(f1.requiredUnevidenced).toBe(f0.requiredUnevidenced);
    expect(after.verdictModel!.probability).toBe(before.verdictModel!.probability);
  });
});
