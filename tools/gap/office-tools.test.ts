/**
 * Issue 13 item 3 (trial F3.3, F6.1, F14.4): an office manager of years who lists "Microsoft Word,
 * Excel" had them read as listed-only beginner skills, so a described office role's Office asks
 * stayed gaps beside the work. A listed tool of a kind every occupation uses counts as used in a
 * dated role whose occupation lists that kind; a specialist tool, or no dated role, still does
 * not. The real parser and analysis run; the resumes are made up.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRoleExtras } from "../../data/roles/extras.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { createRoleFinder } from "../jobs/role-finder.ts";
import { analyze } from "./analyze.ts";
import { everyonesKinds, officeToolsInWork } from "./office-tools.ts";

const deps = gapDeps();
const roles = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
) as CompiledRoles;
const findRole = createRoleFinder(roles, getRoleExtras());
const NOW = new Date("2026-12-01");

const resume = (experience: string[]) =>
  [
    "Sam Example",
    "sam@example.org | Denver, CO",
    "EXPERIENCE",
    ...experience,
    "SKILLS",
    "Microsoft Word, Microsoft Excel, Microsoft Office, Salesforce, scheduling",
  ].join("\n");
const OFFICE = resume([
  "Office Manager — Front Range Dental, Denver, CO — March 2017 to present",
  "- Ran the front office: calendars, vendor orders and patient correspondence",
  "- Prepared the monthly billing summary for the owners",
]);

describe("office tools listed by a person whose work uses them", async () => {
  const office = await profileFromText(OFFICE, NOW);
  const noRoles = await profileFromText(resume([]), NOW);
  const month = NOW.getUTCFullYear() * 12 + NOW.getUTCMonth();

  it("reads the kinds every occupation uses from the role data", () => {
    const kinds = everyonesKinds();
    expect(kinds.has("Spreadsheet software")).toBe(true);
    expect(kinds.has("Office suite software")).toBe(true);
    expect(kinds.has("CRM software")).toBe(false);
  });

  it("backs a listed Word and Office with the office manager's years, not Salesforce", () => {
    const skills = officeToolsInWork(deps.graph, office, office.skills, month);
    const by = (name: string) => skills.find((s) => s.name === name);
    expect(by("Microsoft Word")?.evidence.join(" ")).toMatch(/Office Manager/);
    expect(by("Microsoft Word")?.years).toBeGreaterThan(9);
    expect(by("Microsoft Office")?.evidence.length).toBeGreaterThan(0);
    expect(by("Salesforce")?.evidence ?? []).toEqual([]);
    const bare = officeToolsInWork(deps.graph, noRoles, noRoles.skills, month);
    expect(bare.find((s) => s.name === "Microsoft Word")?.evidence ?? []).toEqual([]);
  });

  it("meets a described office role's Office ask with the listed suite", () => {
    const role = describeDreamRole("I want to work as an office manager", findRole, deps.graph);
    const a = analyze(office, role, deps);
    const suite = a.matched.find((m) => /Microsoft Office/.test(m.requirement));
    expect(suite?.credit).toBeGreaterThanOrEqual(0.9);
    expect(a.gaps.some((g) => /Microsoft Office/.test(g.skill) && g.severity !== "low")).toBe(false);
  });
});
