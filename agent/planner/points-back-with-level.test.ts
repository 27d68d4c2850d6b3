/**
 * Outside dev set, after the 2026-12-05 rebuild: a complaint that a gap is held, then "add it as
 * intermediate", was planned as two requests — the gap explained and an "it" with no skill to
 * add — because a piece that only points back was recognised without a level after it. The
 * level is part of pointing back. Messages written for this test.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { POINTS_BACK } from "./message-pieces.ts";
import { understand } from "./understand.ts";

it("reads 'add it as intermediate' as pointing back, like 'add it anyway'", () => {
  for (const piece of [
    "add it as intermediate",
    "put it in as advanced",
    "add that as a beginner",
    "add it anyway",
  ])
    expect(POINTS_BACK.test(piece), piece).toBe(true);
  expect(POINTS_BACK.test("add kotlin as intermediate")).toBe(false);
});

it("a gap the person says they hold, then 'add it as <level>', adds that skill at that level", async () => {
  const p = await understand(
    "the report says docker is missing but I use it every single day. add it as advanced",
    {
      focus: { analysisId: "a1", jobId: "j1", topic: "analysis", lastIntent: "analyze_fit" },
      attachments: [],
      available: new Set(TOOL_NAMES),
    },
  );
  expect(p.calls).toEqual([{ name: "add_skill", args: { skill: "docker", proficiency: "advanced" } }]);
});
