/**
 * New-user trial 2026-12-06: "my knees are shot so I want to move to quality inspector, something
 * off the floor" saved "open to relocating" (the model reads it as a preference and "move to"
 * was a move of home). A job wanted with no preference stated is the target. Messages written
 * for this test.
 */
import { expect, it } from "vitest";
import { planContext } from "../../test-support/planner-turn.ts";
import { understand } from "./understand.ts";

const ctx = planContext({ hasProfile: true });
const namesOf = async (text: string) => (await understand(text, ctx)).calls.map((c) => c.name);

it("sets a job wanted as the target, not a relocation", async () => {
  const plan = await understand(
    "my knees are shot so I want to move to quality inspector, something off the floor",
    ctx,
  );
  expect(plan.calls.map((c) => c.name)).toEqual(["set_dream_job"]);
  expect(JSON.stringify(plan.calls)).not.toMatch(/relocate/);
});

it("keeps a move of home a preference", async () => {
  const plan = await understand("I'd be happy to move to Denver for the right job", ctx);
  expect(plan.calls[0]?.name).toBe("set_preferences");
  expect(plan.calls[0]?.args).toMatchObject({ relocate: true, relocateTo: ["Denver"] });
  expect(await namesOf("I want to stay local, Dayton OH")).toEqual(["set_preferences"]);
});
