import { describe, expect, it } from "vitest";
import { extractSkills } from "./extract.ts";
import { inferProficiency, proficiencyFor, statedProficiency, statedYears } from "./proficiency.ts";

function levelOf(text: string, id: string, evidence = {}) {
  const skill = extractSkills(text).find((s) => s.id === id);
  if (!skill) throw new Error(`${id} not found in ${text}`);
  return proficiencyFor(text, skill.spans, evidence);
}

describe("stated proficiency", () => {
  it.each([
    ["Expert in Go and Rust", "go", "expert"],
    ["Expert in Go and Rust", "rust", "expert"],
    ["Familiar with Docker; proficient in Python", "docker", "beginner"],
    ["Familiar with Docker; proficient in Python", "python", "intermediate"],
    ["Basic knowledge of SQL", "sql", "beginner"],
    ["Java (advanced), SQL", "java", "advanced"],
    ["Kotlin - expert", "kotlin", "expert"],
    ["Python 4/5", "python", "advanced"],
    ["Fluent in French", "french", "advanced"],
  ])("%s: %s is %s", (text, id, level) => {
    expect(levelOf(text, id)).toMatchObject({ level, source: "stated" });
  });

  it("keeps one item's tag off the next item and product names off the levels", () => {
    expect(levelOf("Java (advanced), SQL", "sql").source).toBe("inferred");
    expect(levelOf("Visual Basic, Java", "java").source).toBe("inferred");
    expect(levelOf("React Native, TypeScript", "typescript").source).toBe("inferred");
    expect(levelOf("machine learning with Python", "python").source).toBe("inferred");
  });

  it("the person's statement wins over years", () => {
    const p = levelOf("Familiar with Docker", "docker", { years: 9 });
    expect(p).toMatchObject({ level: "beginner", source: "stated" });
    expect(p.reason).toMatch(/Familiar/);
  });

  it("returns null when nothing is stated", () => {
    expect(statedProficiency("I used Git daily", { start: 7, end: 10 })).toBeNull();
  });
});

describe("inferred proficiency", () => {
  const now = new Date("2025-06-01");
  it.each([
    [0.5, "beginner"],
    [2, "intermediate"],
    [5, "advanced"],
    [10, "expert"],
  ])("%s years -> %s", (years, level) => {
    expect(inferProficiency({ years, now })).toMatchObject({ level, source: "inferred" });
  });

  it("lowers a level for skills not used for over five years, and says why", () => {
    const p = inferProficiency({ years: 6, lastUsed: "2012", now });
    expect(p.level).toBe("intermediate");
    expect(p.reason).toMatch(/last used 2012/);
    expect(inferProficiency({ years: 6, lastUsed: "Present", now }).level).toBe("advanced");
  });

  it("without years: evidence -> intermediate, a bare list -> beginner", () => {
    expect(inferProficiency({ validated: true }).level).toBe("intermediate");
    expect(inferProficiency({}).level).toBe("beginner");
  });

  it("reads years written next to a mention", () => {
    expect(statedYears("C++ (3 years)", { start: 0, end: 3 })).toBe(3);
    expect(statedYears("SQL (Less than 1 year)", { start: 0, end: 3 })).toBe(0.5);
    expect(levelOf("Skills: C++ (5 years)", "cpp")).toMatchObject({ level: "advanced", source: "inferred" });
  });
});
