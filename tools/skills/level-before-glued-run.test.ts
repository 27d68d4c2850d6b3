/**
 * A level word rates its own object, not a keyword run glued onto it (verdict13s's replay): a
 * one-paragraph resume's duty "Basic knowledge of … System" followed by a run of names read
 * "stated Basic" for every name of the run, and "Extensive …" made a listed soft skill
 * "advanced" — a level the person never stated for them, which the verdict counts as evidence.
 * Text written here.
 */
import { describe, expect, it } from "vitest";
import { proficiencyFor, statedProficiency } from "./proficiency.ts";

const levelOf = (text: string, name: string) => {
  const start = text.indexOf(name);
  return statedProficiency(text, { start, end: start + name.length })?.level ?? null;
};

describe("a level word before a glued run of names", () => {
  const glued =
    "Basic knowledge of the leave tracking and payroll System Jenkins, Hibernate, REST APIs, Docker";
  it.each(["Jenkins", "Hibernate", "REST APIs", "Docker"])("states no level for %s", (name) => {
    expect(levelOf(glued, name)).toBeNull();
  });

  it("an 'Extensive' duty states no level for the soft skills run on after it", () => {
    const text =
      "Extensive experience keeping client accounts and vendor relations in order for the firm Interpersonal Skills, Negotiation, Excel";
    expect(levelOf(text, "Interpersonal Skills")).toBeNull();
    expect(levelOf(text, "Negotiation")).toBeNull();
    const estimate = proficiencyFor(text, [
      { start: text.indexOf("Negotiation"), end: text.indexOf("Negotiation") + 11 },
    ]);
    expect(estimate.source).toBe("inferred");
  });
});

describe("a level word still rates the names it is said of", () => {
  it.each([
    ["Expert in Java, Python, SQL", ["Java", "Python", "SQL"], "expert"],
    [
      "Advanced experience with data modelling and ETL tooling in Python, SQL, Spark",
      ["Python", "SQL", "Spark"],
      "advanced",
    ],
    ["Hands-on experience building data pipelines in Python", ["Python"], "intermediate"],
    ["Strong working knowledge of SQL and Python", ["SQL", "Python"], "intermediate"],
  ] as const)("%s", (text, names, level) => {
    for (const name of names) expect(levelOf(text, name)).toBe(level);
  });

  it("the nearest cue of the clause still wins", () => {
    const text = "Familiar with Docker; expert in Java";
    expect(levelOf(text, "Docker")).toBe("beginner");
    expect(levelOf(text, "Java")).toBe("expert");
  });
});
