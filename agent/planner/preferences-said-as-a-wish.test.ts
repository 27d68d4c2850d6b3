/**
 * Preferences said as a wish with the role wanted (trial16 §14): "I want to work as <role>,
 * around <pay>, in <place>, no <shift>" saved nothing ("it reads as something still to come"):
 * the wish that guards a logged fact from a plan is how a preference is said. A question or a
 * hypothetical still saves nothing. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true }, tracked: [] });

describe("preferences said as a wish", () => {
  it("'I want to work as <role> or <role>, around <pay> a year, in <place>, no <shift> please' saves the preferences", async () => {
    const p = await plan(
      "I want to work as a school nurse or clinic nurse, around 55k a year, in Denver, no weekend shifts please",
    );
    expect(p.calls.find((c) => c.name === "set_preferences")?.args).toMatchObject({
      salaryTarget: 55000,
      desiredLocation: "Denver",
    });
  });
  it("'what if I asked for 80k in Denver?' saves nothing", async () => {
    expect((await plan("what if I asked for 80k in Denver?")).calls).toEqual([]);
  });
});
