/**
 * Issue 13 (verdict13v's "left / next" 1): an ad that names skills AND kinds of work, with no
 * years and no seniority, read experience "Not enough data: the job states no years" — its duty
 * asks ("Experience running orientation programs") were scored only when the ad named no skill.
 * Now the duty asks are what it asks of experience whatever else it names, and the verdict is
 * refitted on that input (tools/gap/eval/fit-verdict.ts). Real parts: the job parser, the committed
 * ask classifier, the shipped embedder, the analysis. The ad and resumes are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);

const AD = `Student Success Advisor
Requirements
- Microsoft Excel
- Background in advising college students on course choices
- Experience running orientation programs for new students`;

const person = (role: string, dates: string, bullets: string[]) =>
  [
    "Sam Ortega",
    "sam.ortega@example.org",
    "EXPERIENCE",
    role,
    dates,
    ...bullets,
    "SKILLS",
    "Microsoft Excel",
  ].join("\n");
const ADVISOR = person("Student Advisor, Lakeside Technical College", "September 2018 - Present", [
  "- Advised around 250 college students a year on choosing courses and meeting graduation requirements.",
  "- Planned and led orientation sessions for incoming first-year students each term.",
]);
const DRIVER = person("Delivery Driver, Eastway Parcels", "March 2017 - May 2024", [
  "- Drove a 7.5 tonne van on multi-drop routes and kept the vehicle checks log in Excel.",
]);

const run = async (resume: string) =>
  analyze(await profileFromText(resume, new Date("2026-06-01")), parse(AD), deps);

describe("an ad naming skills and kinds of work, no years", () => {
  it("scores experience on its duty asks: the advisor's work meets them, the driver's does not", async () => {
    const job = parse(AD);
    expect(job.skills.some((s) => s.kind === "required")).toBe(true);
    const advisor = await run(ADVISOR);
    const experience = advisor.scoreDetails.experience;
    expect(experience.score).not.toBeNull();
    expect(experience.explanation).toMatch(/kind\(s\) of work the ad asks shown in your experience/);
    const driver = await run(DRIVER);
    expect(driver.scoreDetails.experience.score ?? 0).toBeLessThan(experience.score!);
  });
});
