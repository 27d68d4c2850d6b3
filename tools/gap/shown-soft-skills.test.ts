/**
 * Soft skills a salesperson's duties show are held, with the roles' years (issue 13, trial14
 * §3): an account executive whose bullets negotiate renewals, mentor new reps and present
 * quarterly reviews was told Negotiation was "only listed" at beginner level and Mentoring was a
 * required gap. A soft skill only listed, with no duty behind it, stays a listing. Resume and ad
 * written here.
 */
import { describe, expect, it } from "vitest";
import { LISTER, REP } from "../../test-support/fixtures/sales-rep-resumes.ts";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { softSkillsInDuty, softSkillsShownInRoles } from "./shown-soft-skills.ts";

const deps = gapDeps();
const now = new Date("2026-06-01");

const shown = async (resume: string) =>
  new Map(
    softSkillsShownInRoles(await profileFromText(resume, now), deps.graph, 2026 * 12 + 5).map((s) => [
      s.skillId,
      s,
    ]),
  );

describe("soft skills shown by duties", () => {
  it("holds negotiation, mentoring, presentation and communication the duties show, with the roles' years, quoted", async () => {
    const held = await shown(REP);
    for (const id of ["negotiation", "mentoring", "presentation", "communication", "leadership"])
      expect(held.get(id)?.validated, id).toBe(true);
    const negotiation = held.get("negotiation")!;
    expect(negotiation.evidence.join(" ")).toContain("Negotiated multi-year renewals");
    expect(negotiation.years ?? 0).toBeGreaterThan(6);
    expect(negotiation.proficiency).toBe("advanced");
    // Mentoring is shown in both roles: their years add up.
    expect(held.get("mentoring")!.years ?? 0).toBeGreaterThan(negotiation.years ?? 0);
  });

  it("holds nothing for a soft skill only listed, with no duty behind it", async () => {
    const held = await shown(LISTER);
    for (const id of ["negotiation", "mentoring", "presentation"]) expect(held.has(id), id).toBe(false);
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
