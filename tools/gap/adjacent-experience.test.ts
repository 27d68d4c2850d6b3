/**
 * Issue 13 item 3 (trial, 2026-12-03): titles count toward a role's experience and domain by
 * what O*NET says they are, not only by shared words. Resumes and the ad are written here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRoleExtras } from "../../data/roles/extras.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText as profileFromTextAt } from "../../test-support/profile-from-text.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { createRoleFinder } from "../jobs/role-finder.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { titleKinship } from "./title-kinship.ts";

const deps = gapDeps();

const profileFromText = (text: string) => profileFromTextAt(text, new Date("2026-06-01"));

function dreamRole(title: string) {
  const roles = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
  ) as CompiledRoles;
  return describeDreamRole(title, createRoleFinder(roles, getRoleExtras()), deps.graph);
}

const SUPERVISOR = [
  "Luis Ferreira",
  "Warehouse Supervisor | luis.f@example.org | Reno, NV",
  "EXPERIENCE",
  "Warehouse Supervisor, Sierra Freight Hub, Reno, NV",
  "April 2019 - Present",
  "- Supervise 22 pickers, packers and forklift drivers over two shifts.",
  "- Build the weekly labour schedule against inbound and outbound volume.",
  "- Raised cycle-count inventory accuracy from 94% to 99.3%.",
  "Shipping Lead, Sierra Freight Hub, Reno, NV",
  "May 2017 - March 2019",
  "- Coordinated outbound loads for 40 trucks a day.",
  "EDUCATION",
  "High School Diploma, Reno High School, 2012",
].join("\n");

const ACCOUNT_EXEC = [
  "Imani Clarke",
  "Account Executive | imani.clarke@example.org | Denver, CO",
  "EXPERIENCE",
  "Account Executive, Peakline Packaging, Denver, CO",
  "January 2015 - Present",
  "- Sold packaging contracts to 60 regional manufacturers.",
  "- Trained four new reps on prospecting and pipeline reviews.",
  "EDUCATION",
  "Bachelor of Arts in Communication, Colorado State University, 2014",
].join("\n");

const STAFF_ACCOUNTANT = [
  "Mei Tanaka",
  "Staff Accountant | mei.tanaka@example.org | Columbus, OH",
  "EXPERIENCE",
  "Staff Accountant, Buckeye Components Inc., Columbus, OH",
  "July 2022 - Present",
  "- Prepare journal entries and reconcile bank and intercompany accounts each month.",
  "- Support the month-end close and the annual audit.",
  "EDUCATION",
  "Bachelor of Science in Accounting, Ohio State University, 2022",
  "SKILLS",
  "Accounting, Excel, QuickBooks",
].join("\n");

const SENIOR_ACCOUNTANT_AD = [
  "Senior Accountant",
  "Lakeshore Tools — Columbus, OH",
  "We are looking for a Senior Accountant to own our month-end close.",
  "Requirements:",
  "- 3+ years of accounting experience",
  "- Strong knowledge of accounting and GAAP",
  "- Advanced Excel",
].join("\n");

describe("experience counted by what a title is", () => {
  it("counts a warehouse supervisor's years toward an operations manager, at reduced weight", async () => {
    const person = await profileFromText(SUPERVISOR);
    const exp = analyze(person, dreamRole("operations manager"), deps).scoreDetails.experience;
    expect(exp.score).toBeGreaterThan(0);
    expect(exp.evidence.join("\n")).toMatch(
      /Warehouse Supervisor at Sierra Freight Hub \(2019-04–present, adjacent work/,
    );
  });

  it("counts an account executive's selling years toward a sales manager", async () => {
    const person = await profileFromText(ACCOUNT_EXEC);
    const exp = analyze(person, dreamRole("sales manager"), deps).scoreDetails.experience;
    expect(exp.score).toBeGreaterThan(0);
    expect(exp.evidence.join("\n")).not.toContain("no role shares the job's skills or trade");
  });

  it("backs a listed domain skill with a role of the same trade (staff -> senior accountant)", async () => {
    const person = await profileFromText(STAFF_ACCOUNTANT);
    const ad = parseJobPosting(
      SENIOR_ACCOUNTANT_AD,
      (t) => extractSkills(t, { section: "job ad" }),
      deps.graph,
    );
    const domain = analyze(person, ad, deps).scoreDetails.domainKnowledge;
    expect(domain.evidence.join("\n")).not.toContain("only listed");
  });

  it("does not call unrelated work adjacent", () => {
    expect(titleKinship("Java Developer", ["Operations Manager"])).toBe(0);
    expect(titleKinship("Teacher", ["Sales Manager"])).toBe(0);
    expect(titleKinship("Warehouse Supervisor", ["Sales Manager"])).toBe(0);
  });

  it("counts another name for the same work in full and a supervisor toward a manager in part", () => {
    expect(titleKinship("Staff Accountant", ["Auditor"])).toBe(1);
    expect(titleKinship("Attorney", ["Lawyer"])).toBe(1);
    expect(titleKinship("Shift Supervisor", ["Operations Manager"])).toBe(0.5);
  });
});
