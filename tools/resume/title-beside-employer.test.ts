/**
 * "Employer, Title, Town" on one line with no date range beside it (a season, a lone year, or
 * a date on the next line the job reader does not take): the field labeller or the employer
 * scorer read the employer, and the job had no title (issue 14, designations). The line is now
 * read as a job header. Resume invented; the PDF made by pdfkit.
 */
import { describe, expect, it } from "vitest";
import { type PdfParagraph, pdfkitResume } from "../../test-support/fixtures/resume/pdfkit-resume.ts";
import { parseResume } from "./parse.ts";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

const ROWS = [
  "Jordan Ellery",
  "Olympia, WA | jordan.ellery@example.com",
  "EXPERIENCE",
  "Department of Corrections, Sergeant, 2012-2017",
  "- Supervised a shift of twelve officers",
  "Golden Spoon Diner, Server, Olympia, WA",
  "Summer 2011",
  "- Served tables during the lunch rush",
  "EDUCATION",
  "BA History, Evergreen State College, 2012",
];

const jobs = (parsed: { experience: { title?: string; company?: string }[] }) =>
  parsed.experience.map((e) => ({ title: e.title, company: e.company }));

const EXPECTED = [
  { title: "Sergeant", company: "Department of Corrections" },
  { title: "Server", company: "Golden Spoon Diner" },
];

describe("a job's title on its employer's line, with no date range beside it", () => {
  it("is read with the employer (pasted text)", async () => {
    expect(jobs(await parseResumeText(ROWS.join("\n"), { now, skills: null }))).toEqual(EXPECTED);
  });

  it("is read with the employer (PDF)", async () => {
    const pdf = await pdfkitResume(
      ROWS.map(
        (text): PdfParagraph =>
          /^[A-Z]+$/.test(text) ? { text, bold: true, size: 12, gapAbove: 0.6 } : { text },
      ),
    );
    expect(jobs(await parseResume(pdf, { now, skills: null }))).toEqual(EXPECTED);
  });
});
