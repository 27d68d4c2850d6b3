/**
 * A background told by the person's field rather than a title ("I've been in B2B sales for 12
 * years …") is saved with the field's practitioner, the years, the duties and the employer (lead's
 * new-user trial 2026-12-06: a seller of 12 years got "I couldn't read that as an experience" and
 * nothing was saved, so "am I a fit?" knew nothing of them). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { withJobsByField } from "./job-by-field.ts";

const NEW_USER: Focus = { hasProfile: false };
const plan = plannerWith({ focus: NEW_USER, tracked: [], ownSkills: [] });

interface Saved {
  roles: { title: string; months?: number; company?: string; bullets?: string[] }[];
  skills: { name: string }[];
  unread?: string[];
}

describe("a job told by its field", () => {
  it.each([
    [
      "I've been in B2B sales for 12 years, mostly SaaS, closing mid-market deals and cold calling",
      "Sales Representative",
      144,
    ],
    ["10 yrs of experience in nursing, no resume on me", "Nurse", 120],
    ["I worked in customer service for 3 years at Comcast, no resume", "Customer Service Representative", 36],
    ["8 years in accounting, month-end close and payroll mostly", "Accountant", 96],
  ])("'%s' saves %s", async (text, title, months) => {
    const calls = (await plan(text)).calls;
    expect(calls[0]?.name).toBe("save_background");
    const saved = calls[0]!.args as unknown as Saved;
    expect(saved.roles[0]).toMatchObject({ title, months });
    expect(saved.unread ?? []).toEqual([]);
  });

  it("keeps the employer said after the years, and never as a skill", async () => {
    const saved = (await plan("I've been in B2B sales for 12 years at Oracle, no resume yet")).calls[0]!
      .args as unknown as Saved;
    expect(saved.roles[0]).toMatchObject({ title: "Sales Representative", company: "Oracle" });
    expect(saved.skills.map((s) => s.name)).not.toContain("Oracle Database");
    expect(saved.unread ?? []).toEqual([]);
  });

  it("the field said is kept as a skill beside the title", async () => {
    const saved = (await plan("I've been in B2B sales for 12 years, mostly SaaS")).calls[0]!
      .args as unknown as Saved;
    expect(saved.skills.map((s) => s.name)).toContain("Sales");
  });

  it("a tool's years, a place or a pastime is no field", async () => {
    for (const text of [
      "5 years in Python",
      "I'm in London for 2 years",
      "I've been in touch with recruiters for weeks",
      "I was in the army for 8 years",
    ])
      expect(await withJobsByField(text)).toBe(text);
  });
});
