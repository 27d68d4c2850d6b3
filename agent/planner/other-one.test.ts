/**
 * Issue 12 trial: "no, the other one" right after the agent acted on one of two candidates
 * was not understood (or acted on the same one again). Each turn is planned by the real
 * planner, its remembered state merged into the focus as the agent does, then the next.
 */
import { expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import { type Focus, mergeFocus } from "../graph/focus.ts";

async function turn(text: string, focus: Focus) {
  const p = await planText(text, focus);
  const next = mergeFocus(focus, { ...p.remember, lastIntent: p.lastIntent } as Partial<Focus>);
  return { calls: p.calls, focus: next };
}

const TWO_ANALYSES: Focus = {
  hasProfile: true,
  topic: "analysis",
  analysisId: "a-shopify",
  analyses: [
    { id: "a-canva", company: "Canva", title: "Product Designer" },
    { id: "a-shopify", company: "Shopify", title: "UX Designer" },
  ],
  analysed: 2,
};

it.each(["no, the other one", "nope the other one", "not that one, the other one", "i meant the other one"])(
  "'%s' after explaining one of two analyses explains the other",
  async (text) => {
    const first = await turn("why was the Canva one unfit?", TWO_ANALYSES);
    expect(first.calls).toEqual([{ name: "explain_score", args: { analysisId: "a-canva" } }]);
    const other = await turn(text, first.focus);
    expect(other.calls).toEqual([{ name: "explain_score", args: { analysisId: "a-shopify" } }]);
  },
);

it("after bookmarking one of two listed questions, 'no, the other one' bookmarks the other", async () => {
  const listed: Focus = { topic: "question", questionIds: ["q-11", "q-12"], lastIntent: "search_questions" };
  const first = await turn("bookmark the first one", listed);
  expect(first.calls).toEqual([{ name: "bookmark_question", args: { questionId: "q-11" } }]);
  const other = await turn("no, the other one", first.focus);
  expect(other.calls).toEqual([{ name: "bookmark_question", args: { questionId: "q-12" } }]);
});

it("with nothing done on one of two, 'the other one' is not made up", async () => {
  const other = await turn("no, the other one", { hasProfile: true });
  expect(other.calls.map((c) => c.name)).not.toContain("explain_score");
  expect(other.calls.map((c) => c.name)).not.toContain("bookmark_question");
});
