/**
 * The doer and the work read as one trade when years are counted (issue 13, kinds of
 * experience): a "Research Fellow" has years toward a "Senior Researcher" ad, a "Teaching
 * Assistant" toward a "Teacher" one. Title words were compared whole, so "research" and
 * "researcher" shared nothing and an outside dev pair's research professor read "0 relevant
 * years — no role shares the job's skills or trade". Our own fixtures.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const role = (title: string) => ({
  title,
  company: "Northfield Institute",
  start: "2014-01",
  end: "2020-12",
  bullets: ["Wrote grant reports for the board."],
  skills: [],
});
const relevantYears = (title: string, jobTitle: string) => {
  const a = analyze(
    profile({ experience: [role(title)], skills: [], totalYearsExperience: 7 }),
    job({ title: jobTitle, skills: [], experience: [], education: undefined }),
    deps,
    { asOf: "2021-01" },
  );
  return Number(/^([\d.]+) relevant year/.exec(a.scoreDetails.experience.explanation ?? "")?.[1] ?? 0);
};

describe("title words of one trade", () => {
  it("count a research fellow's years toward a researcher ad, a teaching assistant's toward a teacher ad", () => {
    expect(relevantYears("Visiting Research Fellow", "Senior Researcher")).toBeGreaterThanOrEqual(6.5);
    expect(relevantYears("Teaching Assistant", "Primary Teacher")).toBeGreaterThan(0);
  });

  it("keep a generic stem whole: a team leader shares no trade with a lead engineer", () => {
    expect(relevantYears("Shift Leader", "Lead Engineer")).toBe(0);
  });
});
