/**
 * A preference said right after another one, as people add them ("oh and it has to be within
 * 20 minutes of Tucson", "plus nothing under 18 an hour"): stored like the first (conv12o, a
 * blind5 class: a place given as a commute radius, or an hourly pay with no currency, read as
 * nothing to store and asked back). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const AFTER_PREFERENCE: Focus = {
  hasProfile: true,
  topic: "job",
  lastIntent: "set_preferences",
  jobId: "job-1",
};
const plan = plannerWith({ focus: AFTER_PREFERENCE, tracked: [] });

describe("a preference added after another", () => {
  it.each([
    ["also it has to be within 20 minutes of Tucson", { desiredLocation: "Tucson" }],
    ["oh and nothing more than an hour from Sacramento pls", { desiredLocation: "Sacramento" }],
    ["must be no more than 10 miles from Albany", { desiredLocation: "Albany" }],
    ["plus I need at least 18 an hour", { salaryMin: 18, salaryPeriod: "hour" }],
  ])("'%s' is stored", async (text, args) => {
    expect((await plan(text)).calls).toEqual([{ name: "set_preferences", args }]);
  });
});

describe("not a preference", () => {
  it("a request the model is sure of stays that request", async () => {
    const calls = (await plan("show my applications in Denver")).calls.map((c) => c.name);
    expect(calls).not.toContain("set_preferences");
  });
});
