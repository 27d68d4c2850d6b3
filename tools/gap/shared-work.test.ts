/**
 * Issue 13 (trial18 "for other owners"): occupations that share their work. A copywriter of nine
 * years wanting content marketing was told "the role is about 'research', 'analyst', 'marketing';
 * your roles do not say them" — title words, not work. The table built from O*NET and ESCO
 * (data/roles/shared-work.ts) links occupations by what they do, and the explanation names the
 * work the two share. Profiles written here.
 */
import { describe, expect, it } from "vitest";
import { occupationsSharingWork, workOverlap } from "../../data/roles/shared-work.ts";
import { gapDeps, profile, roleFinder } from "../../test-support/gap-fixtures.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { analyze } from "./analyze.ts";
import { SHARED_WORK_BAR, SHARED_WORK_NOTE_BAR, sharedWorkOf } from "./shared-work-kinship.ts";

const WRITERS = "27-3043.00";
const MARKETING_SPECIALISTS = "13-1161.00";
const STOCKERS = "53-7065.00";
const SHIPPING_CLERKS = "43-5071.00";
const SOFTWARE_DEVELOPERS = "15-1252.00";

/** 0..1: the most work a held role's occupations share with the role's, 0 below the gate's bar. */
const sharedWorkKinship = (heldTitle: string, target: string) =>
  sharedWorkOf(heldTitle, target)?.overlap ?? 0;

describe("occupations sharing their work (built table)", () => {
  it("links occupations whose sources file the same work together, both ways", () => {
    expect(workOverlap(WRITERS, MARKETING_SPECIALISTS)).toBeGreaterThanOrEqual(SHARED_WORK_NOTE_BAR);
    expect(workOverlap(MARKETING_SPECIALISTS, WRITERS)).toBe(workOverlap(WRITERS, MARKETING_SPECIALISTS));
    expect(workOverlap(STOCKERS, SHIPPING_CLERKS)).toBeGreaterThanOrEqual(SHARED_WORK_NOTE_BAR);
    expect(occupationsSharingWork(STOCKERS).map((r) => r.code)).toContain(SHIPPING_CLERKS);
  });

  it("does not link occupations of unrelated work", () => {
    expect(workOverlap(SOFTWARE_DEVELOPERS, STOCKERS)).toBe(0);
    expect(workOverlap(WRITERS, STOCKERS)).toBe(0);
    expect(workOverlap(STOCKERS, STOCKERS)).toBe(1);
  });

  it("reads a held title's occupation as kindred only when it shares the role's work", () => {
    // The gate reads the overlaps other fields almost never reach; the explanation the lower ones.
    expect(sharedWorkKinship("Poet", WRITERS)).toBeGreaterThanOrEqual(SHARED_WORK_BAR);
    expect(sharedWorkKinship("Copywriter", MARKETING_SPECIALISTS)).toBe(0);
    expect(sharedWorkOf("Copywriter", MARKETING_SPECIALISTS, "", SHARED_WORK_NOTE_BAR)?.code).toBe(WRITERS);
    expect(sharedWorkKinship("Line Cook", MARKETING_SPECIALISTS)).toBe(0);
  });
});

const deps = gapDeps();

const copywriter = profile({
  headline: "Copywriter",
  summary: "Copywriter for brands and agencies.",
  education: [{ degree: "BA Journalism", level: "bachelor", field: "Journalism" }],
  experience: [
    {
      title: "Copywriter",
      company: "Bluefin Agency",
      start: "2016-01",
      end: "2025-01",
      bullets: [
        "Wrote landing pages, newsletters and product copy for a dozen consumer brands.",
        "Ran the agency blog's editorial calendar and briefed freelance writers.",
      ],
      skills: [],
    },
  ],
  skills: [],
  totalYearsExperience: 9,
});

describe("the why of a described role names shared work, not title words", () => {
  it("a copywriter toward content marketing is told which work the two occupations share", () => {
    const analysis = analyze(
      copywriter,
      describeDreamRole("I want to work in content marketing", roleFinder(), deps.graph),
      deps,
    );
    expect(analysis.verdictReason).toMatch(
      /"Copywriter" work is writers and authors work, which shares some of its work/,
    );
    expect(analysis.verdictReason).not.toMatch(/"research", "analyst"/);
  });

  it("a line cook toward the same role gets no shared-work reading", () => {
    const cook = profile({
      headline: "Line Cook",
      summary: "Line cook.",
      experience: [
        {
          title: "Line Cook",
          company: "Harbor Grill",
          start: "2018-01",
          end: "2025-01",
          bullets: ["Worked the grill and fry stations on a busy dinner line."],
          skills: [],
        },
      ],
      skills: [],
      totalYearsExperience: 7,
    });
    const analysis = analyze(
      cook,
      describeDreamRole("I want to work in content marketing", roleFinder(), deps.graph),
      deps,
    );
    expect(analysis.verdict).toBe("UNFIT");
    expect(analysis.verdictReason).not.toMatch(/shares some of its work/);
  });
});
