/**
 * An either/or kind-of-experience years ask counts every role of any kind it names, and a held
 * skill's level follows the years behind it (issue 13 trial: an account executive with two AE
 * roles, eight years in all, got "3.7 relevant years" against "3+ years in customer success,
 * account management or another customer-facing role" — only the role whose bullets named an
 * asked skill counted — and "Account Management (beginner)", which then filled a 6-week
 * roadmap). The real resume parser, job parser, analysis and roadmap run; the documents are
 * made up for this test.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { buildRoadmap } from "../roadmap/build.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const NOW = new Date("2024-06-01");
const parseAd = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const salesResume = [
  "Riley Example",
  "riley@example.com | Denver, CO",
  "SUMMARY",
  "Account executive with 8 years of B2B account management for software companies.",
  "EXPERIENCE",
  "Account Executive, Northpeak Software, Denver",
  "March 2020 - Present",
  "- Closed new mid-market business worth $1.2M a year.",
  "- Ran discovery calls and product demos for operations leaders.",
  "Account Executive, Brightline Data, Boulder",
  "June 2016 - February 2020",
  "- Renewed and upsold 38 existing customers in the Salesforce CRM.",
  "- Built quarterly business reviews with each customer's sponsor.",
  "EDUCATION",
  "BA Communication, University of Colorado, 2016",
  "SKILLS",
  "Account Management, Salesforce, Negotiation, Presentations",
].join("\n");

const csmAd = [
  "Customer Success Manager",
  "Ridgeway Cloud - Remote (US)",
  "You will own a book of customers after the sale and help them get value from our product.",
  "Requirements:",
  "- 3+ years in customer success, account management or another customer-facing role",
  "- Hands-on experience with Salesforce",
  "- Clear written and spoken communication",
  "Nice to have:",
  "- SQL for pulling usage data",
].join("\n");

const relevantYears = (explanation: string | undefined) =>
  Number(/^([\d.]+) relevant year/.exec(explanation ?? "")?.[1] ?? Number.NaN);

describe("an either/or kind-of-experience years ask", () => {
  it("counts every role of one of the kinds it names", async () => {
    const person = await profileFromText(salesResume, NOW);
    expect(person.experience).toHaveLength(2);
    const a = analyze(person, parseAd(csmAd), deps, { asOf: "2024-06" });
    // Mar 2020 - Jun 2024 and Jun 2016 - Feb 2020: about eight years, not one role's.
    expect(relevantYears(a.scoreDetails.experience.explanation)).toBeGreaterThanOrEqual(7.5);
    expect(a.scoreDetails.experience.evidence.filter((e) => e.startsWith("relevant role:"))).toHaveLength(2);
    expect(a.requirements?.find((r) => r.type === "years")?.met).toBe(true);
  });
});

describe("a held skill's level", () => {
  it("follows the years behind it, and the skill does not fill the roadmap", async () => {
    const person = await profileFromText(salesResume, NOW);
    const a = analyze(person, parseAd(csmAd), deps, { asOf: "2024-06" });
    const held = a.matched.find((m) => m.skillId === "account-management");
    expect(held).toBeDefined();
    expect(["advanced", "expert"]).toContain(held?.levelHeld);
    expect(a.gaps.map((g) => g.skillId)).not.toContain("account-management");
    const plan = buildRoadmap(a, person, deps, { weeks: 6, hoursPerWeek: 4 });
    expect(plan.items.map((i) => i.skillId)).not.toContain("account-management");
  });
});
