/**
 * A skill "validated" only by the section it sits in — no line of it quoted, no dates, no level
 * said — counts for the shown scores, never for the verdict (verdict13s's replay: an ad sentence
 * pasted after a one-paragraph resume made the parser mark Kubernetes validated, and the
 * verdict's view met 5 of 34 asks instead of 1). For the verdict it weighs as a listing does.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { SECTION_ONLY_NOTE } from "./match.ts";

const deps = gapDeps();
const posting = job({
  skills: [
    requirement("kubernetes", "required"),
    requirement("docker", "required"),
    requirement("python", "required"),
  ],
});
const worked = skill("python", "intermediate", {
  years: 4,
  evidence: ["built the billing service in Python"],
});
const run = (kubernetes: ReturnType<typeof skill>) =>
  analyze(profile({ skills: [worked, kubernetes] }), posting, deps);

const sectionOnly = skill("kubernetes", "intermediate", {
  proficiencyStated: false,
  evidence: [],
  validated: true,
});
const listed = skill("kubernetes", "intermediate", {
  proficiencyStated: false,
  evidence: [],
  validated: false,
});
const used = skill("kubernetes", "intermediate", {
  proficiencyStated: false,
  evidence: ["moved the billing service onto Kubernetes"],
  years: 2,
});

describe("a skill validated by its section alone", () => {
  it("is not met in the verdict's view, as a listing is not, and says why in its evidence", () => {
    const a = run(sectionOnly);
    expect(a.verdictModel?.skillsMet).toEqual(run(listed).verdictModel?.skillsMet);
    expect(a.verdictModel?.skillsMet?.met).toBe(1);
    expect(a.matched.find((m) => m.skillId === "kubernetes")?.evidence).toContain(SECTION_ONLY_NOTE);
    expect(a.verdictModel?.probability).toBeCloseTo(run(listed).verdictModel?.probability ?? -1, 2);
  });

  it("a line of work, dates or a stated level behind it still meet the ask", () => {
    expect(run(used).verdictModel?.skillsMet?.met).toBe(2);
    const stated = skill("kubernetes", "advanced", {
      proficiencyStated: true,
      evidence: [],
      validated: true,
    });
    expect(run(stated).matched.find((m) => m.skillId === "kubernetes")?.evidence).not.toContain(
      SECTION_ONLY_NOTE,
    );
  });
});
