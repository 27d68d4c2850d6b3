/**
 * Found trying the widget as a graphic designer and `careercraft chat` as a salesperson:
 * "hi again" (after deleting everything) got the greeting and then "I'm not sure which you
 * mean. Which of these did you want?"; "hey, i'm in b2b sales and thinking about moving into
 * customer success" was asked back with "I want to be a b2b sales" (the skill named, the job
 * they have) as the target to choose.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: {} });

it.each(["hi again", "hey again!", "hello again"])("'%s' only greets", async (text) => {
  const p = await plan(text);
  expect(p.says.map((s) => s.kind)).toEqual(["greeting"]);
  expect(p.calls).toEqual([]);
});

it("a greeting before a short request still answers it", async () => {
  const p = await plan("hi again, show my bookmarks");
  expect(p.calls.map((c) => c.name)).toEqual(["list_bookmarks"]);
});

it("a target offered back is the role wished for, never the skill named", async () => {
  const p = await plan("hey, i'm in b2b sales and thinking about moving into customer success");
  const offered = p.says.flatMap((s) => ("choices" in s ? (s.choices ?? []) : []));
  expect(offered.map((c) => c.text).join(" | ")).not.toMatch(/b2b sales/i);
  const target = offered.find((c) => /^Target/.test(c.label));
  if (target) expect(target.text).toBe("I want to move into customer success");
  // Or the model is sure enough to set it at once; either way the wish is the role.
  const set = p.calls.find((c) => c.name === "set_dream_job");
  if (set) expect(JSON.stringify(set.args)).toMatch(/customer success/);
  expect(Boolean(target) || Boolean(set)).toBe(true);
});

it("a tapped target choice sets that target", async () => {
  const p = await plan("I want to move into customer success");
  expect(p.calls).toEqual([{ name: "set_dream_job", args: { text: "customer success" } }]);
});
