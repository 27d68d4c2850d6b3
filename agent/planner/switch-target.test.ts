/**
 * Issue 12 (chat12s): "what about UX research instead" once a target is set asks whether to
 * switch (quick replies), instead of setting a title the role finder chose ("UX research" was set
 * as a web and digital interface designer with no word said). A title said as the role data
 * knows it is still set straight away (trial 12h). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith();
const TARGET: Focus = { hasProfile: true, jobId: "job-1", jobTitle: "Data Analyst", topic: "job" };

describe("another role asked about once a target is set", () => {
  it.each(["what about UX research instead", "how about cyber security instead?"])(
    "'%s' asks whether to switch, with the switch as a quick reply, and sets nothing",
    async (text) => {
      const p = await plan(text, TARGET);
      expect(p.calls).toEqual([]);
      const asked = p.says.find((s) => s.detail === "switch_target");
      expect(asked?.choices?.[0]?.label).toMatch(/^Switch to /);
      expect(asked?.choices?.[1]?.label).toBe("Keep Data Analyst");
      expect(p.remember?.offered).toMatch(/^I want to be a /);
    },
  );

  it.each(["what if I went for data engineer instead", "what about SRE instead?"])(
    "'%s' names a title the role data knows as said: set straight away",
    async (text) => {
      const p = await plan(text, TARGET);
      expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job"]);
    },
  );
});
