/**
 * trial14 §6: a nurse moving to clinical research asked in Spanish whether she fits ("soy apta"
 * is the feminine of "apto") and got a roadmap; her first message's wish ("quiero trabajar como
 * …") was dropped beside her background. Messages written for this test; the real planner.
 */
import { describe, expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { fitAskedNotPlan } from "./fit-not-plan.ts";
import { understand } from "./understand.ts";

const withTarget = { hasProfile: true, jobId: "job-1", jobTitle: "Clinical Research Coordinator" };
const names = async (text: string, focus: Record<string, unknown> = withTarget) =>
  (await understand(text, { focus, attachments: [], available: new Set(TOOL_NAMES) })).calls.map(
    (c) => c.name,
  );

describe("a fit asked in any form", () => {
  it.each([
    "no, lo que quiero es saber si soy apta, no una hoja de ruta",
    "no quiero un roadmap, quiero saber si ya soy apta",
    "je veux savoir si je suis apte, pas un plan",
    "não um plano: quero saber se sou apta",
    "not a roadmap, I want to know if I'm a good fit",
  ])("%s -> the fit check", async (text) => {
    expect(fitAskedNotPlan(text)).toBe(true);
    expect(await names(text)).toEqual(["analyze_fit"]);
  });

  it.each(["make me a roadmap to become qualified", "hazme un plan para ser apta", "show my plan"])(
    "a plan asked for stays a plan: %s",
    (text) => {
      expect(fitAskedNotPlan(text)).toBe(false);
    },
  );
});

describe("a wish beside the background", () => {
  it.each([
    [
      "hola, soy enfermera en Valencia, 5 años en el Hospital La Fe, quiero trabajar como clinical research coordinator (coordinadora de ensayos clínicos)",
      "Clinical Research Coordinator",
    ],
    ["soy enfermera desde hace 7 años y quiero trabajar como data analyst", "Data Analyst"],
    [
      "I've been a nurse for 7 years and I'd like to work as a clinical research coordinator",
      "Clinical Research Coordinator",
    ],
  ])("%s", async (text, target) => {
    const plan = await understand(text, { focus: {}, attachments: [], available: new Set(TOOL_NAMES) });
    expect(plan.calls.map((c) => c.name).slice(0, 2)).toEqual(["save_background", "set_dream_job"]);
    expect(plan.calls[1]?.args.text).toBe(target);
  });
});
