/**
 * Found by intents12e's held-out turns and checked by the lead: after an analysis, "Welche
 * Fähigkeiten fehlen mir?" listed the skills the person has, and "¿Qué habilidades me faltan?"
 * (quoted in issue 12) or "quelles compétences me manquent ?" explained a gap named
 * "habilidades" / "compétences" ("… is not among the gaps"). The word for "skills" and the
 * verb of missing are no gap's name: the gaps for the target are listed (explain_gap with no
 * skill, lead20: the question asks for the list, the verdict's reason answered it before).
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const ANALYSED: Focus = {
  hasProfile: true,
  jobId: "job-1",
  jobTitle: "Data Analyst",
  analysisId: "analysis-1",
  topic: "analysis",
  lastIntent: "analyze_fit",
  gaps: ["SQL", "Tableau"],
};
const plan = plannerWith({ focus: ANALYSED });

it.each([
  "Welche Fähigkeiten fehlen mir?",
  "¿Qué habilidades me faltan?",
  "quelles compétences me manquent ?",
])("%s shows the gaps", async (text) => {
  expect((await plan(text)).calls).toEqual([{ name: "explain_gap", args: {} }]);
});

it("with a target and no analysis yet, the fit is checked first", async () => {
  const p = await plan("Welche Fähigkeiten fehlen mir?", {
    hasProfile: true,
    jobId: "job-1",
    jobTitle: "Data Analyst",
  });
  expect(p.calls.map((c) => c.name)).toEqual(["analyze_fit"]);
});

it("a skill asked about is still that gap", async () => {
  expect((await plan("what about SQL?")).calls).toEqual([{ name: "explain_gap", args: { skill: "SQL" } }]);
});
