/**
 * A new graduate against an ad written for new graduates (trial F9.1): the degree the ad asks
 * is read and met, "0-2 years" is met with no years, and what a computer science degree teaches
 * (algorithms, data structures) is not "not on your profile". Ad and profile written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, parseAdText, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";

const AD = `Associate Software Engineer
Harbor Metrics is growing its data platform team and hires recent graduates.
What we look for: a BS in CS or equivalent; working knowledge of algorithms and data structures; coding in Java or Python; 0-2 years of experience.
Good to have: Spark, Airflow.`;

const graduate = (degree: { degree: string; field: string; inProgress?: boolean }) =>
  profile({
    summary: "Recent computer science graduate who likes backend work.",
    headline: "Graduate Software Engineer",
    education: [{ ...degree, level: "bachelor", institution: "Ridgeview University", end: "2024-05" }],
    experience: [
      {
        title: "Software Intern",
        company: "Tallgrass Apps",
        start: "2023-06",
        end: "2023-08",
        bullets: ["Wrote a Java service that exported invoices to CSV."],
        skills: ["java"],
      },
    ],
    skills: [
      skill("java", "intermediate", { evidence: ["Wrote a Java service that exported invoices to CSV."] }),
    ],
    totalYearsExperience: 0.2,
  });

describe("a new graduate against a new-graduate ad", () => {
  it("reads the degree and years asks and meets them", () => {
    const a = analyze(
      graduate({ degree: "B.S. in Computer Science", field: "Computer Science" }),
      parseAdText(AD),
      gapDeps(),
    );
    expect(a.scores.education).toBe(100);
    expect(a.scores.experience).toBe(100);
    const asks = a.requirements ?? [];
    expect(asks.find((r) => r.type === "degree")?.met).toBe(true);
    expect(asks.find((r) => r.type === "years")?.met).toBe(true);
    expect(a.gaps.map((g) => g.skill)).not.toContain("Relevant experience");
  });

  it("holds what the degree teaches: algorithms and data structures are no gaps", () => {
    const a = analyze(
      graduate({ degree: "B.S. in Computer Science", field: "Computer Science" }),
      parseAdText(AD),
      gapDeps(),
    );
    const gaps = a.gaps.map((g) => g.skill);
    expect(gaps).not.toContain("Algorithms");
    expect(gaps).not.toContain("Data Structures");
    expect(a.matched.find((m) => m.skillId === "algorithms")?.evidence.join(" ")).toMatch(/studied/);
  });

  it("gives nothing for a degree still in progress or in another field", () => {
    for (const degree of [
      { degree: "B.S. in Computer Science", field: "Computer Science", inProgress: true },
      { degree: "B.A. in History", field: "History" },
    ]) {
      const gaps = analyze(graduate(degree), parseAdText(AD), gapDeps()).gaps.map((g) => g.skill);
      expect(gaps).toContain("Algorithms");
    }
  });

  it("asks no typical year of a new graduate when a junior ad says new graduates are welcome", () => {
    const junior = `Junior Software Engineer
Harbor Metrics hires engineers early in their careers; new grads welcome.
What we look for: a BS in CS or equivalent; coding in Java or Python.`;
    const a = analyze(
      graduate({ degree: "B.S. in Computer Science", field: "Computer Science" }),
      parseAdText(junior),
      gapDeps(),
    );
    expect(a.gaps.map((g) => g.skill)).not.toContain("Relevant experience");
    expect(a.scores.experience).toBe(100);
  });
});
