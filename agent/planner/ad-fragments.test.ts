/**
 * conv12p (a blind6 class; messages written for this test): an ad's heading copied on one line
 * after a label ("Role: …"), and a short ad with "this one would be perfect" under it, were read
 * as a fit check with no job ("Which job should I compare you to?"). The ad is the target.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true }, tracked: [] });

describe("an ad fragment with the person's words", () => {
  it("a labelled heading on one line is the target, without the person's words", async () => {
    expect(
      (await plan("Role: Payroll Specialist (ADP, Workday), hybrid in Tampa. I'd be great at this")).calls,
    ).toEqual([
      { name: "set_dream_job", args: { text: "Payroll Specialist (ADP, Workday), hybrid in Tampa" } },
    ]);
  });
  it("and analysed when the words ask for the fit", async () => {
    expect(
      (await plan("Position: Grant Writer - remote, nonprofit sector - am I a fit?")).calls.map(
        (c) => c.name,
      ),
    ).toEqual(["set_dream_job", "analyze_fit"]);
  });
  it("a label with no title after it is no ad", async () => {
    expect((await plan("Job: none yet lol")).calls.map((c) => c.name)).not.toContain("set_dream_job");
  });
  it.each(["this one would be perfect for me", "this is what i'm going for"])(
    "a short ad with '%s' under it is the target",
    async (line) => {
      const ad =
        "Dental Office Manager, Austin TX\nLooking for someone with 5 years in dental front office, Dentrix, insurance billing.";
      expect((await plan(`${ad}\n\n${line}`)).calls).toEqual([{ name: "set_dream_job", args: { text: ad } }]);
    },
  );
});
