/**
 * conv12p (a blind6 class; messages written for this test): "run the fit check against the job I
 * set" set a target called "job I set". The job pointed at by what the person did is the target
 * already set: analysed as it is.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const job: Focus = { hasProfile: true, topic: "job", lastIntent: "set_dream_job" };
const plan = plannerWith({ focus: job, tracked: [] });

describe("the target pointed at by what the person did", () => {
  it.each(["compare me to the role i picked", "score me against the job i chose earlier"])(
    "'%s' analyses the target set",
    async (text) => {
      expect((await plan(text)).calls).toEqual([{ name: "analyze_fit", args: {} }]);
    },
  );
  it("a role named after 'the job' is still set first", async () => {
    expect((await plan("check me against the job coach role")).calls.map((c) => c.name)).toEqual([
      "set_dream_job",
      "analyze_fit",
    ]);
  });
});
