/**
 * A job row with its fields set apart by a run of spaces or a tab, title first, then the
 * employer and its city (trial14 §11, P1): "Regional Sales Manager, Mid-Market    Copperleaf
 * Analytics, Austin, TX" read the employer "Mid-Market Copperleaf Analytics", and "Account
 * Manager    Tidewater Payroll Systems, Round Rock, TX" the title "Account Manager Tidewater
 * Payroll Systems" with the town as the employer. Resume invented; the PDF made by pdfkit.
 */
import { describe, expect, it } from "vitest";
import { type PdfParagraph, pdfkitResume } from "../../test-support/fixtures/resume/pdfkit-resume.ts";
import { parseResume } from "./parse.ts";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

const ROWS = [
  "Marisol Okafor",
  "Austin, TX | marisol.okafor@example.net | (512) 555-0142",
  "EXPERIENCE",
  "Regional Sales Manager, Mid-Market    Copperleaf Analytics, Austin, TX",
  "March 2021 - Present",
  "- Grew the enterprise book from $2M to $5M in annual recurring revenue",
  "Account Manager    Tidewater Payroll Systems, Round Rock, TX",
  "June 2017 - February 2021",
  "- Closed 40 new logos a year selling payroll software to clinics",
  "EDUCATION",
  "BBA Marketing, Texas State University, 2017",
];

function jobs(parsed: { experience: { title?: string; company?: string; location?: string }[] }) {
  return parsed.experience.map((e) => ({ title: e.title, company: e.company, location: e.location }));
}

const EXPECTED = [
  { title: "Regional Sales Manager, Mid-Market", company: "Copperleaf Analytics", location: "Austin, TX" },
  { title: "Account Manager", company: "Tidewater Payroll Systems", location: "Round Rock, TX" },
];

describe("job rows whose fields are set apart by a gap", () => {
  it("reads title, employer and place from the PDF", async () => {
    const pdf = await pdfkitResume(
      ROWS.map(
        (text): PdfParagraph =>
          /^[A-Z]+$/.test(text) ? { text, bold: true, size: 12, gapAbove: 0.6 } : { text },
      ),
    );
    expect(jobs(await parseResume(pdf, { now }))).toEqual(EXPECTED);
  });

  it("reads them from pasted text, with spaces or a tab between the fields", async () => {
    expect(jobs(await parseResumeText(ROWS.join("\n"), { now }))).toEqual(EXPECTED);
    const tabbed = ROWS.map((r) => r.replace(/ {4}/, "\t")).join("\n");
    expect(jobs(await parseResumeText(tabbed, { now }))).toEqual(EXPECTED);
  });

  it("keeps two spaces after a sentence's full stop as one space, not two fields", async () => {
    const text = [
      ...ROWS.slice(0, 5),
      "- Grew the enterprise book to $5M in revenue.   Hired and coached four account executives",
      ...ROWS.slice(6),
    ].join("\n");
    const parsed = await parseResumeText(text, { now });
    expect(parsed.experience[0]?.bullets.join(" ")).toContain("revenue. Hired and coached");
  });

  it("reads a title and an employer on lines of their own the same way", async () => {
    const text = [
      "Marisol Okafor",
      "EXPERIENCE",
      "Account Manager",
      "Tidewater Payroll Systems, Round Rock, TX",
      "June 2017 - February 2021",
    ].join("\n");
    expect(jobs(await parseResumeText(text, { now }))).toEqual([EXPECTED[1]]);
  });
});
