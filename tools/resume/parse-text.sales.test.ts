import { describe, expect, it } from "vitest";
import { parseResumeText } from "./parse-text.ts";
import { loadSkillExtractor } from "./skills-port.ts";

const now = new Date("2025-06-01T00:00:00Z");

/** A plain, well-formatted sales resume (issue 14: what a new user sends). */
const salesResume = `Daniel Okafor
daniel.okafor@example.org | +1 303 555 0148 | Denver, CO

Summary
Sales professional selling logistics software to mid-size shippers.

Experience
Regional Account Manager, Tallgrass Freightworks — Denver, CO
April 2020 - Present
- Built a pipeline of 60 accounts tracked in HubSpot and Gong
- Renewed 92% of the book of business in 2024

Sales Development Representative, Pinecrest Analytics — Boulder, CO
May 2016 - March 2020
- Booked 25 meetings a month for two account executives

Education
B.S. in Economics, Colorado State University, 2016

Skills
HubSpot, Gong, LinkedIn Sales Navigator, negotiation, Excel
`;

describe("a plain sales resume (issue 14)", async () => {
  const r = await parseResumeText(salesResume, { now, skills: await loadSkillExtractor() });

  it("reads each job once, with the employer apart from the title", () => {
    const jobs = r.experience.filter((e) => e.company || e.start);
    expect(jobs.map((e) => [e.title, e.company, e.location, e.start])).toEqual([
      ["Regional Account Manager", "Tallgrass Freightworks", "Denver, CO", "2020-04"],
      ["Sales Development Representative", "Pinecrest Analytics", "Boulder, CO", "2016-05"],
    ]);
  });

  it("keeps a multi-word tool in a skills list as one skill under its own name", () => {
    const navigator = r.skills.find((s) => s.name === "LinkedIn Sales Navigator");
    expect(navigator?.unrecognised).toBe(true);
    const fromItem = r.skills.filter((s) =>
      s.spans.some(
        (sp) => sp.text !== "LinkedIn Sales Navigator" && salesResume.includes(`${sp.text} Navigator`),
      ),
    );
    expect(fromItem.map((s) => s.name)).toEqual([]);
    expect(r.skills.map((s) => s.name)).not.toContain("Bentley Navigator");
  });

  it("reports a soft skill once, not also as an unrecognised tool", () => {
    expect((r.softSkills ?? []).map((s) => s.id)).toContain("negotiation");
    expect(r.skills.filter((s) => s.name.toLowerCase() === "negotiation")).toEqual([]);
  });

  it("counts a listed unknown tool used in a job as evidence, with that job's years", () => {
    const gong = r.skills.find((s) => s.name === "Gong");
    expect(gong).toMatchObject({ unrecognised: true, validated: true });
    expect(gong?.evidence[0]).toMatch(/Regional Account Manager at Tallgrass Freightworks/);
    expect(gong?.years).toBeGreaterThan(5);
  });
});
