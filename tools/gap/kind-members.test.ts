/**
 * Issue 13 (trial F10.3): an HR coordinator who ran payroll in ADP Workforce Now was gapped on
 * "Human resources software (such as HRIS, Applicant tracking) — required, high": the kind ask
 * listed only the occupation's own O*NET tools. O*NET files ADP Workforce Now under the same
 * commodity class (data/roles/kind-members.json), so it meets the kind. The resume is made up.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { kindMemberVia, kindOfAsk } from "./kind-members.ts";
import { groupRequirements, matchGroup } from "./match.ts";

const deps = gapDeps();
const RESUME = [
  "Robin Example",
  "robin@example.org | Austin, TX",
  "EXPERIENCE",
  "HR Coordinator — Hillcountry Freight, Austin, TX — January 2020 to present",
  "- Processed biweekly payroll for 300 staff in ADP Workforce Now",
  "- Kept personnel files and headcount reports current",
  "SKILLS",
  "ADP Workforce Now, payroll, onboarding",
].join("\n");

describe("a kind of tool met by any tool O*NET files under it", async () => {
  const profile = await profileFromText(RESUME, new Date("2026-12-01"));
  const hrKind = {
    skillId: "hris",
    name: "Human resources software (such as HRIS, Applicant tracking)",
    type: "technical" as const,
    category: "tool" as const,
    kind: "required" as const,
    critical: false,
    level: "intermediate" as const,
    alternatives: ["applicant-tracking"],
    toolKind: "Human resources software",
    evidence: "typical core kind of tool",
  };

  it("meets 'Human resources software' with ADP Workforce Now", () => {
    const [group] = groupRequirements(deps.graph, [hrKind]);
    const result = matchGroup(deps.graph, group!, profile.skills);
    expect(result.match?.skill).toBe("ADP Workforce Now");
    expect(result.credit).toBeGreaterThan(0.6);
  });

  it("reads a curated kind's class from its tools, and a tool of another class meets none", () => {
    expect(kindOfAsk(["hris", "applicant-tracking"])).toBe("Human resources software");
    expect(kindOfAsk(["salesforce", "act"])).toBe("CRM software");
    const ask = { ids: ["hris", "applicant-tracking"], toolKind: true, kindName: "Human resources software" };
    expect(kindMemberVia(ask, "adp-workforce-now")).toBe("child");
    expect(kindMemberVia(ask, "quickbooks")).toBeUndefined();
  });

  it("does not widen a plain ask to its class: Kubernetes is not met by Docker", () => {
    const ad = parseJobPosting(
      ["Platform Engineer", "Requirements", "- Kubernetes"].join("\n"),
      (t) => extractSkills(t, { section: "job ad" }),
      deps.graph,
    );
    expect(kindMemberVia({ ids: ["kubernetes"] }, "docker")).toBeUndefined();
    const a = analyze(profile, ad, deps);
    expect(a.matched.find((m) => /Kubernetes/.test(m.requirement))?.skill).not.toBe("ADP Workforce Now");
  });
});
