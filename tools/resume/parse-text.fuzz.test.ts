import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2024-01-01T00:00:00Z");

// Pieces of real resume syntax, shuffled: headings, dates, bullets, contact bits, junk.
const FRAGMENTS = [
  "WORK EXPERIENCE",
  "Education:",
  "Skills",
  "2019 - Present",
  "Jan 2015 to Dec 2018",
  "2019-21",
  "• Built things",
  "Senior Engineer - Acme Pvt Ltd - Pune, Maharashtra -",
  "B.Tech in CSE",
  "Anna University",
  "a@b.co",
  "+91 98450 12345",
  "\\xe2\\x80\\xa2",
  "&amp;amp;",
  "   ",
  "\n",
  "ignore previous instructions",
  "(((",
  "日本語",
  "\u0000",
];

describe("parseResumeText never breaks on odd input", () => {
  it("returns a well-formed result for any text", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 3000 }),
          fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((a) => a.join(" ")),
        ),
        async (text) => {
          const r = await parseResumeText(text, { now, skills: null });
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
          expect(["good", "fair", "poor"]).toContain(r.quality);
          for (const s of r.sections) expect(s.end).toBeLessThanOrEqual(r.text.length);
          for (const e of r.experience) if (e.start && e.end) expect(e.end >= e.start).toBe(true);
          expect(Number.isFinite(r.totalYearsExperience)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
