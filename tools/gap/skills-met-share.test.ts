/**
 * The learned verdict's input skillsMetShare (verdict-model.ts): the share of the job's skill
 * requirements met in full by evidence — the count the skills score shows, in the verdict's
 * view, so a skill only listed meets nothing and keyword stuffing cannot raise it. Not yet an
 * input of the committed model (eval/verdict-inputs.ts CARRYING_INPUTS says why).
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const listedOnly = (id: string) =>
  skill(id, "intermediate", {
    proficiencyStated: false,
    proficiencyReason: "listed",
    evidence: [],
    validated: false,
  });

describe("the share of skill requirements met, as the verdict reads it", () => {
  const backend = job({
    skills: ["java", "spring-boot", "sql", "kubernetes"].map((id) => requirement(id, "required")),
  });

  it("is the skills met in full over the skills asked", () => {
    const a = analyze(profile(), backend, deps);
    const met = a.verdictModel!.skillsMet!;
    expect(met.of).toBe(4);
    expect(a.verdictModel!.features.skillsMetShare).toBeCloseTo(met.met / met.of, 6);
  });

  it("does not rise when the missing skills are only listed", () => {
    const plain = analyze(profile(), backend, deps).verdictModel!.features.skillsMetShare;
    expect(plain).toBeLessThan(1);
    const stuffed = profile({ skills: [...profile().skills, listedOnly("kubernetes")] });
    expect(analyze(stuffed, backend, deps).verdictModel!.features.skillsMetShare).toBe(plain);
  });

  it("stands at the middle when the job names no skill requirement", () => {
    const a = analyze(profile(), job({ skills: [] }), deps);
    expect(a.verdictModel!.features.skillsMetShare).toBe(0.5);
  });
});
