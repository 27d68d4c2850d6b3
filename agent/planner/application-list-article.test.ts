/**
 * Several applications in one message where an item starts with "the" or names a shift
 * (conv12n, a blind3 miss: the whole list was asked back). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

describe("a list of applications with an item led by 'the'", () => {
  it("logs each one with its role", async () => {
    const p = await plan(
      "Applied to 3 jobs this week: Kroger (stocker), Aldi (cashier) and the Safeway night crew position",
    );
    expect(p.calls.map((c) => [c.args.company, c.args.position])).toEqual([
      ["Kroger", "stocker"],
      ["Aldi", "cashier"],
      ["Safeway", "night crew"],
    ]);
    expect(p.calls.every((c) => c.name === "add_application")).toBe(true);
  });

  it("an apprenticeship named after the union local keeps the local as the employer", async () => {
    const p = await plan(
      "applied to two places: Lowe's (electrician helper) and the UA local 12 apprenticeship",
    );
    expect(p.calls.map((c) => [c.args.company, c.args.position])).toEqual([
      ["Lowe's", "electrician helper"],
      ["UA local 12", "apprenticeship"],
    ]);
  });
});
