/**
 * trial19 §4 and §6: "mujhe kya pehle seekhna chahiye?" with a 26-week roadmap already made built
 * a NEW plan in its place ("seekhna chahiye" read as the gap list, so not as the first thing);
 * "was ist meine größte Lücke?" was answered as a term named "meine größte Lücke" ("isn't in my
 * skill data"). With a roadmap made, "what first" shows it; the top-gap question in German
 * names the top gap.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const PLAN_MADE: Focus = {
  hasProfile: true,
  topic: "roadmap",
  analysisId: "a1",
  roadmapId: "r1",
  jobId: "j1",
  jobTitle: "User Experience Researcher",
  lastIntent: "practice_answer",
};
const AFTER_FIT: Focus = {
  hasProfile: true,
  topic: "analysis",
  analysisId: "a1",
  jobId: "j1",
  jobTitle: "Quality Auditor",
  lastIntent: "analyze_fit",
  gaps: ["Check quality of raw materials"],
};

describe("what to learn first, in other languages", () => {
  it.each(["mujhe kya pehle seekhna chahiye?", "was soll ich zuerst lernen?"])(
    "%s with a roadmap made shows it, builds none",
    async (text) => {
      const names = (await planText(text, PLAN_MADE)).calls.map((c) => c.name);
      expect(names).toContain("show_roadmap");
      expect(names).not.toContain("create_roadmap");
    },
    60_000,
  );

  it("'was ist meine größte Lücke?' names the top gap", async () => {
    const plan = await planText("was ist meine größte Lücke?", AFTER_FIT);
    expect(plan.calls).toContainEqual({ name: "explain_gap", args: { top: true } });
  }, 60_000);

  it("'mujhe kya kya seekhna padega' still asks for the list (guard)", async () => {
    const plan = await planText("mujhe kya kya seekhna padega", AFTER_FIT);
    expect(plan.calls).not.toContainEqual({ name: "explain_gap", args: { top: true } });
  }, 60_000);
});
