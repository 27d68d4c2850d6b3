/**
 * A short ad pasted with the person's own line under it (conv12n, a blind3 miss: the ad was read
 * as a "hybrid" preference and a fit check with no job): the ad is the target, analysed when the
 * line asks for the fit. A story told over several lines is no ad. Texts written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });
const AD = [
  "Line Cook - Weekend Brunch",
  "Busy diner needs a cook who can keep up with 200 covers on a Sunday.",
  "You have: a year on a flat-top, knife skills, food handler card.",
  "Austin, TX. Full time.",
].join("\n");

describe("a short ad with the person's line under it", () => {
  it("'that's the job I want' sets the ad as the target", async () => {
    const p = await plan(`${AD}\n\nthat's the job I want`);
    expect(p.calls).toEqual([{ name: "set_dream_job", args: { text: AD } }]);
  });

  it("'could you check if I'm a fit for this?' also analyses it", async () => {
    const p = await plan(`${AD}\n\ncould you check if I'm a fit for this?`);
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
  });

  it("a story told over several lines is not an ad", async () => {
    const story = [
      "I worked at a cafe for two years.",
      "Then I moved to a bakery where I did the morning bake.",
      "Now I'm looking for something with more hours and better pay.",
      "I like early shifts.",
      "what do you think I should do",
    ].join("\n");
    expect((await plan(story)).calls.map((c) => c.name)).not.toContain("set_dream_job");
  });
});
