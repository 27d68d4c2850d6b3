/**
 * trial14 §3: a top account executive whose bullets say they negotiate multi-year contracts and
 * mentored new AEs was told Leadership was "only listed on your profile, with no role, project or
 * certificate behind it" by a sales-manager ad and Negotiation "beginner … only listed" by a CSM
 * ad; a product designer whose bullet runs discovery workshops and usability tests was told User
 * Research was only listed. Resumes and ads written here (not the trial's lines).
 */
import { describe, expect, it } from "vitest";
import { gapDeps, parseAdText } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const now = new Date("2026-11-01");

const AE = [
  "Dana Whitlock",
  "Enterprise Account Executive | dana.w@example.com | Denver, CO",
  "SUMMARY",
  "Account executive, President's Club 2022 and 2023 at 131% of quota.",
  "EXPERIENCE",
  "Enterprise Account Executive, Brightline Analytics, Denver, CO",
  "March 2020 - Present",
  "- Negotiate multi-year contracts with procurement and legal teams at hospital groups",
  "- Mentored 4 new AEs and 2 SDRs through onboarding",
  "Account Executive, Ridgeway Payroll, Boulder, CO",
  "June 2016 - February 2020",
  "- Closed mid-market deals worth $40k-$120k ARR",
  "EDUCATION",
  "BA in Economics, University of Colorado, 2016",
  "SKILLS",
  "Salesforce, Outreach, Negotiation, Leadership, Communication",
].join("\n");

const SALES_MANAGER = parseAdText(
  [
    "Regional Sales Manager",
    "Requirements:",
    "- 5+ years of B2B sales experience",
    "- Proven leadership of sales reps",
    "- Strong negotiation skills",
    "- Experience with Salesforce",
  ].join("\n"),
);

const DESIGNER = [
  "Maren Oduya",
  "Product Designer | maren@example.net | Austin, TX",
  "EXPERIENCE",
  "Product Designer, Fernleaf Banking App, Austin, TX",
  "January 2021 - Present",
  "- Run discovery workshops, journey maps and remote usability tests with customers",
  "- Designed the onboarding flow in Figma, lifting activation 12%",
  "UX Designer, Copperline Studio, Austin, TX",
  "May 2018 - December 2020",
  "- Built clickable prototypes for retail clients",
  "EDUCATION",
  "BFA in Graphic Design, Texas State University, 2018",
  "SKILLS",
  "Figma, Prototyping, User Research, Wireframing",
].join("\n");

const DESIGN_AD = parseAdText(
  [
    "Senior Product Designer",
    "Requirements:",
    "- 4+ years designing digital products",
    "- Expert in Figma and prototyping",
    "- Hands-on user research experience",
  ].join("\n"),
);

const heldBy = (a: ReturnType<typeof analyze>, name: string) =>
  a.matched.find((m) => m.skill.toLowerCase().includes(name.toLowerCase()));

describe("skills the bullets show are not 'only listed' (trial14 §3)", () => {
  it("a President's Club AE's negotiating and mentoring bullets show Negotiation and Leadership", async () => {
    const profile = await profileFromText(AE, now);
    const a = analyze(profile, SALES_MANAGER, deps);
    for (const soft of ["negotiation", "leadership"]) {
      const m = heldBy(a, soft);
      expect(m, soft).toBeDefined();
      expect(m!.credit, soft).toBe(1);
      expect(
        a.gaps.some((g) => g.skill.toLowerCase().includes(soft)),
        soft,
      ).toBe(false);
    }
    expect(String(heldBy(a, "negotiation")!.evidence)).toContain("Negotiate multi-year contracts");
    for (const soft of ["negotiation", "leadership"])
      expect(String(heldBy(a, soft)!.evidence), soft).not.toMatch(/only listed/);
  });

  it("a designer whose bullet runs discovery workshops and usability tests has User Research shown", async () => {
    const profile = await profileFromText(DESIGNER, now);
    const a = analyze(profile, DESIGN_AD, deps);
    const research = heldBy(a, "user research");
    expect(research).toBeDefined();
    expect(research!.credit).toBeGreaterThanOrEqual(0.8);
    expect(a.gaps.some((g) => /user research/i.test(g.skill))).toBe(false);
    expect(String(research!.evidence)).not.toMatch(/only listed/);
    expect(String(research!.evidence)).toMatch(/usability tests|discovery workshops/);
  });

  it("kin work backs a claim, it does not grant a skill nobody listed", async () => {
    const profile = await profileFromText(
      DESIGNER.replace("Prototyping, User Research,", "Prototyping,"),
      now,
    );
    const a = analyze(profile, DESIGN_AD, deps);
    expect(heldBy(a, "user research")?.credit ?? 0).toBeLessThan(0.8);
  });
});
