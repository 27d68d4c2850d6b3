/**
 * Issue 13 (new-user trial 2026-12-06): a held role whose occupation's usual work does most of a
 * described role's typical duties is kindred work (duty-kinship.ts), and a described role's
 * duties shown count in its skills score (trade-evidence.ts tradeCompetences). A cashier toward
 * bank teller showed six of the teller's six duties, quoted from a cashier's work, yet scored
 * skills 0, readiness 0 and UNFIT "another field's work": the teller's skill list is Microsoft
 * Office (preferred) alone, and "Cashier" reads 0.28 like "Bank Teller". Profiles written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, roleFinder } from "../../test-support/gap-fixtures.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();

const worker = (title: string, bullet: string) =>
  profile({
    headline: title,
    summary: `${title} at a neighbourhood shop.`,
    education: [{ degree: "High school diploma", level: "secondary", field: "" }],
    experience: [
      {
        title,
        company: "Corner Foods",
        start: "2020-03",
        end: "2025-10",
        bullets: [bullet],
        skills: [],
      },
    ],
    skills: [],
    totalYearsExperience: 5,
  });

const toward = (title: string, bullet: string, role: string) =>
  analyze(worker(title, bullet), describeDreamRole(role, roleFinder(), deps.graph), deps);

describe("a held role that does most of a described role's duties", () => {
  it("a cashier of five years is a credible bank teller", () => {
    const a = toward("Cashier", "Served shoppers at the till on early shifts.", "bank teller");
    expect(a.verdict).toBe("FIT");
    expect(a.verdictModel?.describedCore?.titleSimilarity).toBeGreaterThanOrEqual(0.5);
  });

  it("the duties a cashier's work shows count in the teller's skills score", () => {
    const a = toward("Cashier", "Served shoppers at the till on early shifts.", "bank teller");
    expect(a.scores.skills ?? 0).toBeGreaterThan(50);
  });

  it("a line cook shows none of a teller's duties and stays another field's work", () => {
    const a = toward("Line Cook", "Prepped sauces and ran the grill on weekends.", "bank teller");
    expect(a.verdict).toBe("UNFIT");
    expect(a.verdictModel?.describedCore?.titleSimilarity ?? 0).toBeLessThan(0.5);
  });
});
