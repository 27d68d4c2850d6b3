/**
 * trial16 (warehouse worker toward a logistics coordinator role): the Spanish vocational diploma
 * "Ciclo Formativo de Grado Medio" was read as no education ("your profile shows no education
 * against the secondary level asked"). The diploma is upper-secondary education
 * (tools/resume/fields/degrees.ts, tools/jobs/education.ts, evidence17e). The real parsers, role
 * finder and analysis run; the resume is made up here. (The same pair is still scored as "another
 * field's work" — the described-role gate; see the evidence17e note.)
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

const deps = gapDeps();
const roles = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
) as CompiledRoles;
const findRole = createRoleFinder(roles, getRoleExtras());

const RESUME = [
  "Marta Gil",
  "marta.gil@example.org | Zaragoza, Spain",
  "EXPERIENCE",
  "Warehouse Operative — Distribuciones Ebro S.L., Zaragoza — April 2019 to present",
  "- Unloaded inbound trucks and checked pallets against the delivery notes",
  "- Kept cycle counts and stock records in the warehouse system",
  "- Organised the picking rota for a team of three on the early shift",
  "EDUCATION",
  "Ciclo Formativo de Grado Medio en Actividades Comerciales — IES Goya, 2018",
  "SKILLS",
  "Inventory control, forklift, Excel",
].join("\n");

describe("a warehouse worker with a vocational diploma toward a logistics coordinator role", async () => {
  const profile = await profileFromText(RESUME, new Date("2024-06-01"));
  const job = describeDreamRole("I want to work as a logistics coordinator", findRole, deps.graph);
  const a = analyze(profile, job, deps);

  it("reads the Grado Medio diploma as the secondary education the role asks", () => {
    expect(profile.education.map((e) => e.level)).toContain("secondary");
    expect(a.scores.education).toBe(100);
    expect(a.gaps.some((g) => g.type === "education")).toBe(false);
  });
});
