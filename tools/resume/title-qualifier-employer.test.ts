/**
 * "Title, Qualifier    Employer" job rows (issue 14): the one capitalised word after the title's
 * comma names the segment, field or region the person worked in ("Healthcare", "Retail",
 * "Telecom"). The employer scorer met it as a piece cut at the comma and, its word opening many
 * employers' names, added it as a job of its own with that word as the employer. Resume invented;
 * the PDF made by pdfkit.
 */
import { describe, expect, it } from "vitest";
import { type PdfParagraph, pdfkitResume } from "../../test-support/fixtures/resume/pdfkit-resume.ts";
import { parseResume } from "./parse.ts";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

const ROWS = [
  "Tobias Lindqvist",
  "Minneapolis, MN | tobias.lindqvist@example.net | (612) 555-0188",
  "EXPERIENCE",
  "Account Executive, Healthcare    Larkspur Analytics, Minneapolis, MN",
  "April 2022 - Present",
  "- Sold clinical reporting subscriptions to regional hospital groups",
  "Solutions Consultant, Retail    Brambleway Systems",
  "May 2018 - March 2022",
  "- Ran product demonstrations for grocery and apparel chains",
  "EDUCATION",
  "BS Business Administration, University of Minnesota, 2018",
];

function jobs(parsed: { experience: { title?: string; company?: string }[] }) {
  return parsed.experience.map((e) => ({ title: e.title, company: e.company }));
}

const EXPECTED = [
  { title: "Account Executive, Healthcare", company: "Larkspur Analytics" },
  { title: "Solutions Consultant, Retail", company: "Brambleway Systems" },
];

describe("a one-word qualifier after the title's comma", () => {
  it("is part of the title, never an employer of its own (pasted text)", async () => {
    expect(jobs(await parseResumeText(ROWS.join("\n"), { now }))).toEqual(EXPECTED);
  });

  it("is part of the title, never an employer of its own (PDF)", async () => {
    const pdf = await pdfkitResume(
      ROWS.map(
        (text): PdfParagraph =>
          /^[A-Z]+$/.test(text) ? { text, bold: true, size: 12, gapAbove: 0.6 } : { text },
      ),
    );
    expect(jobs(await parseResume(pdf, { now }))).toEqual(EXPECTED);
  });

  it("stays the employer when it is the only name beside the title", async () => {
    const text = [
      "Ines Carvalho",
      "EXPERIENCE",
      "Store Manager, Marlowe Outfitters",
      "2019 - 2023",
      "- Led a team of 14",
    ];
    expect(jobs(await parseResumeText(text.join("\n"), { now }))).toEqual([
      { title: "Store Manager", company: "Marlowe Outfitters" },
    ]);
  });
});
