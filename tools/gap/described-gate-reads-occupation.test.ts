/**
 * Issue 13 (new-user trial 2026-12-06, returner2 and jdev): the described-role gate
 * (described-gate.ts) was fitted and measured with the person's occupation closeness read
 * (tools/gap/eval/fit-defaults.ts sets `readOccupation`), its heaviest input, but the chat, the
 * CLI and REST analyse without that flag, so the gate saw a constant in its place: an office
 * manager of seven years toward administrative assistant and a junior software developer toward a
 * back-end engineer "read as another field's work" (UNFIT). The analysis now reads the occupation
 * for every described role, with the deps every channel passes. Profiles written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, roleFinder } from "../../test-support/gap-fixtures.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { analyze } from "./analyze.ts";

/** The deps a channel passes: no `readOccupation`. */
const deps = gapDeps();

const officeManager = profile({
  headline: "Office Manager",
  summary: "Office manager of a busy dental practice.",
  education: [{ degree: "High school diploma", level: "secondary", field: "" }],
  experience: [
    {
      title: "Office Manager",
      company: "Bright Smiles Dental",
      start: "2012-03",
      end: "2019-06",
      bullets: ["Ran the front desk for four dentists: scheduling, billing and insurance claims in Dentrix."],
      skills: [],
    },
  ],
  skills: [],
  totalYearsExperience: 7,
});

const juniorDeveloper = profile({
  headline: "Junior Software Developer",
  summary: "Junior developer building back-end services.",
  experience: [
    {
      title: "Junior Software Developer",
      company: "Riverbend Apps",
      start: "2023-07",
      end: "2026-10",
      bullets: ["Built REST APIs in Node.js and TypeScript on PostgreSQL, shipped in Docker."],
      skills: ["nodejs", "typescript", "postgresql", "docker"],
    },
  ],
  totalYearsExperience: 3,
});

const otherField = (text: string) => /another field's work/.test(text);

describe("the described-role gate reads the occupation it was fitted with", () => {
  it("an office manager toward administrative assistant is not another field's work", () => {
    const analysis = analyze(
      officeManager,
      describeDreamRole("administrative assistant", roleFinder(), deps.graph),
      deps,
    );
    expect(otherField(analysis.verdictReason)).toBe(false);
    expect(analysis.gaps.some((g) => otherField(g.reason))).toBe(false);
  });

  it("a junior software developer toward a back-end engineer is not another field's work", () => {
    const analysis = analyze(
      juniorDeveloper,
      describeDreamRole("backend engineer", roleFinder(), deps.graph),
      deps,
    );
    expect(otherField(analysis.verdictReason)).toBe(false);
  });

  it("still reads a cook toward administrative assistant as another field's work", () => {
    const cook = profile({
      headline: "Line Cook",
      summary: "Line cook.",
      education: [{ degree: "High school diploma", level: "secondary", field: "" }],
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
      describeDreamRole("administrative assistant", roleFinder(), deps.graph),
      deps,
    );
    expect(analysis.verdict).toBe("UNFIT");
  });
});
