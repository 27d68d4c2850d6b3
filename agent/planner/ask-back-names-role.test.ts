/**
 * Issue 12 (trial12f's warehouse worker): "i wanna get out of the warehouse, maybe logistics
 * cordinator?" was asked back with "Set a target job", "Update an application", "Am I a fit?":
 * the role just named (misspelt) had to be typed again. A question back now offers the role
 * the message names, each choice a whole message that sets it or checks the fit for it.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import type { Focus } from "../graph/focus.ts";
import { namedRole } from "./named-role-choices.ts";

const focus: Focus = { hasProfile: true };
const plan = plannerWith({ focus });

it("an unsure message naming a misspelt role offers that role, or sets it", async () => {
  const p = await plan("i wanna get out of the warehouse, maybe logistics cordinator?");
  const target = p.calls.find((c) => c.name === "set_dream_job");
  if (target) expect(String(target.args.text)).toMatch(/logistics co(?:o)?rdinator/i);
  else {
    const texts = p.says.flatMap((s) => s.choices ?? []).map((c) => c.text);
    expect(texts).toContain("I want to move into logistics coordinator");
    expect(texts).toContain("am I a fit for logistics coordinator?");
    expect(texts).not.toContain("set my target job");
  }
});

it("each offered choice works when tapped", async () => {
  const fit = await plan("am I a fit for logistics coordinator?");
  expect(fit.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
  expect(fit.calls[0]!.args.text).toBe("logistics coordinator");
  const target = await plan("I want to move into logistics coordinator");
  expect(target.calls.map((c) => c.name)).toEqual(["set_dream_job"]);
});

it("a role is a run of the message's own words that are the title's words", async () => {
  const find = await loadRoleFinder();
  expect(namedRole("i wanna get out of the warehouse, maybe logistics cordinator?", find)).toBe(
    "logistics coordinator",
  );
  expect(namedRole("what about data analist", find)).toBe("data analyst");
  expect(namedRole("hmm nurse?", find)).toBe("nurse");
  // A place of work is no worker, a skill no developer, a verb no judge.
  expect(namedRole("i'm sick of the warehouse", find)).toBeUndefined();
  expect(namedRole("python", find)).toBeUndefined();
  expect(namedRole("judge my chances", find)).toBeUndefined();
});

it("a question back about a message with no role keeps its own choices", async () => {
  const p = await plan("ok do that");
  const texts = p.says.flatMap((s) => s.choices ?? []).map((c) => c.text);
  expect(texts.some((t) => /move into|fit for/.test(t))).toBe(false);
});
