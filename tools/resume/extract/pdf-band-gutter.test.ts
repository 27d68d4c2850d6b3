/**
 * A two-column band on a page that is otherwise one column (resume14x's note): the side
 * column's lines and the main column's lines are read apart, column by column, where main read
 * each row as one line ("KEY SKILLS Harbourline Freight, Rotterdam"); full-width paragraphs
 * around the band still have their wrapped lines joined. One-column pages whose rows have a
 * second field at a fixed x (a tab stop of dates, "Label:  value" rows) are not split.
 * Resumes invented; PDFs laid out by pdfkit and read by the real extractor.
 */
import { describe, expect, it } from "vitest";
import { type PdfParagraph, pdfkitResume } from "../../../test-support/fixtures/resume/pdfkit-resume.ts";
import { extractDocument } from "./index.ts";
import { DEFAULT_LIMITS } from "./limits.ts";

const textOf = async (paragraphs: PdfParagraph[]) =>
  (await extractDocument(await pdfkitResume(paragraphs), DEFAULT_LIMITS)).text.split("\n");

const PROFILE =
  "Coordinator who keeps freight moving on time and on budget across twelve European lanes, trusted by carriers and customers alike for calm planning and clear communication under pressure.";

/** Full-width lines enough that the page as a whole reads as one column. */
const EDUCATION = [
  "BSc Supply Chain Management, Delft Polytechnic, 2012 - 2015",
  "Exchange semester in logistics analytics at Universidad de Zaragoza, 2014.",
  "Thesis on port congestion and the rail links of the Rotterdam hinterland, graded 8.5 of 10.",
  "Student representative of the logistics programme board for two years.",
  "Teaching assistant for operations research and warehouse design courses.",
];

/** `left` and `right` side by side from `top`, one row every 14 points. */
function rows(left: string[], right: string[], top: number, rightX = 220): PdfParagraph[] {
  return [
    ...left.map((text, i) => ({ text, at: { x: 60, y: top + i * 14, width: 130 } })),
    ...right.map((text, i) => ({ text, at: { x: rightX, y: top + i * 14, width: 552 - rightX } })),
  ];
}

describe("a two-column band between full-width text", () => {
  it("reads the side column, then the main column, and joins the full-width paragraph", async () => {
    const lines = await textOf([
      { text: "Marisol Okonkwo", bold: true, size: 18 },
      { text: "PROFILE", bold: true, gapAbove: 0.5 },
      { text: PROFILE },
      { text: "WORK EXPERIENCE", bold: true, gapAbove: 0.5 },
      ...rows(
        ["KEY SKILLS", "Route planning", "Customs paperwork", "Supplier negotiation"],
        [
          "Harbourline Freight, Rotterdam",
          "Shipping Coordinator",
          "March 2016 - Present",
          "Planned weekly routes.",
        ],
        200,
      ),
      { text: "EDUCATION", bold: true, at: { x: 60, y: 280, width: 490 } },
      ...EDUCATION.map((text) => ({ text })),
    ]);
    expect(lines).toContain(PROFILE);
    const band = lines.slice(lines.indexOf("WORK EXPERIENCE") + 1, lines.indexOf("EDUCATION"));
    expect(band).toEqual([
      "KEY SKILLS",
      "Route planning",
      "Customs paperwork",
      "Supplier negotiation",
      "Harbourline Freight, Rotterdam",
      "Shipping Coordinator",
      "March 2016 - Present",
      "Planned weekly routes.",
    ]);
  });

  it("keeps job lines with their dates at a tab stop as rows", async () => {
    const lines = await textOf([
      { text: "Marisol Okonkwo", bold: true, size: 18 },
      { text: "EXPERIENCE", bold: true, gapAbove: 0.5 },
      ...rows(
        ["Harbourline Freight", "Nordkap Shipping", "Delft Polytechnic"],
        ["March 2016 - Present", "2013 - 2016", "2012 - 2015"],
        120,
        400,
      ),
    ]);
    expect(lines.slice(2).map((l) => l.replace(/\s+/g, " "))).toEqual([
      "Harbourline Freight March 2016 - Present",
      "Nordkap Shipping 2013 - 2016",
      "Delft Polytechnic 2012 - 2015",
    ]);
  });

  it("keeps 'Label: value' rows as rows", async () => {
    const lines = await textOf([
      { text: "Marisol Okonkwo", bold: true, size: 18 },
      { text: "PERSONAL DETAILS", bold: true, gapAbove: 0.5 },
      ...rows(
        ["Nationality:", "Driving licence:", "Notice period:"],
        ["Dutch", "Full, category B", "One month"],
        120,
      ),
    ]);
    expect(lines.slice(2).map((l) => l.replace(/\s+/g, " "))).toEqual([
      "Nationality: Dutch",
      "Driving licence: Full, category B",
      "Notice period: One month",
    ]);
  });
});
