/**
 * Soft skills a salesperson's duties show are held, with the roles' years (issue 13, trial14
 * §3): an account executive whose bullets negotiate renewals, mentor new reps and present
 * quarterly reviews was told Negotiation was "only listed" at beginner level and Mentoring was a
 * required gap. A soft skill only listed, with no duty behind it, stays a listing. Resume and ad
 * written here.
 */
import { describe, expect, it } from "vitest";
import { LISTER, REP } from "../../test-support/fixtures/sales-rep-resumes.ts";
import { gapDeps, parseAdText } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "./analyze.ts";
import { softSkillsInDuty } from "./shown-soft-skills.ts";

const deps = gapDeps();
const now = new Date("2026-06-01");

const AD = parseAdText(
  [
    "Customer Success Manager",
    "Larchmont Health sells scheduling software to clinics.",
    "",
    "Requirements:",
    "- 4+ years in account management, sales or customer success",
    "- Strong negotiation skills",
    "- Excellent communication and presentation skills",
    "- Experience mentoring or coaching colleagues",
    "- Salesforce or a similar CRM",
  ].join("\n"),
);

const gapNames = async (resume: string) =>
  analyze(await profileFromText(resume, now), AD, deps).gaps.map((g) => g.skill.toLowerCase());

describe("soft skills shown by duties", () => {
  it("credits negotiation, mentoring, presentation and communication the duties show", async () => {
    const a = analyze(await profileFromText(REP, now), AD, deps);
    const gaps = a.gaps.map((g) => g.skill.toLowerCase());
    for (const soft of ["negotiation", "mentoring", "presentation", "communication"])
      expect(gaps.some((g) => g.includes(soft))).toBe(false);
    const negotiation = a.matched.find((m) => m.skill === "Negotiation");
    expect(negotiation?.credit).toBe(1);
    expect(String(negotiation?.evidence)).toContain("Negotiated multi-year renewals");
  });

  it("keeps a soft skill only listed, with no duty behind it, short of the asked level", async () => {
    const gaps = await gapNames(LISTER);
    expect(gaps.some((g) => g.includes("negotiation"))).toBe(true);
  });

  it("reads the behaviour, not a loose word", () => {
    expect(softSkillsInDuty("Negotiated carrier rates for 40 lanes")).toContain("negotiation");
    expect(softSkillsInDuty("Coached four junior designers through critiques")).toEqual(
      expect.arrayContaining(["mentoring", "leadership"]),
    );
    expect(softSkillsInDuty("Designed the checkout flow for the mobile app")).toEqual([]);
    expect(softSkillsInDuty("Planned the quarterly release calendar")).toEqual([]);
  });
});
