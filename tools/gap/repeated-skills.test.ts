/**
 * Repeating the resume's own skills adds no evidence, so no score may move (issue 13,
 * robustness repetition gate). On a bulleted summary the repeated block ran on from the last
 * bullet, and the whole summary — every sentence between the bullets — was read as one keyword
 * list: a soft skill shown in the summary was lost (an outside dev pair's softSkills 58 -> 25).
 * Our own resume text.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { softSkillShown } from "./soft-skills.ts";

const deps = gapDeps();

const SUMMARY =
  "• Nine years running field marketing for regional retailers • Led a team of 5 coordinators across three branches • Planned seasonal campaigns with the buying office • Strong numeric and writing skills";
const REPEATED = Array.from(
  { length: 20 },
  () => "Marketing, Campaign Management, Communication, Budgeting",
).join(", ");

const person = (summary: string) =>
  profile({
    summary,
    skills: [skill("marketing", "advanced", { years: 9 }), skill("communication", "intermediate")],
  });

const ad = job({
  title: "Marketing Manager",
  skills: [requirement("marketing"), requirement("leadership"), requirement("communication")],
  softSkills: ["leadership", "communication"],
});

describe("repeated skills after a bulleted summary", () => {
  it("keep the sentences between the bullets as what the person did", () => {
    const before = softSkillShown(person(SUMMARY), ["leadership"]);
    expect(before?.quote).toContain("Led a team of 5");
    // Before the fix: undefined — the run-on block made every bullet one keyword list.
    expect(softSkillShown(person(`${SUMMARY}" ${REPEATED}`), ["leadership"])?.quote).toContain(
      "Led a team of 5",
    );
  });

  it("move no score", () => {
    const a = analyze(person(SUMMARY), ad, deps);
    const b = analyze(person(`${SUMMARY}" ${REPEATED}`), ad, deps);
    expect(b.scores).toEqual(a.scores);
    expect(b.verdict).toBe(a.verdict);
  });

  it("still read a bulleted run of names as a list, not as behaviour shown", () => {
    const listed = person("♦ Team Leadership ♦ Conflict Management ♦ Budgeting ♦ Vendor Relations");
    expect(softSkillShown(listed, ["leadership"])).toBeUndefined();
  });
});
