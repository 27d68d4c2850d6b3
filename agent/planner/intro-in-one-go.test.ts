/**
 * Issue 12 (chat12r), trial 2026-12-06 finding 1: a casual intro read as role + years + dates +
 * tools in one go by the planner. Messages written for this test.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { introRest } from "./intro-rest.ts";
import { understand } from "./understand.ts";

const saved = async (text: string) => {
  const p = await understand(text, {
    focus: {},
    attachments: [],
    available: new Set(TOOL_NAMES),
    ownSkills: [],
  });
  return p.calls.find((c) => c.name === "save_background")?.args as
    | { roles: Record<string, unknown>[]; skills: { name: string }[]; unread?: string[] }
    | undefined;
};

it("reads 'been a <job> N years' after an aside, with tools whose names hold an ampersand", async () => {
  const args = await saved(
    "I'm 61, been a welder 35 years, mostly Bridgeport mills, I read blueprints and GD&T",
  );
  expect(args?.roles).toEqual([expect.objectContaining({ months: 420, current: true })]);
  const names = args?.skills.map((s) => s.name) ?? [];
  expect(names).toEqual(expect.arrayContaining(["Bridgeport", "GD&T"]));
  expect(names).not.toContain("GD");
});

it("splits 'N years of X, the last M as a senior Y' into the earlier job and the one held now", async () => {
  const args = await saved("I have 9 years of insurance sales experience, the last 4 as a senior sales rep");
  expect(args?.roles).toEqual([
    { title: "Sales Rep", months: 60, current: false, endedMonthsAgo: 48 },
    { title: "Senior Sales Rep", months: 48, current: true },
  ]);
});

it("a date range beside the job beats counting back, and an open range keeps the job current", async () => {
  const past = await saved("I was a dental receptionist for 6 years (2009-2015) then moved abroad");
  expect(past?.roles).toEqual([expect.objectContaining({ start: "2009", end: "2015", current: false })]);
  const open = await saved("I've been a bookkeeper since 2017 - present, QuickBooks and Xero");
  expect(open?.roles).toEqual([expect.objectContaining({ start: "2017", current: true })]);
});

it("an ampersand inside a skill's name keeps it whole when skills are added on their own", async () => {
  const p = await understand("add GD&T and R&D to my skills", {
    focus: {},
    attachments: [],
    available: new Set(TOOL_NAMES),
    ownSkills: ["Python"],
  });
  const names = p.calls.filter((c) => c.name === "add_skill").map((c) => c.args.skill);
  expect(names).toEqual(expect.arrayContaining(["GD&T"]));
  expect(names).not.toContain("GD");
});

it("a certificate or clearance named in the intro's lists is a certification, not a skill or dropped", async () => {
  const args = (await saved(
    "been a dock supervisor 7 yrs, run a crew of 9, forklift cert, secret clearance, i use SAP and excel",
  )) as { certifications?: string[]; skills: { name: string }[] } | undefined;
  expect(args?.certifications).toEqual(["Forklift certification", "Secret clearance"]);
  expect(args?.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["SAP", "Microsoft Excel"]));
});

it("keeps no lead-in words as a skill once the job is taken out (CI 2026-12-06: a skill 'I'm a   SQL')", () => {
  const rest = introRest("I'm a data analyst with 3 years of SQL and Tableau at a freight company", [
    "data analyst with 3 years of",
  ]);
  expect(rest.skills.map((s) => s.name).sort()).toEqual(["SQL", "Tableau"]);
});
