/**
 * trial18 §11: "let's do a mock interview" was practice for a role named "mock" ("I have no
 * questions for mock in the bank yet") and a generic question though a target was set. A word
 * for the kind of session (mock, quick, practice, dry run) names no role.
 */
import { expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

const TARGET = { hasProfile: true, topic: "job" as const, jobId: "j1", jobTitle: "Medical Coder" };

it.each([
  "let's do a mock interview",
  "can we do a quick mock interview?",
  "give me a practice interview",
  "let's do a dry run interview",
])(
  "%s practises with no role named",
  async (text) => {
    const { calls } = await planText(text, TARGET);
    expect(calls.map((c) => c.name)).toEqual(["practice_question"]);
    expect(calls[0]!.args.role).toBeUndefined();
  },
  60_000,
);

it("a role said is still the role", async () => {
  const { calls } = await planText("let's do a mock interview for a pharmacy technician role", TARGET);
  expect(String(calls[0]?.args.role)).toMatch(/pharmacy technician/i);
}, 60_000);
