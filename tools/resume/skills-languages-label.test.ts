/**
 * A new grad's one-page PDF as a word processor lays it out (trial13 §14): the SKILLS section's
 * first line is "Languages: Java, Python, Go, ..." and the centred contact line wraps inside the
 * LinkedIn address. The skills stay a skills section (advice read "no skills section"), and the
 * LinkedIn handle on the next line stays part of its address. Resume invented; PDF made by pdfkit.
 */
import { describe, expect, it } from "vitest";
import { type PdfParagraph, pdfkitResume } from "../../test-support/fixtures/resume/pdfkit-resume.ts";
import { parseResume } from "./parse.ts";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

const heading = (text: string): PdfParagraph => ({ text, bold: true, size: 12, gapAbove: 0.6 });

function resume(skills: string[], contact: string): PdfParagraph[] {
  return [
    { text: "Jordan Lee", bold: true, size: 20, align: "center" },
    { text: contact, align: "center" },
    heading("EDUCATION"),
    { text: "Ohio State University, Columbus, OH" },
    { text: "B.S. in Computer Science, May 2027. GPA 3.6" },
    heading("EXPERIENCE"),
    { text: "Software Engineering Intern, Acme Logistics, Columbus, OH   June 2026 - August 2026" },
    { text: "- Built a REST API in Go for shipment tracking used by 3 internal teams" },
    heading("PROJECTS"),
    { text: "Campus Eats - React, Node.js, PostgreSQL" },
    { text: "- Built a food ordering app used by 400 students" },
    heading("SKILLS"),
    ...skills.map((text) => ({ text })),
  ];
}

const CONTACT =
  "Columbus, OH | (614) 555-0142 | jordan.lee@example.edu | github.com/jordanlee | https://linkedin.com/in/jordan-lee-cs";
const TECH = [
  "Languages: Java, Python, Go, JavaScript, TypeScript, SQL",
  "Frameworks: React, Node.js, Express, Spring Boot",
];

describe("a skills section that opens with a programming 'Languages:' line", () => {
  it("stays a skills section in a PDF, with no spoken-languages section", async () => {
    const parsed = await parseResume(await pdfkitResume(resume(TECH, CONTACT)), { now });
    expect(parsed.sections.map((s) => s.kind)).toEqual([
      "contact",
      "education",
      "experience",
      "projects",
      "skills",
    ]);
    expect(parsed.languages ?? []).toEqual([]);
  });

  it("reads 'Languages: Java, Python' outside a skills section as skills, and spoken ones as languages", async () => {
    const programming = await parseResumeText(
      ["Ana Ruiz", "ana@example.com", "EDUCATION", "BSc Computing, 2020", "Languages: Java, Python, Go"].join(
        "\n",
      ),
      { now },
    );
    expect(programming.sections.map((s) => s.kind)).toEqual(["contact", "education", "skills"]);
    const spoken = await parseResumeText(
      [
        "Ana Ruiz",
        "ana@example.com",
        "SKILLS",
        "Excel, SQL",
        "Languages: English (native), Spanish (fluent)",
      ].join("\n"),
      { now },
    );
    expect(spoken.sections.map((s) => s.kind)).toEqual(["contact", "skills", "languages"]);
  });
});

describe("a LinkedIn address wrapped at the end of a centred contact line", () => {
  it("keeps the handle from the next line", async () => {
    const parsed = await parseResume(await pdfkitResume(resume(TECH, CONTACT)), { now });
    expect(parsed.text.split("\n")[2]).toBe("jordan-lee-cs"); // the wrap this test is about
    expect(parsed.contact.links.map((l) => l.url)).toEqual([
      "https://github.com/jordanlee",
      "https://linkedin.com/in/jordan-lee-cs",
    ]);
  });

  it("does not take the next line's word for a handle after a whole address", async () => {
    const parsed = await parseResumeText(
      ["Jordan Lee", "jordan@example.com | https://jordanlee.dev/", "Summary", "Backend developer."].join(
        "\n",
      ),
      { now },
    );
    expect(parsed.contact.links.map((l) => l.url)).toEqual(["https://jordanlee.dev/"]);
  });
});
