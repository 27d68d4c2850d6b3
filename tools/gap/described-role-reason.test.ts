/**
 * A described role's FIT never claims "every requirement typical for the role is met" while a
 * skill it asks is listed as a gap or a duty is not shown (issue 13 trial: a warehouse
 * supervisor was FIT for "Logistics Coordinator" with "every requirement typical for the role
 * is met" beside Skills 23, "0 of 3 skill requirement(s) met"). Profiles written here.
 */
import { describe, expect, it } from "vitest";
import { describedRole, gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { decideVerdict } from "./readiness.ts";

const deps = gapDeps();

const shiftLead = profile({
  headline: "Warehouse Supervisor",
  summary: "Warehouse supervisor running shifts at a distribution centre.",
  experience: [
    {
      title: "Warehouse Supervisor",
      company: "Northgate Depot",
      start: "2018-02",
      end: "2024-06",
      bullets: [
        "Booked inbound trucks with carriers and kept the dock schedule",
        "Checked bills of lading against purchase orders before unloading",
        "Led a crew of twelve on receiving and outbound shipping",
      ],
      skills: [],
    },
  ],
  education: [{ degree: "High School Diploma", level: "secondary" }],
  skills: [skill("excel", "beginner", { proficiencyStated: false, evidence: [], validated: false })],
  totalYearsExperience: 6,
});

describe("a described role's verdict text", () => {
  it("does not call every requirement met beside nice-to-haves listed as gaps", () => {
    const a = analyze(shiftLead, describedRole("logistics coordinator"), deps);
    const skillGaps = a.gaps.filter((g) => g.type === "skill");
    expect(skillGaps.length).toBeGreaterThan(0);
    expect(a.verdictReason).not.toMatch(/every requirement typical for the role is met/);
  });

  it.each([
    "logistics coordinator",
    "customer service representative",
    "operations manager",
    "personal trainer",
  ])("claims every requirement met for %s only with no skill gap and every duty shown", (said) => {
    const a = analyze(shiftLead, describedRole(said), deps);
    if (!/every requirement typical for the role is met/.test(a.verdictReason)) return;
    expect(a.gaps.filter((g) => g.type === "skill")).toEqual([]);
    expect(
      (a.requirements ?? []).filter((e) => e.type === "duty" && e.kind === "required" && !e.met),
    ).toEqual([]);
  });

  const verdictFor = (describedOpen: Parameters<typeof decideVerdict>[0]["describedOpen"]) =>
    decideVerdict({
      readiness: 60,
      probability: 0.7,
      unmet: [],
      hardUnmet: [],
      missingMustHaves: [],
      enoughData: true,
      requiredGaps: [],
      describedRole: true,
      ...(describedOpen ? { describedOpen } : {}),
    }).reason;

  it("names the nice-to-haves still open and the duties shown", () => {
    const reason = verdictFor({ niceToHaves: ["Microsoft Word"], duties: { shown: 2, of: 5 } });
    expect(reason).toMatch(
      /no skill the role requires is missing; nice-to-haves still open: Microsoft Word; 2 of the role's 5 typical duties shown/,
    );
    expect(verdictFor({ niceToHaves: [], duties: { shown: 3, of: 5 } })).not.toMatch(/every requirement/);
  });

  it("calls every requirement met when nothing is open", () => {
    expect(verdictFor({ niceToHaves: [], duties: { shown: 4, of: 4 } })).toMatch(
      /every requirement typical for the role is met/,
    );
  });
});
