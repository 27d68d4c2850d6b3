/**
 * Analyses are kept in the dialogue state by their job's company and title, so "the Google
 * analysis" and "compare it with the Amazon one" reach those analyses, not just the latest
 * two (issue 12). The focus is built by the same focusAfter the planner applies to tool
 * results, then the message is planned.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { type Focus, mergeFocus } from "../graph/focus.ts";
import { focusAfter } from "./dialogue.ts";

/** The focus after setting each target and analysing it, in turn. */
function afterAnalysing(targets: { company: string | null; title: string; analysisId: string }[]): Focus {
  let focus: Focus = { hasProfile: true };
  for (const t of targets) {
    focus = mergeFocus(
      focus,
      focusAfter("set_dream_job", { company: t.company, title: t.title }, {}, focus) as never,
    );
    const result = { analysisId: t.analysisId, jobTitle: t.title, topGaps: [] };
    focus = mergeFocus(focus, focusAfter("analyze_fit", result, {}, focus) as never);
    focus = { ...focus, analysisId: t.analysisId, topic: "analysis" };
  }
  return focus;
}

const plan = plannerWith();

const THREE = [
  { company: "Google", title: "Backend Engineer", analysisId: "a-google" },
  { company: "Amazon", title: "Backend Engineer", analysisId: "a-amazon" },
  { company: null, title: "Data Engineer", analysisId: "a-data" },
];

it('"compare it with the Google one" compares the analysis in focus with the Google analysis', async () => {
  const p = await plan("compare it with the Google one", afterAnalysing(THREE));
  expect(p.calls).toEqual([{ name: "compare_analyses", args: { first: "a-google", second: "a-data" } }]);
});

it("two analyses named by company are compared, older first, whatever the order they are named in", async () => {
  const p = await plan("compare the Amazon analysis with the Google analysis", afterAnalysing(THREE));
  expect(p.calls).toEqual([{ name: "compare_analyses", args: { first: "a-google", second: "a-amazon" } }]);
});

it('"why was the Google one unfit?" explains that analysis, not the latest', async () => {
  const p = await plan("why was the Google one unfit?", afterAnalysing(THREE));
  expect(p.calls).toEqual([{ name: "explain_score", args: { analysisId: "a-google" } }]);
});

it("a new target without a company does not inherit the last one's", () => {
  const focus = afterAnalysing(THREE);
  expect(focus.analyses?.at(-1)).toEqual({ id: "a-data", title: "Data Engineer" });
  expect(focus.jobCompany).toBeUndefined();
});

const DESCRIBED = [
  { company: null, title: "Data Engineer", analysisId: "a-data" },
  { company: null, title: "Backend Engineer", analysisId: "a-backend" },
];

it.each([
  "line up the Microsoft one next to the Netflix one",
  "show the Netflix one and the Microsoft one together",
  "the Microsoft one vs the Netflix one",
])(
  "%s: two analyses pointed at by a name none of them has (roles described without a company) are compared, not taken for applications",
  async (text) => {
    const p = await plan(text, afterAnalysing(DESCRIBED));
    expect(p.calls).toEqual([{ name: "compare_analyses", args: {} }]);
  },
);

it("two analyses pointed at by their companies are compared, older first", async () => {
  const p = await plan("line up the Amazon one next to the Google one", afterAnalysing(THREE));
  expect(p.calls).toEqual([{ name: "compare_analyses", args: { first: "a-google", second: "a-amazon" } }]);
});

it("with an application in the conversation, two named ones are not taken for analyses", async () => {
  const focus = { ...afterAnalysing(DESCRIBED), application: { company: "Stripe" } };
  const p = await plan("the Stripe one vs the Netflix one", focus);
  expect(p.calls.map((c) => c.name)).not.toContain("compare_analyses");
});
