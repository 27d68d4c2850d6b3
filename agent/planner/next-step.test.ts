/**
 * "what should I do next?" gets the one step that fits where the person is, with a quick reply
 * that takes it (issue 12: "ab aage kya" and "now what?" got the help list or a question back,
 * and a person on week 3 of a roadmap was told to make a roadmap). Written for this test.
 */
import { expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { sayText } from "./replies-say.ts";

const ask = async (text: string, focus: Focus) => {
  const out = await planText(text, focus, { tracked: [] });
  const said = out.says.find((s) => s.kind === "help");
  return { calls: out.calls, text: said ? sayText(said, focus, "seed") : "", choices: said?.choices ?? [] };
};

const ON_ROADMAP: Focus = {
  hasProfile: true,
  jobTitle: "Data Analyst",
  analysisId: "a-1",
  roadmapId: "r-1",
  currentWeek: 3,
  weekItems: ["Power BI", "Excel"],
};

it.each(["what should i do next", "now what?", "ab aage kya karu"])(
  "'%s' on week 3 of a roadmap names week 3's items and offers to show it",
  async (text) => {
    const out = await ask(text, ON_ROADMAP);
    expect(out.calls).toEqual([]);
    expect(out.text).toMatch(/week 3 of your roadmap: Power BI, Excel/);
    expect(out.choices[0]).toEqual({ label: "Show week 3", text: "show week 3" });
    expect(out.text).not.toMatch(/Here's what I can do/);
  },
);

it("'what should i do next' with a target and no verdict offers the fit check", async () => {
  const out = await ask("what should i do next", { hasProfile: true, jobTitle: "Nurse" });
  expect(out.text).toMatch(/measure up for Nurse/);
  expect(out.choices[0]).toEqual({ label: "Am I a fit?", text: "am I a fit?" });
});

it("'what should i do next' with nothing known asks for the background first", async () => {
  const out = await ask("what should i do next", {});
  expect(out.text).toMatch(/attach your resume, or tell me about your work/);
});
