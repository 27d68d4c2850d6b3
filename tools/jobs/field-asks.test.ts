/**
 * Roles outside office work ask their own field's competences (issue 13): a described sous
 * chef, electrician, nurse aide or warehouse lead asked Word, Outlook and Excel — the only
 * technologies O*NET lists for them — and nothing of the trade. Now they ask the trade's
 * competences (ESCO labels read by meaning from the occupation's duties, role-extras
 * `fieldAsks`), no office suite, and their software only as a nice-to-have. Office work keeps
 * its tools as its asks.
 */
import { describe, expect, it } from "vitest";
import { describedRole } from "../../test-support/gap-fixtures.ts";

const OFFICE = /\b(microsoft (word|outlook|excel|office)|spreadsheet|word processing|electronic mail)\b/i;

/** Required asks of a few words, a competence ("Able to repair wiring"), not a duty sentence of O*NET's. */
const fieldLines = (role: string) =>
  (describedRole(role).requirementLines ?? [])
    .filter((l) => l.kind === "required" && l.text.split(/\s+/).length <= 7)
    .map((l) => l.text.toLowerCase());

describe("roles outside office work", () => {
  const trades: [string, RegExp][] = [
    ["sous chef", /\b(cook|food|fish|menu)\b/],
    ["electrician", /\b(electrical|wiring)\b/],
    ["nurse aide", /\bnursing\b/],
    ["warehouse lead", /\b(warehouse|inventory|goods|stock)\b/],
    ["carpenter", /\b(wood|building|insulation)\b/],
  ];

  it.each(trades)("a described %s asks no office suite", (role) => {
    const job = describedRole(role);
    expect(job.skills.filter((s) => OFFICE.test(s.name)).map((s) => s.name)).toEqual([]);
    // What software the trade uses is a nice-to-have, not what it is hired for.
    expect(job.skills.filter((s) => s.kind === "required").map((s) => s.name)).toEqual([]);
  });

  it.each(trades)("a described %s asks its own field's competences", (role, field) => {
    const lines = fieldLines(role);
    expect(lines.filter((l) => field.test(l)).length).toBeGreaterThanOrEqual(2);
  });

  it("office work keeps its tools as its asks and gets no trade competences", () => {
    const analyst = describedRole("data analyst");
    expect(analyst.skills.some((s) => s.kind === "required")).toBe(true);
    const developer = describedRole("software developer");
    expect(developer.skills.some((s) => s.kind === "required")).toBe(true);
    expect(fieldLines("software developer").some((l) => /^able to (develop|create) software/.test(l))).toBe(
      false,
    );
  });
});
