/**
 * Issue 13 (trial finding): a salesperson's account-executive and sales-representative years
 * counted half toward "Sales Manager", because O*NET files the manager in SOC family 11 and the
 * sellers in 41. Years in the trade a managing job leads count in full; a lead's grade toward a
 * manager and unrelated work do not. Resumes written here.
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
import { occupationsOfTitle } from "./occupation-kinship.ts";
import { isLedTrade } from "./trade-kinship.ts";

const deps = gapDeps();
const roles = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
) as CompiledRoles;
const dreamRole = (title: string) =>
  describeDreamRole(title, createRoleFinder(roles, getRoleExtras()), deps.graph);

const SELLER = [
  "Tomasz Wren",
  "Account Executive | t.wren@example.org | Leeds, UK",
  "EXPERIENCE",
  "Senior Account Executive, Harbourline Logistics Software, Leeds",
  "February 2020 - Present",
  "- Won 38 new mid-market customers and kept renewals above 92%, working every deal in Salesforce.",
  "Account Executive, Pennine Print & Signs, Bradford",
  "March 2017 - January 2020",
  "- Sold signage and print packages to retailers across Yorkshire.",
  "Sales Representative, Dales Office Furniture, Harrogate",
  "August 2015 - February 2017",
  "- Visited 25 offices a week and quoted fit-outs.",
  "EDUCATION",
  "BA (Hons) Business Studies, Leeds Beckett University, 2015",
].join("\n");

describe("years in the trade a managing job leads", () => {
  it("count in full: a seller's years toward a sales manager", async () => {
    const person = await profileFromText(SELLER, new Date("2026-06-01"));
    const exp = analyze(person, dreamRole("sales manager"), deps).scoreDetails.experience;
    const text = exp.evidence.join("\n");
    expect(text).toContain("Sales Representative at Dales Office Furniture");
    expect(text).not.toMatch(/adjacent work/);
    expect(exp.explanation).toMatch(/^(9|10|11)(\.\d)? relevant year/);
  });

  it("place sellers under the sales manager and nowhere else", () => {
    const salesManager = occupationsOfTitle("Sales Manager");
    expect(isLedTrade("Sales Representative", salesManager)).toBe(true);
    expect(isLedTrade("Senior Account Executive", salesManager)).toBe(true);
    expect(isLedTrade("Registered Nurse", salesManager)).toBe(false);
    expect(isLedTrade("Warehouse Supervisor", occupationsOfTitle("Operations Manager"))).toBe(false);
    expect(isLedTrade("Executive Assistant", occupationsOfTitle("Chief Executive"))).toBe(false);
    // Not a managing job: another family stays another trade's work.
    expect(isLedTrade("Environmental Engineer", occupationsOfTitle("Software Developer"))).toBe(false);
  });

  it("leave a supervisor's years toward a manager of the same work adjacent", async () => {
    const person = await profileFromText(
      [
        "Ana Pires",
        "EXPERIENCE",
        "Shift Supervisor, Riverside Distribution, Porto",
        "January 2018 - Present",
        "- Ran the night shift of 14 pickers and loaders.",
      ].join("\n"),
      new Date("2026-06-01"),
    );
    const exp = analyze(person, dreamRole("operations manager"), deps).scoreDetails.experience;
    expect(exp.evidence.join("\n")).toMatch(/Shift Supervisor .*adjacent work/);
  });
});
