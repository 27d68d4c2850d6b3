import { describe, expect, it } from "vitest";
import { parseResumeText } from "../../resume/parse-text.ts";
import { loadSkillExtractor } from "../../resume/skills-port.ts";

// An invented student resume: the tools listed in a skills block, then used in an internship.
const RESUME = `Dana Okafor
dana.okafor@example.com

SKILLS
Languages: Java, Python, Go, SQL
Tools: Docker, Git, Postman

EXPERIENCE
Backend Intern, Lakeside Parcel Co, Jun 2024 - Aug 2024
- Wrote a small REST API in Go for the returns desk, used by 40 agents.
- Added integration tests to the label printing service and lifted its code coverage from 49% to 77%.

EDUCATION
BSc Computer Science, University of Leeds, 2025
`;

/**
 * trial13 (finding 14): a fit said "you have Go only listed on your profile" for a person whose
 * internship bullet built an API in Go, and called testing a gap although the same role added
 * integration tests and raised coverage. The role is the evidence: both skills are credited to it.
 */
describe("skills shown in a role's bullets are credited to the role", () => {
  it("credits Go, the tests and the coverage to the internship", async () => {
    const parsed = await parseResumeText(RESUME, {
      now: new Date("2026-12-01T00:00:00Z"),
      skills: await loadSkillExtractor(),
    });
    const skill = (id: string) => parsed.skills.find((s) => s.id === id);
    for (const id of ["go", "testing", "unit-testing"]) {
      expect(skill(id), id).toBeDefined();
      expect(skill(id)!.validated, id).toBe(true);
      expect(skill(id)!.evidence.join(" "), id).toContain("Backend Intern");
    }
    // The listed-only languages stay listed only.
    expect(skill("java")?.validated).toBe(false);
  });
});

describe("the bar a known skill is judged at follows the spelling the person wrote", () => {
  it("judges 'integration tests' and 'Golang' as plain claims, 'testing' and 'Go' as words read with context", async () => {
    const { extractSkills } = await import("../extract.ts");
    const { isSpecificKnown, readWithContext } = await import("./index.ts");
    const skill = (text: string, id: string) => extractSkills(text).find((s) => s.id === id)!;
    expect(isSpecificKnown(skill("Skills: integration tests, Jenkins", "testing"))).toBe(true);
    expect(isSpecificKnown(skill("Skills: Golang, Jenkins", "go"))).toBe(true);
    expect(readWithContext(skill("Skills: testing, Jenkins", "testing"))).toBe(true);
    expect(readWithContext(skill("Skills: Go, Jenkins", "go"))).toBe(true);
  });
});
