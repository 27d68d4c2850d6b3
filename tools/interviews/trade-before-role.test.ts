/**
 * Found trying the product as a teacher aiming at instructional design: practice gave
 * "How would you design a form that people abandon less often?" and scored her answer
 * against UX points. "instructional designer" was read as the bank's UX designer through
 * the bare alias "designer". A head word ("designer", "developer", "analyst") names the
 * bank's role only when nothing unknown qualifies it ("senior designer", "java developer").
 */
import { describe, expect, it } from "vitest";
import { taxonomySkillResolver } from "./context.ts";
import { analyzeQuery } from "./query-analysis.ts";
import { roleToPractise } from "./service.ts";

const resolveSkill = taxonomySkillResolver();
const role = (text: string) => analyzeQuery(text, resolveSkill).role;

describe("a bank role from a job title", () => {
  it("does not read another trade's designer, developer or analyst as the bank's", () => {
    // The bank has an instructional design set of its own now (trial 2026-12-06 F13): never UX.
    expect(role("Instructional Designer")).toBe("instructional-design");
    expect(role("interior designer")).toBeUndefined();
    expect(role("real estate developer")).toBeUndefined();
  });
  it("still reads the bare word, a graded one, a skill-qualified one and known phrases", () => {
    expect(role("questions for a designer")).toBe("ux-designer");
    expect(role("senior designer")).toBe("ux-designer");
    expect(role("java developer")).toBe("software-engineer");
    expect(role("web developer")).toBe("frontend-engineer");
    expect(role("business analyst")).toBe("data-analyst");
    expect(role("Senior Accountant")).toBe("accounting-finance");
  });
});

describe("the role practised when the person names none", () => {
  // trial12e: a career changer prepares for the target's interviews, never the held job's
  // (a nurse moving into health informatics was drilled on nursing); a target the bank has
  // no role for is practised on its own skills (target-questions.ts).
  it("is the target's whenever there is one, else the held title's", () => {
    expect(roleToPractise("Instructional Designer", "Mathematics Teacher")).toBe("Instructional Designer");
    expect(roleToPractise("Senior Accountant", "Staff Accountant")).toBe("Senior Accountant");
    expect(roleToPractise("Operations Manager", "Warehouse Supervisor")).toBe("Operations Manager");
    expect(roleToPractise(undefined, "Registered Nurse")).toBe("Registered Nurse");
  });
});

describe("a career changer's target named the long way (trial12)", () => {
  // A nurse aiming at UX was drilled on nursing questions: the role finder names her target
  // "User Experience Designer", which no alias of the bank's UX role matched.
  it("practises the target's questions, not the old job's", () => {
    expect(role("User Experience Designer")).toBe("ux-designer");
    expect(role("UX Researcher")).toBe("ux-designer");
    expect(roleToPractise("User Experience Designer", "Charge Nurse")).toBe("User Experience Designer");
  });
});
