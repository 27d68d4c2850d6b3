/**
 * "put Spark down too, I applied there as a courier": the company named by the verb that puts
 * it on the list, the role after "applied there as" — logged, even when the company's name is
 * also a skill's (conv12o, a blind5 class: it was added as a skill and the role asked back).
 * Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true }, tracked: [] });

describe("a company put on the list, applied there", () => {
  it.each([
    ["put Spark down too, I applied there as a courier", "Spark", "courier"],
    ["add Docker as well - applied there for a technical writer role", "Docker", "technical writer"],
    ["log Oracle too, i sent them my cv for support analyst", "Oracle", "support analyst"],
  ])("'%s' logs %s", async (text, company, position) => {
    expect((await plan(text)).calls).toEqual([{ name: "add_application", args: { company, position } }]);
  });

  it("a skill put on the profile is still a skill", async () => {
    const calls = (await plan("put Docker down as a skill, I use it daily")).calls.map((c) => c.name);
    expect(calls).not.toContain("add_application");
  });
});
