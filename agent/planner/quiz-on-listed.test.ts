/**
 * Found trying the widget as a graphic designer: after five UX questions were listed,
 * "quiz me on one of those" practised a frontend engineer's question ("How do you decide where
 * state should live…"): "one of those" was read as the topic to practise. Pointing back at
 * the list names no topic, so the practice picks among the listed questions.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const afterList = { topic: "question", questionId: "q2" } as const;

it.each(["quiz me on one of those", "quiz me on one of them", "practise one of these"])(
  "'%s' after a list names no topic",
  async (text) => {
    const plan = await understand(text, {
      focus: afterList as never,
      attachments: [],
      available: new Set(TOOL_NAMES),
    });
    expect(plan.calls).toEqual([{ name: "practice_question", args: {} }]);
  },
);

it("a topic is still read", async () => {
  const plan = await understand("quiz me on typography", {
    focus: afterList as never,
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  expect(plan.calls).toEqual([{ name: "practice_question", args: { skill: "typography" } }]);
});
