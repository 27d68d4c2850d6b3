/**
 * A value read across a line break keeps one space, not the break: the employer and school of a
 * resume whose lines break inside names (a wall of text laid out as a PDF). Functions under test
 * are the ones parse-text.ts applies to every parsed entry.
 */
import { describe, expect, it } from "vitest";
import { educationOnOneLine, experienceOnOneLine } from "./one-line-values.ts";

describe("values read across a line break", () => {
  it("joins an employer and a title with one space", () => {
    const job = experienceOnOneLine({
      title: "Senior\nDeveloper",
      company: "International\n Partouche Technologies",
      bullets: [],
      skills: [],
      confidence: 0.5,
    });
    expect([job.title, job.company]).toEqual(["Senior Developer", "International Partouche Technologies"]);
  });

  it("joins a school and leaves a value without a break as it was", () => {
    const entry = { institution: "University of\nLondon", degree: "LLM", confidence: 0.8 };
    expect(educationOnOneLine(entry)).toEqual({
      institution: "University of London",
      degree: "LLM",
      confidence: 0.8,
    });
    const plain = { institution: "Delft Polytechnic", confidence: 0.8 };
    expect(educationOnOneLine(plain)).toBe(plain);
  });
});
