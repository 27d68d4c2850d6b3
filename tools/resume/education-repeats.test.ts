/**
 * A designer's pasted resume (trial14 §11, P2): one degree written twice ("BA (Hons) Graphic
 * Design — <school> — 2018", then "BA (Hons), <school>" in a list below) is one education
 * entry; a course certificate under a title-case "Courses" heading is a certification, not a
 * degree. Resume invented.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

const HEAD = [
  "Priya Nandakumar",
  "London · priya.n@example.co.uk",
  "Experience",
  "Midweight Designer — Foxglove Creative — 2019 – Present",
  "- Designed web and brand systems for fintech clients",
  "Education",
];

describe("education read once, courses as certifications", () => {
  it("reads a degree written twice as one entry, with its school and year", async () => {
    const text = [
      ...HEAD,
      "BA (Hons) Graphic Design — Falmouth University — 2018",
      "BA (Hons), Falmouth University",
    ].join("\n");
    const parsed = await parseResumeText(text, { now });
    expect(parsed.education.map((e) => [e.degree, e.institution, e.end])).toEqual([
      ["BA (Hons) Graphic Design", "Falmouth University", "2018"],
    ]);
  });

  it("keeps two degrees of one school apart", async () => {
    const text = [
      ...HEAD,
      "MA Illustration — Falmouth University — 2020",
      "BA (Hons) Graphic Design — Falmouth University — 2018",
    ].join("\n");
    const parsed = await parseResumeText(text, { now });
    expect(parsed.education.map((e) => e.degree)).toEqual(["MA Illustration", "BA (Hons) Graphic Design"]);
  });

  it("reads a certificate under a title-case Courses heading as a certification", async () => {
    const text = [
      ...HEAD,
      "BA (Hons) Graphic Design — Falmouth University — 2018",
      "Courses",
      "Google Project Management Certificate (Coursera), 2023",
    ].join("\n");
    const parsed = await parseResumeText(text, { now });
    expect(parsed.certifications.map((c) => c.name)).toEqual([
      "Google Project Management Certificate (Coursera)",
    ]);
    expect(parsed.education).toHaveLength(1);
  });
});
