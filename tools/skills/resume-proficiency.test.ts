import { describe, expect, it } from "vitest";
import type { ResumeSkill } from "../resume/types.ts";
import { extractSkills } from "./extract.ts";
import { estimateResumeProficiency } from "./resume-proficiency.ts";

function resumeSkill(text: string, id: string, extra: Partial<ResumeSkill> = {}): ResumeSkill {
  const found = extractSkills(text).find((s) => s.id === id)!;
  return {
    id,
    name: found.name,
    spans: found.spans,
    sections: [],
    validated: false,
    evidence: [],
    ...extra,
  } as ResumeSkill;
}

describe("estimateResumeProficiency", () => {
  it("prefers what the person wrote over the parser's years", () => {
    const text = "Skills: Docker (basic), Python";
    const docker = estimateResumeProficiency(resumeSkill(text, "docker", { years: 6, validated: true }), {
      text,
    });
    expect(docker).toEqual({ proficiency: "beginner", reason: 'stated: stated "basic"', stated: true });
  });

  it("uses years and recency when nothing is stated", () => {
    const text = "Skills: Python";
    const now = new Date("2025-01-01");
    const python = estimateResumeProficiency(
      resumeSkill(text, "python", { years: 5, lastUsed: "2024" }),
      { text },
      now,
    );
    expect(python).toMatchObject({ proficiency: "advanced", stated: false });
    expect(python.reason).toMatch(/^inferred: 5 years of use/);
  });

  it("never makes a skill expert from a listing alone", () => {
    const text = "Skills: Kubernetes (expert), Terraform (10 years)";
    const listed = (id: string, extra: Partial<ResumeSkill> = {}) =>
      estimateResumeProficiency(resumeSkill(text, id, extra), { text }, new Date("2025-01-01"));
    for (const id of ["kubernetes", "terraform"]) {
      const p = listed(id);
      expect(p.proficiency, id).toBe("advanced");
      expect(p.reason, id).toMatch(/expert needs a role, project or certificate/);
    }
    // Backed by a role, the person's own "expert" stands.
    expect(listed("kubernetes", { validated: true, evidence: ["experience: SRE"] }).proficiency).toBe(
      "expert",
    );
  });
});
