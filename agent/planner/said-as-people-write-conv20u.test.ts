/**
 * conv20u: messages as people write them, read by their shape (no intent-model rebuild): a
 * background said as the ground of a question is asked, not saved; "add A, B and C" is skills;
 * spoken languages said in any of the chat's languages, each at its own level; places after an
 * hours word; a wish said abroad ends the job held; an apprenticeship is work in training; a word
 * the title words did not translate is no part of the title; tools said held after an analysis
 * are added as said. Every message is written for this test, none is a dev or blind line.
 */
import { describe, expect, it } from "vitest";
import { PROFILE_ONLY, planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const loaded = (text: string, focus: Focus = PROFILE_ONLY) =>
  planText(text, focus, { ownSkills: ["Scheduling"] });
const empty = (text: string) => planText(text, {}, { ownSkills: [] });
const AFTER_ANALYSIS: Focus = {
  hasProfile: true,
  topic: "analysis",
  analysisId: "an-1",
  jobId: "job-1",
  lastIntent: "analyze_fit",
  gaps: ["Stakeholder Management", "Budgeting"],
};
const names = (plan: Awaited<ReturnType<typeof planText>>) => plan.calls.map((c) => c.name);
const added = (plan: Awaited<ReturnType<typeof planText>>) =>
  plan.calls.filter((c) => c.name === "add_skill").map((c) => [c.args.skill, c.args.spokenLevel]);

describe("a background said as the ground of a question about other work is answered, not saved", () => {
  it.each([
    "8 years of night shifts in a call centre and i'm done. is there any way out of this?",
    "been a school bus driver for 11 years, what else could i do with that?",
    "llevo 10 años de repartidor y ya no puedo más, ¿hay algún trabajo que no sea en la calle?",
    "ich bin seit 15 Jahren Verkäuferin, gibt es einen Beruf, wo ich sitzen kann?",
    "je suis caissière depuis 9 ans, quels métiers pourraient me convenir ?",
    "trabalho como garçom há 6 anos, que empregos que pagam melhor eu poderia tentar?",
  ])("%s", async (text) => {
    for (const plan of [await loaded(text), await empty(text)]) {
      expect(names(plan)).toEqual([]);
      expect(plan.says.find((s) => s.kind === "advice")?.detail).toBe("career_paths");
    }
  });

  it("a fit question then the job held, on a loaded profile: the target, no entry saved", async () => {
    const plan = await loaded(
      "could i become a paralegal? i've been a legal secretary at a small firm since 2016",
    );
    expect(names(plan)).toContain("set_dream_job");
    expect(names(plan)).not.toContain("add_profile_entry");
    expect(names(plan)).not.toContain("save_background");
  });

  it("a background with a target named is still saved and the target set", async () => {
    const plan = await empty("line cook for 4 years, want to become a sous chef");
    expect(names(plan)).toContain("save_background");
  });
});

describe("'add A, B and C' is skills listed, not one entry", () => {
  it.each([
    ["add pallet jack handling, cycle counting and cold chain logging", 3],
    ["añade atención al cliente, control de caja y reposición", 3],
    ["ajoute la pâtisserie, le service en salle et la gestion des stocks", 3],
    ["adiciona manutenção preventiva, leitura de diagramas e solda MIG", 3],
  ])("%s", async (text, count) => {
    const plan = await loaded(text);
    expect(names(plan).every((n) => n === "add_skill")).toBe(true);
    expect(plan.calls).toHaveLength(count);
  });

  it.each([
    "add experience: florist, own shop, Leeds, 2012 to 2020",
    "add a project - restored a 1960s fishing boat with two friends, hull and engine",
  ])("an entry stays an entry: %s", async (text) => {
    expect(names(await loaded(text))).toEqual(["add_profile_entry"]);
  });
});

describe("spoken languages, each at its own level", () => {
  it("Hinglish after an analysis adds each language, then runs the analysis again", async () => {
    const plan = await loaded("main Tamil, Hindi aur English bolti hoon", AFTER_ANALYSIS);
    expect(added(plan).map(([s]) => s)).toEqual(["Tamil", "Hindi", "English"]);
    expect(names(plan)).not.toContain("explain_gap");
    expect(names(plan).at(-1)).toBe("reanalyze");
  });

  it("'Französisch fließend und Spanisch gut': fluent and good, not both the first", async () => {
    const plan = await loaded("ich spreche Französisch fließend und Spanisch gut");
    expect(added(plan)).toEqual([
      ["French", "fluent"],
      ["Spanish", "good (B2)"],
    ]);
  });

  it("a correction to a CEFR level said in German is that language's level", async () => {
    const plan = await loaded("Spanisch kann ich nicht fließend, eher B1");
    const spanish = plan.calls.find((c) => c.args.skill === "Spanish");
    expect(spanish?.args.spokenLevel).toBe("B1");
    expect(plan.says.map((s) => s.kind)).not.toContain("ask_preference");
  });
});

describe("places after an hours word", () => {
  it("'in Vollzeit … in Bremen oder Hamburg': full-time, both cities, no place 'Vollzeit'", async () => {
    const plan = await loaded("ich möchte in Vollzeit arbeiten, am besten in Bremen oder Hamburg");
    const prefs = plan.calls.find((c) => c.name === "set_preferences")?.args;
    expect(prefs?.employment).toEqual(["full_time"]);
    expect(prefs?.desiredLocation).toBe("Bremen or Hamburg");
  });
  it("'in Kassel oder Fulda arbeiten': both cities", async () => {
    const plan = await loaded("ich möchte in Kassel oder Fulda arbeiten");
    expect(plan.calls.find((c) => c.name === "set_preferences")?.args.desiredLocation).toBe(
      "Kassel or Fulda",
    );
  });
});

describe("the job held, in another language", () => {
  it("a French wish after the job is no part of its title", async () => {
    const plan = await empty(
      "je suis vendeuse dans une boulangerie depuis 5 ans et je voudrais passer à la comptabilité",
    );
    const roles = plan.calls.find((c) => c.name === "save_background")?.args.roles as
      | { title: string }[]
      | undefined;
    for (const role of roles ?? []) expect(role.title).not.toMatch(/voudrais|passer/i);
    expect(names(plan)).toContain("set_dream_job");
  });

  it("a German apprenticeship is saved as work in training, with the years done", async () => {
    const plan = await empty("ich bin Azubi im zweiten Lehrjahr als Elektriker bei einem Stadtwerk");
    const roles = plan.calls.find((c) => c.name === "save_background")?.args.roles as
      | { title: string; months?: number }[]
      | undefined;
    expect(roles?.[0]?.title).toBe("Electrician Apprentice");
    expect(roles?.[0]?.months).toBe(12);
    expect(names(plan)).not.toContain("set_dream_job");
  });

  it("a word the title words did not translate is no part of the title", async () => {
    const plan = await loaded("sou caixa de farmácia há 4 anos");
    const roles = plan.calls.find((c) => c.name === "save_background")?.args.roles as
      | { title: string }[]
      | undefined;
    expect(roles?.[0]?.title).toBe("Cashier");
  });
});

describe("tools said held after an analysis, unknown to the skill reader", () => {
  it("are added as said, then the analysis is run again", async () => {
    const plan = await loaded("i know Logic Pro and Reaper pretty well", AFTER_ANALYSIS);
    expect(plan.calls.map((c) => [c.name, c.args.skill])).toEqual([
      ["add_skill", "Logic Pro"],
      ["add_skill", "Reaper"],
      ["reanalyze", undefined],
    ]);
  });
  it("a skill the reader knows still goes to the rerun as context", async () => {
    const plan = await loaded("I know Docker pretty well too", AFTER_ANALYSIS);
    expect(plan.calls.find((c) => c.name === "reanalyze")?.args.context).toMatch(/Docker/);
  });
});
