import { describe, expect, it } from "vitest";
import { textPdf } from "../../../test-support/text-pdf.ts";
import { resolveLimits } from "./limits.ts";
import { pdfText } from "./pdf.ts";
import { drawnText, restoreSpaces } from "./pdf-spacing.ts";

describe("restoreSpaces", () => {
  it("writes two spaces where the page drew two or more, one where it drew one", () => {
    expect(
      restoreSpaces(["Ada Park Data Analyst", "Lumen Labs"], "Ada Park   Data Analyst  Lumen Labs"),
    ).toEqual(["Ada Park  Data Analyst", "  Lumen Labs"]);
  });

  it("gives up (undefined) when the items and the drawn glyphs do not line up", () => {
    expect(restoreSpaces(["Ada Park"], "Zed Quinn")).toBeUndefined();
  });

  it("reads the glyphs of text operators, ligatures as their letters", () => {
    const glyphs = [{ unicode: "\ufb01" }, { unicode: "x" }, -120, { unicode: " " }, { unicode: " " }];
    expect(drawnText({ fnArray: [31, 44], argsArray: [null, [glyphs]] })).toBe("fix  ");
  });
});

describe("a resume written as one wrapped paragraph (issue 14)", () => {
  // Made-up fields, separated by two spaces as a pasted one-line resume separates them.
  const fields = [
    "Ada Park",
    "Data Analyst",
    "Lumen Labs Pvt Ltd",
    "Pune, Maharashtra",
    ...Array.from({ length: 14 }, (_, i) => `Built reporting pipeline number ${i + 1} for the finance team`),
    "Bachelor of Science in Statistics",
    "Fergus College",
  ];
  // Greedy wrap at 495 pt of 11 pt Helvetica (its widths per 1000 em): every line ends
  // where the next word would not have fitted, as a writer's program wraps.
  const HELVETICA: Record<string, number> = {
    " ": 278,
    ",": 278,
    f: 278,
    t: 278,
    i: 222,
    j: 222,
    l: 222,
    r: 333,
    m: 833,
    w: 722,
    c: 500,
    k: 500,
    s: 500,
    v: 500,
    x: 500,
    y: 500,
    z: 500,
    A: 667,
    B: 667,
    C: 722,
    D: 722,
    E: 667,
    F: 611,
    L: 556,
    M: 833,
    P: 667,
    S: 667,
    T: 611,
  };
  const em = (c: string) => (HELVETICA[c] ?? 556) / 1000;
  const width = (s: string) => [...s].reduce((sum, c) => sum + em(c) * 11, 0);
  const lines: string[] = [];
  let current = "";
  for (const word of fields.join("  ").split(/(?<= )(?=\S)/)) {
    if (width((current + word).trimEnd()) > 495) {
      lines.push(current);
      current = "";
    }
    current += word;
  }
  lines.push(current);

  it("keeps the two-space separators, so the fields read as they do in the plain text", async () => {
    const { text } = await pdfText(textPdf(lines), resolveLimits({}));
    const pieces = text.split(/ {2,}|\n/).map((p) => p.trim());
    expect(pieces.slice(0, 4)).toEqual([
      "Ada Park",
      "Data Analyst",
      "Lumen Labs Pvt Ltd",
      "Pune, Maharashtra",
    ]);
    expect(pieces).toContain("Bachelor of Science in Statistics");
    expect(pieces).toContain("Fergus College");
  });
});
