import { describe, expect, it } from "vitest";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";
import { normaliseAdText } from "./segments.ts";

const extract = (text: string) => extractSkills(text, { section: "job ad" });

// A page saved in Windows-1252 and read as Latin-1 keeps its bullets (byte 0x95) and curly
// apostrophes (0x92) as C1 control characters. 51 of the 198 reference ads came that way
// (issue 13, 2026-12-04): a bullet glued to its item read the whole list as one long ask.
const BULLET = "\u0095";
const AD = [
  "Warehouse Team Leader",
  "About the job",
  "You will lead a team of twelve pickers on the early shift.",
  "Requirements:",
  `${BULLET}Three years of experience in a warehouse${BULLET}Forklift licence${BULLET}Good spoken English${BULLET}You\u0092re calm when the trucks run late`,
].join("\n");

describe("an ad with Windows-1252 punctuation read as Latin-1", () => {
  it("reads its bullets, apostrophes and quotes as the characters they were", () => {
    expect(normaliseAdText(`${BULLET}Payroll it\u0092s \u0093urgent\u0094 \u0096 now`)).toBe(
      " • Payroll it’s “urgent” – now",
    );
  });

  it("reads a bulleted list as one ask per item", () => {
    const lines = (parseJobPosting(AD, extract).requirementLines ?? []).map((l) => l.text);
    expect(lines).toEqual(
      expect.arrayContaining([
        "Three years of experience in a warehouse",
        "Forklift licence",
        "Good spoken English",
      ]),
    );
    expect(lines.some((l) => l.includes("Forklift") && l.includes("English"))).toBe(false);
  });
});
