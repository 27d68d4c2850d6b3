/**
 * Issue 13 (new-user trial 2026-12-06): a described role's duties done in a role the person held,
 * read from what that role's occupation does (held-work.ts). A cashier toward bank teller showed
 * none of the teller's duties ("Receive and pay out money"), and a senior sales representative
 * none of an account executive's, because the person's own words (a title, a line or two) do
 * not repeat them. Profiles written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, roleFinder } from "../../test-support/gap-fixtures.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();

const worker = (title: string, bullet: string) =>
  profile({
    headline: title,
    summary: `${title}.`,
    education: [{ degree: "High school diploma", level: "secondary", field: "" }],
    experience: [
      {
        title,
        company: "Maple Street Market",
        start: "2022-01",
        end: "2025-09",
        bullets: [bullet],
        skills: [],
      },
    ],
    skills: [],
    totalYearsExperience: 3,
  });

const dutiesShown = (title: string, bullet: string, role: string) => {
  const analysis = analyze(worker(title, bullet), describeDreamRole(role, roleFinder(), deps.graph), deps);
  const duties = (analysis.requirements ?? []).filter((r) => r.type === "duty");
  return { duties, shown: duties.filter((r) => r.met) };
};

describe("a described role's duties done in a held role's usual work", () => {
  it("a cashier shows a bank teller's money handling, quoted as a cashier's work", () => {
    const { duties, shown } = dutiesShown(
      "Cashier",
      "Worked the front registers on weekend shifts.",
      "bank teller",
    );
    expect(duties.length).toBeGreaterThan(0);
    const money = shown.find((r) => /money/i.test(r.text));
    expect(money?.quote).toMatch(/^Cashier, Maple Street Market \(as .* work: "/);
  });

  it("a senior sales representative shows an account executive's typical duties", () => {
    const { duties, shown } = dutiesShown(
      "Senior Sales Representative",
      "Closed new accounts with mid-sized companies.",
      "enterprise account executive",
    );
    expect(duties.length).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThanOrEqual(Math.ceil(duties.length / 2));
  });

  it("work of another field shows none of them", () => {
    const { duties, shown } = dutiesShown(
      "Line Cook",
      "Worked the grill station on weekend shifts.",
      "bank teller",
    );
    expect(duties.length).toBeGreaterThan(0);
    expect(shown.filter((r) => /\(as .* work: "/.test(r.quote ?? ""))).toEqual([]);
  });
});
