import { describe, expect, it } from "vitest";
import { errorBreakdown } from "./employer-errors.ts";

/**
 * The breakdown says where a missed employer with no candidate is written: a section the
 * scorer is not offered, or a name one line wrap cut in two (invented resume text).
 */
describe("errorBreakdown: where missed employers with no candidate are written", () => {
  const text =
    "Experience\nAnalyst, 2019 - 2021\nEducation\nWorked at Brightwater Mills as an intern\nRiver Valley\nCooperative";
  const read = (gold: string[]) => ({
    path: "txt",
    gold,
    listed: [],
    candidates: [],
    threshold: 0.5,
    parsed: {
      text,
      sections: [
        { kind: "experience", start: 0, end: text.indexOf("Education") },
        { kind: "education", start: text.indexOf("Education"), end: text.length },
      ],
    },
  });

  it("tallies the section of the line and a name across a line break", () => {
    const table = errorBreakdown([read(["Brightwater Mills", "River Valley Cooperative", "Nowhere Ltd"])]);
    expect(table).toContain("| in education | 1 |");
    expect(table).toContain("| across a line break | 1 |");
    expect(table).toContain("| not in the text as parsed | 1 |");
  });

  it("adds no table when the parse is not known", () => {
    const { parsed: _, ...bare } = read(["Brightwater Mills"]);
    expect(errorBreakdown([bare])).not.toContain("missed with no candidate: written");
  });
});
