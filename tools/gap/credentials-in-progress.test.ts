/**
 * A part-qualification on the resume is partial evidence for the credential (issue 13 trial:
 * "ACCA Part-qualified (9 of 13 exams passed)" under EDUCATION was dropped and the ad's "Part or
 * fully qualified ACCA, CIMA or ACA" became "ACCA (required, high) ... not on your profile").
 * Resume and ads written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profileFromResumeText } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const parse = (ask: string) =>
  parseJobPosting(
    `Finance Analyst\nRequirements:\n- ${ask}\n- Advanced Excel\n- Month-end close experience`,
    (t) => extractSkills(t, { section: "job ad" }),
  );
const resume = `Sam Okafor
Leeds, UK | sam@example.com

EXPERIENCE
Assistant Accountant, Riverside Mills Ltd, Leeds
February 2021 - Present
- Run the month-end close and the balance sheet reconciliations in Excel
- Prepare the monthly management accounts pack

EDUCATION
BA Economics, University of York, 2020
ACCA Part-qualified (10 of 13 exams passed)
`;
const person = () => profileFromResumeText(resume, new Date("2026-12-01"));

describe("a credential in progress", () => {
  it("is read from the education section as a certification in progress", async () => {
    const p = await person();
    expect(p.certifications).toEqual([
      expect.objectContaining({ name: expect.stringMatching(/^ACCA/), inProgress: true }),
    ]);
  });

  it("meets an ask that accepts part-qualification, by any of the bodies named", async () => {
    const a = analyze(await person(), parse("Part or fully qualified ACCA, CIMA or ACA"), deps);
    expect(a.gaps.filter((g) => /ACCA|CIMA/.test(g.skill))).toEqual([]);
    expect(a.matched.find((m) => m.requirementId === "acca")?.evidence).toContain(
      "the ad accepts part-qualification",
    );
  });

  it("is a partly met gap, saying it is in progress, for an ask of the full credential", async () => {
    const a = analyze(await person(), parse("ACCA qualified accountant"), deps);
    const gap = a.gaps.find((g) => g.skillId === "acca");
    expect(gap?.severity).toBe("medium");
    expect(gap?.reason).toMatch(/worth 60%.*is in progress, not yet held/);
    expect(gap?.reason).not.toMatch(/not on your profile/);
  });
});
