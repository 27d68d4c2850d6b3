/**
 * Issue 13: a line cook toward a described sous chef was told, for each kitchen competence his
 * own occupation does not list word for word, "your experience does not show it (no such work,
 * and no role held in this trade)" — four years on the line read as no kitchen work at all.
 * Work in a kindred trade (the same SOC broad group, or the same major group and a trade word in
 * both occupations' titles) is said as kindred experience and credited in part; other work is not.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile } from "../../test-support/gap-fixtures.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { loadRoleFinder } from "../jobs/target.ts";
import { analyze } from "./analyze.ts";
import { kindredOccupations } from "./kindred-trade.ts";

const deps = gapDeps();

const worker = (title: string, bullets: string[]) =>
  profile({
    headline: title,
    summary: `${title}.`,
    education: [{ degree: "High school diploma", level: "secondary", field: "" }],
    experience: [{ title, company: "Casa Verde", start: "2020-03", end: "2025-06", bullets, skills: [] }],
    skills: [],
  });

describe("kindred trades", () => {
  it("reads cooks and chefs, and two kinds of nurse, as kin; a waiter and a chef not", () => {
    expect(kindredOccupations("35-2014.00", "35-1011.00")).toBe(true);
    expect(kindredOccupations("29-2061.00", "29-1141.00")).toBe(true);
    expect(kindredOccupations("35-3031.00", "35-1011.00")).toBe(false);
    expect(kindredOccupations("15-1252.00", "35-1011.00")).toBe(false);
  });

  it("words a line cook's years as kindred work toward a sous chef, credited in part", async () => {
    const role = describeDreamRole("sous chef", await loadRoleFinder(), deps.graph);
    const cook = worker("Line Cook", ["Worked the grill and saute stations for a busy dinner service."]);
    const result = analyze(cook, role, deps);
    const duties = result.gaps.filter((g) => g.type === "duty");
    const reasons = duties.map((g) => g.reason).join("\n");
    expect(reasons).not.toMatch(/no role held in this trade/);
    for (const g of duties) {
      expect(g.reason).toMatch(/Line Cook years are kindred work/);
      expect(g.severity).toBe("low");
    }
    // The same resume with a title of another trade: no kin, the competences stay medium gaps.
    const waiter = analyze(worker("Waiter", ["Served tables for a busy dinner service."]), role, deps);
    const open = waiter.gaps.filter((g) => g.type === "duty");
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((g) => !/kindred work/.test(g.reason) && g.severity === "medium")).toBe(true);
    expect(result.scores.skills ?? 0).toBeGreaterThan(waiter.scores.skills ?? 0);
  });
});
