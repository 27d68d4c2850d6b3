/**
 * Issue 13: tools an ad gives as examples of a kind without "such as" — "Oracle or a similar
 * ERP", "patient records systems (Meditech, Epic)" — are one ask for the kind, met by any tool
 * of it, not a must-have per tool. Ads written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const deps = gapDeps();
const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
const asks = (text: string) => parse(text).skills.map((s) => [s.skillId, s.alternatives.join("|")].join(" "));

describe("tools named as examples of a kind", () => {
  it("reads 'X or a similar KIND' as one ask for the kind", () => {
    for (const join of ["or a similar", "or another", "or an equivalent", "or any other", "/ other"]) {
      const got = asks(
        `Payroll Administrator\nWhat you bring:\n- Hands-on use of SAP ${join} ERP\n- Advanced Excel`,
      );
      expect(got, join).toContain("erp sap");
      expect(
        got.some((a) => a.startsWith("sap")),
        join,
      ).toBe(false);
      expect(got, join).toContain("excel ");
    }
  });

  it("keeps a tool that is not of the kind its own ask", () => {
    const got = asks("Finance Assistant\nRequirements:\n- Confident with Excel, SAP or a comparable ERP");
    expect(got).toContain("excel ");
    expect(got).toContain("erp sap");
  });

  it("reads examples in brackets right after the kind", () => {
    const got = asks(
      "Ward Nurse\nRequirements:\n- Daily use of electronic health records (Cerner, Epic)\n- BLS certification",
    );
    expect(got).toContain("ehr cerner|epic-ehr");
    expect(got.some((a) => a.startsWith("cerner") || a.startsWith("epic-ehr"))).toBe(false);
  });

  it("does not read a bracket of other things as examples", () => {
    const got = asks("Data Analyst\nRequirements:\n- Python (3 years) and SQL\n- Excel (pivot tables)");
    expect(got).toContain("python ");
    expect(got).toContain("excel ");
  });

  it("reads tools in brackets after a kind noun as one ask though no skill sits above them all", () => {
    // Before: three must-haves, so a person who used Jenkins and only listed Puppet was UNFIT
    // "must-have Puppet only listed on your profile".
    const ad =
      "Release Engineer\nRequirements:\n- Solid experience with deployment and monitoring tools (Jenkins Puppet Grafana)\n- Python scripting";
    const got = asks(ad);
    expect(got).toContain("jenkins grafana|puppet");
    expect(got).toContain("puppet grafana|jenkins");
    const p = profile({
      skills: [
        ...profile().skills,
        skill("jenkins", "advanced", { years: 4 }),
        skill("puppet", "intermediate", { validated: false, evidence: [] }),
      ],
    });
    expect(analyze(p, parse(ad), deps).verdictReason).not.toMatch(/Puppet only listed|not found/);
  });

  it("keeps a bracket after a product name or a word that is no kind a list of separate asks", () => {
    const got = asks("Data Engineer\nRequirements:\n- Strong experience in our data work (Python, SQL)");
    expect(got).toContain("python ");
    expect(got).toContain("sql ");
  });

  it("is met by another tool of the kind", () => {
    const job = parse(
      "Payroll Administrator\nRequirements:\n- Must have payroll experience\n- Strong SAP or a similar ERP",
    );
    const p = profile({
      skills: [...profile().skills, skill("payroll", "advanced"), skill("workday", "advanced")],
    });
    const gaps = analyze(p, job, deps).gaps.map((g) => g.skill);
    expect(gaps.filter((g) => /SAP|ERP/.test(g))).toEqual([]);
  });
});
