/**
 * A new-user trial (issue 13 item 7; trial F5.5, F10.2, F6.4): the role passed to
 * set_dream_job lost or changed the person's words — "change my target to <grade> <title>"
 * passed "to <grade> …" (the grade was then not read), "HR" before a title became "hours",
 * and a fit question naming the target in Spanish re-set it under another occupation's name.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { normalize } from "./normalize.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

// The grade stays with the title; "HR" before a title is human resources, not hours.
it.each([
  ["switch my goal to Lead Data Engineer", "Lead Data Engineer"],
  ["update my target role to Senior Accountant", "Senior Accountant"],
  ["change my dream job to Junior UX Designer", "Junior UX Designer"],
  ["could I be a fit for HR Generalist?", "HR Generalist"],
  ["am i qualified for hr coordinator", "hr coordinator"],
])("%s passes the title as said", async (text, role) => {
  const p = await plan(text);
  expect(p.calls[0]).toMatchObject({ name: "set_dream_job", args: { text: role } });
});

it.each([
  ["i have 2 hr a day", "i have 2 hours a day"],
  ["maybe an hr each evening", "maybe an hours each evening"],
  ["5 hrs a week", "5 hours a week"],
])("'hr' as an amount of time is still hours: %s", (text, read) => {
  expect(normalize(text)).toBe(read);
});

it("a fit question naming the target in Spanish analyses it, without re-setting it", async () => {
  const p = await plan("¿Estoy apto para jefe de almacén?", {
    hasProfile: true,
    jobId: "job-1",
    jobTitle: "Warehouse Manager",
  });
  expect(p.calls.map((c) => c.name)).toEqual(["analyze_fit"]);
});
