/**
 * A student's dated society memberships ("Institute of Civil Engineers, 2019-Present") were
 * read as jobs held since then: against a maintenance engineering ad with a 2-3 year minimum,
 * a new graduate became FIT with 17 "relevant years" (dev pair trial, 2026-12-04).
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "./parse-text.ts";

const RESUME = `Priya Raman
priya.raman@example.org

EDUCATION
Midlands Technical University — BEng Civil Engineering, expected June 2026

EXPERIENCE
Site Engineering Intern, Harlow Construction    June 2025 - August 2025
- Checked rebar placement against drawings

PROFESSIONAL MEMBERSHIPS
Institution of Civil Engineers (ICE), 2022-Present
Women in Engineering Society, 2023-Present
`;

describe("memberships", () => {
  it("are not jobs, so they add no years of experience", async () => {
    const parsed = await parseResumeText(RESUME, { now: new Date("2026-12-01T00:00:00Z") });
    const titles = parsed.experience.map((e) => e.title ?? "");
    expect(titles.some((t) => /Institution|Society/.test(t))).toBe(false);
    expect(parsed.sections.map((s) => s.kind)).toContain("memberships");
    expect(parsed.totalYearsExperience).toBeLessThan(1);
  });
});
