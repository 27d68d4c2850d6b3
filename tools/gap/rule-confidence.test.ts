/**
 * How sure a verdict decided by a hard rule is (verdict-model.ts ruleProbabilityFit): a
 * must-have the resume only lists (a skills section, no role or project using it) is never
 * evidence, so the rule still says UNFIT, but less surely than when the must-have is nowhere.
 * With a fixed 0.9 the rule was more confident when wrong than the learned verdict when right
 * (tools/gap/eval/fit-set.test.ts: its wrong team pairs list the must-have in a skills section).
 */
import { describe, expect, it } from "vitest";
import { gapDeps, JAVA_EE_AD, parseAdText, profileFromResumeText } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { ruleProbabilityFit } from "./rule-probability.ts";
import { verdictModel } from "./verdict-model.ts";

const deps = gapDeps();
const NOW = new Date("2024-06-01");

const profileFromText = (text: string) => profileFromResumeText(text, NOW);

// Lists the must-have; the role says what was built, not with what.
const JAVA_DEVELOPER = `Alex Kim
Web Developer | alex.kim@example.com

SKILLS
Java EE, Servlets, JSP, HTML, CSS

EXPERIENCE
Web Developer, Harbor Software, Boston
March 2016 - Present
- Programmed client websites and web applications with a team of five.
- Worked with web analysts on designs and estimates; reviewed teammates' code.

EDUCATION
BSc Computer Science, Boston University, 2015`;

const PRESCHOOL_TEACHER = `Jamie Reed
Preschool Teacher | jamie.reed@example.com

EXPERIENCE
Preschool Teacher, Little Oaks Nursery, Leeds
September 2016 - Present
- Planned daily lessons and play activities for a class of 18 children aged 3-4.
- Met parents every term to talk through each child's progress.

EDUCATION
BA Early Childhood Studies, Leeds Beckett University, 2016`;

describe("the hard rules' confidence", () => {
  it("is lower when the resume lists the must-have than when it is nowhere", async () => {
    const job = parseAdText(JAVA_EE_AD);
    const developer = analyze(await profileFromText(JAVA_DEVELOPER), job, deps);
    const teacher = analyze(await profileFromText(PRESCHOOL_TEACHER), job, deps);
    // Both UNFIT by the rule: a listed-only skill is not evidence (it cannot make a FIT).
    for (const a of [developer, teacher]) expect(a.verdict).toBe("UNFIT");
    // The reason says what is shown: listed is not "not found".
    expect(developer.verdictReason).toMatch(/must-have Java EE only listed on your profile, with no role/);
    expect(teacher.verdictReason).toMatch(/must-have Java EE not found on your profile/);
    expect(developer.confidence).toBeLessThan(teacher.confidence - 0.05);
    expect(teacher.confidence).toBeGreaterThan(0.8);
  });

  it("falls back to the rules' measured record with a model file that has no map", () => {
    const { ruleConfidence: _r, ...old } = verdictModel();
    const features = verdictModel().features.reduce((f, k) => Object.assign(f, { [k]: 0.5 }), {
      titleSimilarity: 0.9,
      mustHaveMissing: 0.5,
      hardUnmet: 0,
    } as Record<string, number>);
    expect(ruleProbabilityFit(old, features as never)).toBeCloseTo(0.1);
  });
});
