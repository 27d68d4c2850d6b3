import { describe, expect, it } from "vitest";
import { taxonomySkillResolver } from "./context.ts";
import { analyzeQuery } from "./query-analysis.ts";

describe("query analysis", () => {
  const resolveSkill = taxonomySkillResolver();
  it("finds skills and a role in a natural request", () => {
    const q = analyzeQuery("kubernetes and terraform questions for a devops engineer", resolveSkill);
    expect(q.skills).toEqual(expect.arrayContaining(["kubernetes", "terraform"]));
    expect(q.role).toBe("devops-sre");
    expect(q.tsquery).toBe("kubernetes | terraform | devops | engineer");
  });
  it("prefers multi-word skills and ignores everyday words that are also skill names", () => {
    const q = analyzeQuery("machine learning interview, I have little time", resolveSkill);
    expect(q.skills).toContain("machine-learning");
    expect(q.skills).not.toContain("time-management");
  });
  it("has no full-text query for a request without content words", () => {
    expect(analyzeQuery("how do I", resolveSkill).tsquery).toBeUndefined();
  });
});

describe("a bank role word that qualifies another kind of job", () => {
  // Trial: a nurse targeting "Clinical Informatics Specialist" was drilled on bedside nursing questions.
  it.each([
    // The bank has a health informatics set now (trial 2026-12-06 F13).
    ["Clinical Informatics Specialist", "health-informatics"],
    // The bank has a clinical research set now (trial14 §8): the coordinator practises it, never nursing.
    ["clinical research coordinator", "clinical-research"],
    ["clinical nurse", "nursing"],
    ["backend developer", "backend-engineer"],
    ["devops engineer", "devops-sre"],
    ["give me clinical interview questions", "nursing"],
  ])("%s -> %s", (text, role) => {
    expect(analyzeQuery(text).role).toBe(role);
  });
});
