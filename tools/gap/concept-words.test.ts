/**
 * Issue 13: a broad concept or method the ad asks for ("Cloud Computing", "Agile") said in a
 * role's duties by its everyday word is met when the role does the job's kind of work (O*NET
 * occupations: concept-words.ts), and stays unmet in another field's role, where the word is
 * just a word. Profiles and ads written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, parseAdText, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();

const worker = (title: string, bullets: string[]) =>
  profile({
    headline: title,
    summary: "",
    education: [{ degree: "BSc", level: "bachelor", field: "Computer Science" }],
    experience: [{ title, company: "Harbor Systems", start: "2017-03", end: "2025-10", bullets, skills: [] }],
    skills: [],
    totalYearsExperience: 8,
  });

const ad = (title: string, asks: string[]) =>
  parseAdText(`${title}\n\nRequirements:\n${asks.map((a) => `- ${a}`).join("\n")}\n`);

const gapNamed = (a: ReturnType<typeof analyze>, name: string) =>
  a.gaps.some((g) => g.kind === "required" && g.skill === name);

describe("a broad concept said in the work of the job's kind", () => {
  it("a developer who moved a system to the cloud shows Cloud Computing", () => {
    const a = analyze(
      worker("Software Developer", [
        "Moved the billing system to the cloud and kept it running there for three years",
        "Built the invoice screens and their reports",
      ]),
      ad("Software Developer", [
        "Experience with Cloud Computing",
        "Experience building business applications",
      ]),
      deps,
    );
    expect(gapNamed(a, "Cloud Computing")).toBe(false);
    expect(a.matched.find((m) => m.requirement === "Cloud Computing")?.evidence.join(" ")).toContain(
      "to the cloud",
    );
  });

  it("a developer who worked in an agile team shows Agile", () => {
    const a = analyze(
      worker("Software Developer", ["Worked in an agile team of six, shipping every two weeks"]),
      ad("Software Developer", [
        "Experience with Agile processes",
        "Experience building business applications",
      ]),
      deps,
    );
    expect(gapNamed(a, "Agile")).toBe(false);
  });

  it("a salesperson who stayed agile on the shop floor does not show Agile", () => {
    const a = analyze(
      worker("Sales Associate", ["Stayed agile on the sales floor during the holiday rush"]),
      ad("Software Developer", [
        "Experience with Agile processes",
        "Experience building business applications",
      ]),
      deps,
    );
    expect(gapNamed(a, "Agile")).toBe(true);
  });

  it("a list of words in a bullet is no work done", () => {
    const a = analyze(
      worker("Software Developer", ["Cloud, Agile, Java, Python, Docker"]),
      ad("Software Developer", ["Experience with Cloud Computing", "Experience with Agile processes"]),
      deps,
    );
    expect(gapNamed(a, "Cloud Computing")).toBe(true);
    expect(gapNamed(a, "Agile")).toBe(true);
  });
});
