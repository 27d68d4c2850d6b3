/**
 * A dream role's gaps of equal severity come in the order of how central the skill is to the
 * role, not by impact per hour: a cheap tool every field lists (Adobe Acrobat) used to come
 * before the marketing tools a marketing manager is hired for (HubSpot, Google Analytics).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRoleExtras } from "../../data/roles/extras.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { createRoleFinder } from "../jobs/role-finder.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const roles = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
) as CompiledRoles;
const findRole = createRoleFinder(roles, getRoleExtras());

const coordinator = profile({
  headline: "Marketing Coordinator",
  experience: [
    {
      title: "Marketing Coordinator",
      company: "Brightco",
      start: "2019-03",
      end: "2024-01",
      bullets: ["Planned and ran email campaigns for product launches."],
      skills: ["excel"],
    },
  ],
  skills: [skill("excel", "advanced", { years: 4 })],
});

describe("dream-role gap order", () => {
  it("puts a marketing manager's field tools before a generic document tool of the same severity", () => {
    const role = describeDreamRole("I want to work as a marketing manager", findRole, deps.graph);
    const gaps = analyze(coordinator, role, deps).gaps;
    const at = (id: string) => gaps.findIndex((g) => g.skillId === id);
    expect(at("hubspot")).toBeGreaterThanOrEqual(0);
    expect(at("adobe-acrobat")).toBeGreaterThanOrEqual(0);
    expect(gaps[at("hubspot")]!.severity).toBe(gaps[at("adobe-acrobat")]!.severity);
    expect(at("hubspot")).toBeLessThan(at("adobe-acrobat"));
    expect(at("google-analytics")).toBeLessThan(at("adobe-acrobat"));
  });

  it("still orders by severity first", () => {
    const role = describeDreamRole("I want to work as a marketing manager", findRole, deps.graph);
    const order = ["critical", "high", "medium", "low"];
    const severities = analyze(coordinator, role, deps).gaps.map((g) => order.indexOf(g.severity));
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });
});
