/**
 * How sure a verdict decided by a hard rule is (verdict-model.ts ruleProbabilityFit): a
 * must-have the resume only lists (a skills section, no role or project using it) is never
 * evidence, so the rule still says UNFIT, but less surely than when the must-have is nowhere.
 * With a fixed 0.9 the rule was more confident when wrong than the learned verdict when right
 * (tools/gap/eval/fit-set.test.ts: its wrong team pairs list the must-have in a skills section).
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profileFromResumeText } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { ruleProbabilityFit, verdictModel } from "./verdict-model.ts";

const deps = gapDeps();
const NOW = new Date("2024-06-01");

const profileFromText = (text: string) => profileFromResumeText(text, NOW);

const AD = `Java EE Developer
We are hiring a Java EE Developer for our web applications team.

Requirements
- Must have strong Java EE experience (3+ years)
- Experience with REST web services
- Good communication skills`;

// Lists the must-have; the role says what was built, not with what, and its title names no
// technology the must-have belongs to (a "Java Developer" title would: the years test below).
const WEB_DEVELOPER = `Alex Kim
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
    const job = parseJobPosting(AD, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
    const developer = analyze(await profileFromText(WEB_DEVELOPER), job, deps);
    const teacher = analyze(await profileFromText(PRESCHOOL_TEACHER), job, deps);
    // Both UNFIT by the rule: a listed-only skill is not evidence (it cannot make a FIT).
    for (const a of [developer, teacher]) expect(a.verdict).toBe("UNFIT");
    // The reason says what is shown: listed is not "not found".
    expect(developer.verdictReason).toMatch(/must-have Java EE only listed on your profile, with no role/);
    expect(teacher.verdictReason).toMatch(/must-have Java EE not found on your profile/);
    // Fitted on the pairs the rules decide (fit-verdict.ts): once a listed must-have under a role
    // titled by its technology stopped being read as listed only (fit-13, the rule's one wrong
    // listed call), the refit had no wrong listed call left to learn from (2026-12-04).
    expect(developer.confidence).toBeLessThanOrEqual(teacher.confidence);
    expect(teacher.confidence).toBeGreaterThan(0.8);
  });

  // fit-13 / fit-22 (team pairs): a Java developer since 2008 who lists J2EE was decided UNFIT
  // by the rule as if the must-have were only listed; the title names Java, the technology
  // Java EE belongs to, so the role stands behind it (experience.ts lentByRoles).
  it("does not decide a listed must-have that a role titled by its technology stands behind", async () => {
    const job = parseJobPosting(AD, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
    const titled = WEB_DEVELOPER.replaceAll("Web Developer", "Java Developer");
    const a = analyze(await profileFromText(titled), job, deps);
    expect(a.verdictReason).not.toMatch(/only listed on your profile/);
    expect(a.scoreDetails.experience.evidence.join("\n")).toMatch(
      /3\+ years .*you show [1-9].*used in Java Developer/,
    );
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
