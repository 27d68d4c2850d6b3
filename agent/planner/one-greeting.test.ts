/**
 * Found trying Teams as a teacher: "hi there" got the same greeting twice in one message
 * ("Hey there! I can read your resume… Hey there! I can read your resume…"): the opening
 * "hi" was split off as a greeting and the rest, "there", read as a greeting again.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: {} });

it.each(["hi there", "hello there", "hey there!"])("'%s' greets once", async (text) => {
  const p = await plan(text);
  expect(p.says.map((s) => s.kind)).toEqual(["greeting"]);
});

it("a greeting before a request still greets, then answers", async () => {
  const p = await plan("hi there, what can you do?");
  expect(p.says.map((s) => s.kind)).toEqual(["greeting", "help"]);
});
