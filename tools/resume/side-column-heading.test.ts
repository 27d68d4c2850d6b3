/**
 * Two-column resumes read band by band (issue 14): the side column's "SKILLS" heading and its
 * items come out between the experience heading and the job beside them. The job stays a job,
 * the side column's items stay skills. Resumes invented for these tests; the PDF is a real file
 * read by the real extractor.
 */
import { describe, expect, it } from "vitest";
import { buildPdf, PAGE_HEIGHT } from "../../test-support/fixtures/resume/pdf-writer.ts";
import { parseResume } from "./parse.ts";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-06-01T00:00:00Z");

const TOP = [
  "Marisol Okonkwo",
  "Logistics coordinator",
  "marisol.okonkwo@example.com",
  "PROFILE",
  "Coordinator who keeps freight moving on time and on budget.",
];
const SIDE = ["Route planning", "Customs paperwork", "Supplier negotiation"];
const JOB = [
  "Harbourline Freight",
  "Rotterdam",
  "SHIPPING COORDINATOR",
  "March 2016 - Present",
  "Planned weekly container routes for 40 European customers.",
  "Cut late deliveries by a third with a carrier scorecard.",
];
const EDUCATION = ["EDUCATION", "BSc Supply Chain Management, Delft Polytechnic, 2012 - 2015"];

const sectionLines = (parsed: Awaited<ReturnType<typeof parseResumeText>>, kind: string) =>
  parsed.sections
    .filter((s) => s.kind === kind)
    .flatMap((s) => parsed.text.split("\n").slice(s.startLine, s.endLine));

describe("a side column's skills heading between the experience heading and its job", () => {
  it.each(["KEY SKILLS", "SKILLS", "Core Skills:"])(
    "keeps the job under %s as a job, and the column's items as skills",
    async (heading) => {
      const parsed = await parseResumeText(
        [...TOP, "WORK EXPERIENCE", heading, ...SIDE, ...JOB, ...EDUCATION].join("\n"),
        { now },
      );
      expect(parsed.experience.map((e) => [e.title, e.company, e.start, e.current])).toEqual([
        ["SHIPPING COORDINATOR", "Harbourline Freight", "2016-03", true],
      ]);
      expect(parsed.experience[0]!.bullets).toHaveLength(2);
      expect(sectionLines(parsed, "skills")).toEqual(SIDE);
    },
  );

  it("keeps a second job under the column's heading after a first one above it", async () => {
    const parsed = await parseResumeText(
      [
        ...TOP,
        "WORK EXPERIENCE",
        "Dispatch Assistant, Nordkap Shipping, Hamburg, 2013 - 2016",
        "Booked trucks and tracked deliveries for the port office.",
        "SKILLS",
        ...SIDE,
        ...JOB,
        ...EDUCATION,
      ].join("\n"),
      { now },
    );
    expect(parsed.experience.map((e) => e.company)).toEqual(["Nordkap Shipping", "Harbourline Freight"]);
  });

  it("leaves a skills section after the jobs alone when it holds no job", async () => {
    const parsed = await parseResumeText(
      [
        ...TOP,
        "WORK EXPERIENCE",
        ...JOB,
        "SKILLS",
        "Route planning (2016 - present)",
        "Customs paperwork",
        ...EDUCATION,
      ].join("\n"),
      { now },
    );
    expect(parsed.experience.map((e) => e.company)).toEqual(["Harbourline Freight"]);
    expect(sectionLines(parsed, "skills")).toEqual(["Route planning (2016 - present)", "Customs paperwork"]);
  });

  it("does not take a full-width skills section of sentences for a side column", async () => {
    const parsed = await parseResumeText(
      [
        ...TOP,
        "WORK EXPERIENCE",
        ...JOB,
        "TRANSFERABLE SKILLS",
        "Planning: kept a weekly plan of forty routes and every carrier's slots up to date.",
        "Teamwork: trained three new planners during the busiest season of the year.",
        "CLUB ROLES HELD",
        "2014 - present",
        "Committee Member, Rotterdam Rowing Club",
        "Kept the club's accounts and ran its yearly budget.",
      ].join("\n"),
      { now },
    );
    expect(parsed.experience.map((e) => e.company)).toEqual(["Harbourline Freight"]);
  });

  it("reads the job of a two-column PDF whose experience heading tops a band of both columns", async () => {
    // Left column x=50, right x=330. The full-width profile line above the experience heading
    // starts a band; the band is read left column first, so the SKILLS block in it comes out
    // between the experience heading and the job beside it.
    const row = (i: number) => PAGE_HEIGHT - 60 - i * 16;
    const texts = [
      { x: 50, y: row(0), size: 18, text: TOP[0]! },
      { x: 50, y: row(1), size: 10, text: TOP[1]! },
      { x: 330, y: row(1), size: 10, text: TOP[2]! },
      { x: 50, y: row(2), size: 10, text: "Rotterdam, Netherlands" },
      { x: 330, y: row(2), size: 10, text: "+31 6 5550 1234" },
      { x: 50, y: row(3), size: 10, text: `${TOP[4]!.slice(0, -1)} across European routes.` },
      { x: 50, y: row(5), size: 12, text: "WORK EXPERIENCE" },
      { x: 50, y: row(6), size: 10, text: "KEY SKILLS" },
      ...SIDE.map((text, i) => ({ x: 50, y: row(7 + i), size: 10, text })),
      ...JOB.map((text, i) => ({ x: 330, y: row(6 + i), size: 10, text: text.slice(0, 44) })),
    ];
    const education = EDUCATION.map((text, i) => ({ x: 50, y: row(i), size: i === 0 ? 12 : 10, text }));
    const parsed = await parseResume(buildPdf([{ texts }, { texts: education }]), { now });
    expect(parsed.experience.map((e) => [e.title, e.company, e.start, e.current])).toEqual([
      ["SHIPPING COORDINATOR", "Harbourline Freight", "2016-03", true],
    ]);
    expect(parsed.sections.map((s) => s.kind)).toEqual(["contact", "skills", "experience", "education"]);
  });
});
