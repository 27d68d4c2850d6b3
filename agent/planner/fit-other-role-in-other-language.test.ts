/**
 * Issue 12 trial: with a target set, a fit question in another language naming a different
 * role ("¿y para analista de datos?", "sou apta pra vaga de analista de dados?") analysed the
 * target again. The role the question names is set and analysed; the target's own title, or
 * a question pointing at "this job", still analyses the target.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const AFTER_ANALYSIS: Focus = {
  hasProfile: true,
  jobId: "j1",
  jobTitle: "Registered Nurse",
  analysisId: "a1",
  topic: "analysis",
  lastIntent: "analyze_fit",
};
const plan = plannerWith({ focus: AFTER_ANALYSIS });

it.each([
  ["¿y para analista de datos?", "analista de datos"],
  ["e para gerente de projetos?", "gerente de projetos"],
  ["et pour chef de rayon ?", "chef de rayon"],
  ["und als Projektleiter?", "projektleiter"],
])("%s after an analysis checks that role", async (text, role) => {
  const p = await plan(text);
  expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
  expect(String(p.calls[0]!.args.text).toLowerCase()).toContain(role);
});

it.each(["¿soy buena candidata para analista de datos?", "suis-je faite pour le poste de chef de projet ?"])(
  "%s with a target set checks the role it names",
  async (text) => {
    const p = await plan(text, {
      ...AFTER_ANALYSIS,
      topic: "job",
      lastIntent: "set_dream_job",
      analysisId: undefined,
    });
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
  },
);

it("a fit question naming the target itself analyses the target", async () => {
  const p = await plan("¿soy buena candidata para registered nurse?");
  expect(p.calls.map((c) => c.name)).not.toContain("set_dream_job");
});

it("'y para qué sirve?' names no role", async () => {
  const p = await plan("¿y para qué sirve eso?");
  expect(p.calls.map((c) => c.name)).not.toContain("set_dream_job");
});
