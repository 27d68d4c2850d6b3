/**
 * trial16 §9 … trial20 §4: "what should I learn first?" with an analysis and no roadmap built a
 * whole plan at ten hours a week never said. It asks which gap to start on: explain_gap {top,
 * learn}; the plan itself when asked for laid out, and where to start in a plan already made.
 * Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const ANALYSED: Focus = {
  hasProfile: true,
  jobTitle: "Instructional Designer",
  analysisId: "an-1",
  verdict: "UNFIT",
  topic: "analysis",
  lastIntent: "analyze_fit",
  gaps: ["Relevant experience", "Articulate Storyline", "master degree"],
};

const first = async (text: string, focus: Focus = ANALYSED) => (await planText(text, focus)).calls;

describe("what to learn first, with no plan made", () => {
  it.each([
    "what should I learn first?",
    "ok so what do i study first",
    "¿qué debería aprender primero?",
    "o que devo estudar primeiro?",
    "was soll ich zuerst lernen?",
    "qu'est-ce que je dois apprendre en premier ?",
  ])("'%s' names the first gap to learn", async (text) => {
    expect(await first(text)).toEqual([{ name: "explain_gap", args: { top: true, learn: true } }]);
  });

  it.each([
    "what should I learn first? lay it out week by week",
    "what should I learn first? make me a plan",
    "what should I learn first with 5 hours a week?",
  ])("'%s' asks for the plan", async (text) => {
    expect((await first(text)).map((c) => c.name)).toEqual(["create_roadmap"]);
  });

  it("with a plan made, it shows where the plan starts", async () => {
    expect(
      (await first("what should I learn first?", { ...ANALYSED, roadmapId: "rm-1" })).map((c) => c.name),
    ).toEqual(["show_roadmap"]);
  });

  it("the biggest gap is still the first on the list, learnable or not", async () => {
    expect(await first("what's my biggest gap?")).toEqual([{ name: "explain_gap", args: { top: true } }]);
  });
});

describe("the most important thing to learn is the top gap, whatever it is", () => {
  it("names the top of the list, not the first learnable one", async () => {
    expect(await first("what's the most important thing to learn?")).toEqual([
      { name: "explain_gap", args: { top: true } },
    ]);
  });
});
