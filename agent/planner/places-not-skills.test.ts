/**
 * trial18 §1: a bartender wrote (es) which languages she speaks and, in the next sentence, that
 * she prefers full-time work in two towns: the towns were saved as skills and full-time lost;
 * "they are not skills, they're cities where I want to work" and "take them off my skills"
 * (es) removed nothing (the second was read as a question about a gap, over an analysis).
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const ANALYSED: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "j1",
  jobTitle: "Front Desk Manager",
  analysisId: "a1",
  verdict: "UNFIT",
  gaps: ["Relevant experience", "Microsoft Office"],
  lastIntent: "analyze_fit",
};
const OWN = { ownSkills: ["Sevilla", "Cádiz", "Excel"] };
const plan = (text: string, focus: Focus = ANALYSED) => planText(text, focus, OWN);
const skillsAdded = (calls: { name: string; args: Record<string, unknown> }[]) =>
  calls.filter((c) => c.name === "add_skill").map((c) => c.args.skill);

describe("a sentence of where and how they want to work beside skills", () => {
  it("the towns are a wished location, full-time kept, the languages still added", async () => {
    const { calls } = await plan(
      "hablo inglés y francés. prefiero trabajar a tiempo completo en Sevilla o Cádiz",
      { hasProfile: true },
    );
    expect(skillsAdded(calls)).not.toContain("Sevilla");
    expect(skillsAdded(calls)).not.toContain("Cádiz");
    const prefs = calls.find((c) => c.name === "set_preferences")?.args;
    expect(prefs?.employment).toEqual(["full_time"]);
    expect(String(prefs?.desiredLocation)).toMatch(/Sevilla/);
  }, 60_000);

  it("in English too: 'I'd like to work in Leeds or York' names no skill", async () => {
    const { calls } = await plan("I speak French and German. I'd like to work in Leeds or York", {
      hasProfile: true,
    });
    expect(skillsAdded(calls)).toEqual(expect.not.arrayContaining(["Leeds", "York"]));
    expect(calls.some((c) => c.name === "set_preferences")).toBe(true);
  }, 60_000);
});

describe("taking them off again, in the chat's languages", () => {
  it("'quita X y Y de mis habilidades' over an analysis removes both", async () => {
    const { calls } = await plan("quita Sevilla y Cádiz de mis habilidades");
    expect(calls.map((c) => `${c.name}:${c.args.skill}`).sort()).toEqual([
      "remove_skill:Cádiz",
      "remove_skill:Sevilla",
    ]);
  }, 60_000);

  it("'they're not skills, they're cities where I want to work' removes them and keeps the place", async () => {
    const { calls } = await plan(
      "no, Sevilla y Cádiz no son habilidades, son ciudades donde quiero trabajar",
    );
    expect(calls.filter((c) => c.name === "remove_skill").map((c) => c.args.skill)).toEqual([
      "Sevilla",
      "Cádiz",
    ]);
    expect(calls.find((c) => c.name === "set_preferences")?.args.desiredLocation).toMatch(/Sevilla/);
    expect(calls.map((c) => c.name)).not.toContain("set_dream_job");
  }, 60_000);

  it.each([
    "tira Excel das minhas habilidades",
    "lösche Excel aus meinen Fähigkeiten",
    "enlève Excel de mes compétences",
  ])(
    "%s removes Excel",
    async (text) => {
      expect((await plan(text)).calls).toEqual([{ name: "remove_skill", args: { skill: "Excel" } }]);
    },
    60_000,
  );
});
