/**
 * Applications with their roles in brackets are read by the one clause reader
 * (applications-in-clauses.ts; review16 Part 2 step 3 — applications-in-parentheses.ts, a reader
 * of its own that replaced the planner's reading when it read more, is gone). Lower-case names
 * before a bracket, a counted opener ("3 applications out:") and a day said once at the end
 * or before the list. Messages written for this test.
 */
import { expect, it } from "vitest";
import { PROFILE_ONLY, plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: PROFILE_ONLY, tracked: [] });
const logged = async (text: string) =>
  (await plan(text)).calls
    .filter((c) => c.name === "add_application")
    .map((c) => [c.args.company, c.args.position, c.args.appliedOn]);

it("lower-case names with bracketed roles and one day at the end: each logged on that day", async () => {
  expect(
    await logged("applied to kroger (stocker), aldi (cashier) and the dollar general (clerk) yesterday"),
  ).toEqual([
    ["kroger", "stocker", "yesterday"],
    ["aldi", "cashier", "yesterday"],
    ["dollar general", "clerk", "yesterday"],
  ]);
});

it("a counted opener with no verb: '3 applications out: a (x), b (y), c (z)'", async () => {
  expect(await logged("3 applications out: walgreens (tech), cvs (cashier), target (stocker)")).toEqual([
    ["walgreens", "tech", undefined],
    ["cvs", "cashier", undefined],
    ["target", "stocker", undefined],
  ]);
});

it("one lower-case name after '@' with its bracketed role and a day", async () => {
  expect(await logged("applied @ harbor freight (sales associate) on monday")).toEqual([
    ["harbor freight", "sales associate", "on monday"],
  ]);
});

it("a day said before the list is each one's: 'sent 2 apps hoy: …'", async () => {
  expect(await logged("sent 2 apps hoy: Librería Norte (vendedora) y Óptica Luz (recepcionista)")).toEqual([
    ["Librería Norte", "vendedora", "today"],
    ["Óptica Luz", "recepcionista", "today"],
  ]);
});
