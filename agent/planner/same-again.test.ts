/**
 * "same thing but …" is the last request again with that change (issue 12): after a target
 * job, "same thing but in Berlin" read as a location preference alone, and the role it
 * did set was looked up from the words "same thing but …".
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { type Focus, mergeFocus } from "../graph/focus.ts";
import { focusAfter } from "./dialogue.ts";
import { sameButChange } from "./same-again.ts";

/** The focus after the set_dream_job tool (it sets the job) and the planner's dialogue state. */
function afterTarget(title: string): Focus {
  const focus: Focus = { hasProfile: true, jobId: "job-1", jobTitle: title };
  return {
    ...mergeFocus(focus, focusAfter("set_dream_job", { company: null, title }, {}, focus) as never),
    topic: "job",
    lastIntent: "set_dream_job",
  };
}

const plan = plannerWith();

it.each([
  "same thing but in Berlin",
  "same thing but remote please",
  "ok same role but at a startup in Lisbon",
])("%s after a target sets that target again with the change", async (text) => {
  const p = await plan(text, afterTarget("Data Engineer"));
  expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job"]);
  expect(String(p.calls[0]!.args.text)).toMatch(/\bData Engineer, \S/);
  expect(String(p.calls[0]!.args.text)).not.toMatch(/same/i);
});

it("reads the change, and nothing from a message that is not one", () => {
  expect(sameButChange("same thing but in Berlin please")).toBe("in Berlin");
  expect(sameButChange("the same again, but for Python")).toBe("for Python");
  expect(sameButChange("I have the same skills but no degree")).toBeUndefined();
  expect(sameButChange("same")).toBeUndefined();
});
