/**
 * Issue 13 (the lead's reproduction): an ad whose asks are all kinds of work ("Experience in
 * student advising", running orientation programs) and no years. An academic advisor's work met
 * both asks (quoted in the requirements list), yet every score was n/a, readiness 0, the verdict
 * "UNFIT: nothing in the ad could be scored", the confidence explanation "93% chance of fit" and
 * the advice "You meet this job's requirements: apply" beside the UNFIT.
 * Real parts: the job parser, the committed ask classifier, the shipped embedder, the analysis.
 * The ads and resumes are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import type { Analysis } from "./types.ts";

const deps = gapDeps();
const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);

const DUTY_AD = `Student Success Advisor
Requirements
- Background in advising college students on course choices
- Experience running orientation programs for new students`;

const VAGUE_AD = `Community Organiser
We are a small neighbourhood charity looking for someone to join our friendly team.`;

const ADVISOR = [
  "Morgan Hale",
  "morgan.hale@example.org",
  "EXPERIENCE",
  "Student Advisor, Lakeside Technical College",
  "September 2018 - Present",
  "- Advised around 250 college students a year on choosing courses and meeting graduation requirements.",
  "- Planned and led orientation sessions for incoming first-year students each term.",
].join("\n");

const DRIVER = [
  "Chris Ward",
  "chris.ward@example.org",
  "EXPERIENCE",
  "Delivery Driver, Eastway Parcels",
  "March 2017 - May 2024",
  "- Drove a 7.5 tonne van on multi-drop routes and kept the vehicle checks log.",
].join("\n");

const run = async (resume: string, ad: string) =>
  analyze(await profileFromText(resume, new Date("2026-06-01")), parse(ad), deps);

/** Every "N% chance of fit" the verdict's words and the confidence's state. */
const statedChances = (a: Analysis) =>
  [...`${a.verdictReason} ${a.scoreDetails.confidence.explanation}`.matchAll(/(\d+)% chance of fit/g)].map(
    (m) => Number(m[1]),
  );

describe("an ad that asks kinds of work and no years", () => {
  it("scores experience on the duty asks its work meets, and the verdict is a fit", async () => {
    const a = await run(ADVISOR, DUTY_AD);
    expect(a.requirements?.filter((r) => r.type === "duty" && r.kind === "required" && r.met)).toHaveLength(
      2,
    );
    expect(a.scores.experience).toBeGreaterThanOrEqual(80);
    expect(a.scoreDetails.experience.evidence.join(" ")).toMatch(/orientation sessions/);
    expect(a.scores.readiness).toBeGreaterThan(0);
    expect(a.verdict, a.verdictReason).toBe("FIT");
    expect(a.verdictReason).not.toMatch(/could be scored/);
  });

  it("scores experience low for work that meets none of them, and the verdict is not a fit", async () => {
    const a = await run(DRIVER, DUTY_AD);
    expect(a.scores.experience).not.toBeNull();
    expect(a.scores.experience!).toBeLessThan(50);
    expect(a.verdict, a.verdictReason).toBe("UNFIT");
  });
});

describe("the verdict, its confidence and the advice agree", () => {
  it("an UNFIT is never told it meets the requirements nor stated above an even chance of fit", async () => {
    for (const [resume, ad] of [
      [ADVISOR, VAGUE_AD],
      [DRIVER, VAGUE_AD],
      [DRIVER, DUTY_AD],
      [ADVISOR, DUTY_AD],
    ] as const) {
      const a = await run(resume, ad);
      const said = `${a.verdict} ${a.verdictReason} | ${a.recommendations.join(" | ")} | ${a.scoreDetails.confidence.explanation}`;
      if (a.verdict === "UNFIT") {
        expect(a.recommendations.join(" "), said).not.toMatch(/you meet this job's requirements|apply\.$/i);
        for (const n of statedChances(a)) expect(n, said).toBeLessThan(50);
      } else {
        for (const n of statedChances(a)) expect(n, said).toBeGreaterThanOrEqual(50);
      }
    }
  });

  it("an ad with nothing to score says so in the advice, not 'apply'", async () => {
    const a = await run(ADVISOR, VAGUE_AD);
    expect(a.verdict).toBe("UNFIT");
    expect(a.recommendations.join(" ")).toMatch(/nothing in this ad could be scored/i);
    expect(a.scoreDetails.confidence.explanation).not.toMatch(/chance of fit/);
  });
});
