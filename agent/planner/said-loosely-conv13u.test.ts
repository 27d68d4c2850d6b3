/**
 * conv13u (kinds of blind12's misses; every message here is written for this test, none is a
 * blind line):
 * - a re-run asked in so many words with an analysis in focus ("rerun it", "… and then redo the
 *   fit") is `reanalyze`, not a fresh `analyze_fit`;
 * - a background told with a resume loaded whose words hold a noun a request list took for a
 *   request ("a level 2 hospital", "my resume is a mess"), whose years are dates ("since 2015",
 *   "2012-2020"), or that opens with a short announcement ("quick intro:").
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import type { PlannedCall } from "../tools/schemas.ts";
import { rerunInFocus } from "./rerun-in-focus.ts";
import { resumeShapedBody } from "./resume-shaped-body.ts";
import { skillNamedFreely } from "./skill-named-freely.ts";

const loaded: Focus = { hasProfile: true };
const analysed: Focus = {
  hasProfile: true,
  topic: "analysis",
  analysisId: "a-1",
  lastIntent: "analyze_fit",
  gaps: ["Kubernetes", "Go"],
};
const plan = plannerWith({ focus: loaded, tracked: [], ownSkills: ["Excel", "Scheduling"] });
const names = async (text: string, focus: Focus = loaded) =>
  (await plan(text, focus)).calls.map((c) => c.name);

describe("a re-run asked with an analysis in focus", () => {
  it.each([
    ["rerun it", ["reanalyze"]],
    ["redo my fit check", ["reanalyze"]],
    ["add Snowflake at beginner level and then rerun the fit", ["add_skill", "reanalyze"]],
  ])("%s", async (text, expected) => {
    expect(await names(text, analysed)).toEqual(expected);
  });
  it("with nothing analysed yet, a fresh fit check", async () => {
    expect(await names("rerun it", { hasProfile: true, jobId: "j-1", jobTitle: "Nurse" })).toEqual([
      "analyze_fit",
    ]);
  });
  it("a new role named is a fresh analysis, not a re-run", () => {
    const calls: PlannedCall[] = [
      { name: "set_dream_job", args: { text: "data engineer" } },
      { name: "analyze_fit", args: {} },
    ];
    expect(rerunInFocus(calls, "do it again for data engineer", analysed)).toEqual(calls);
  });
});

describe("a background told with a resume loaded", () => {
  it.each([
    [
      "About me: 9 years as a dental hygienist at a level 2 community clinic, RDH license. Before that 3 years as a receptionist.",
      "Dental Hygienist",
    ],
    ["bartender since 2015 at Harrah's Casino, craft cocktails, inventory, trained barbacks", "Bartender"],
    [
      "land surveyor, party chief for engineering firms 2012-2020. GPS, AutoCAD, BS geomatics",
      "Land Surveyor",
    ],
    ["quick intro: barista 4 years, shift lead 1 year, food handler card", "Barista"],
    ["my resume is a mess honestly. did 4 yrs as a bank teller, then 2 as a loan officer", "Bank Teller"],
  ])("%s", async (text, title) => {
    const calls = (await plan(text)).calls;
    expect(calls.map((c) => c.name)).toEqual(["save_background"]);
    const roles = calls[0]!.args.roles as { title: string }[];
    expect(roles.map((r) => r.title)).toContain(title);
  });
  it("the employer after the dates is the employer, and none of its words a skill", async () => {
    const calls = (await plan("bartender since 2015 at Harrah's Casino, craft cocktails, trained barbacks"))
      .calls;
    const roles = calls[0]!.args.roles as { company?: string; start?: string }[];
    expect(roles[0]).toMatchObject({ company: "Harrah's Casino", start: "2015" });
    const skills = (calls[0]!.args.skills as { name: string }[]).map((s) => s.name);
    expect(skills).not.toContain("Casino");
  });
});

describe("a skill the taxonomy does not know, added in the person's words", () => {
  it.each([
    ["add wound dressing - expert lol been doing it forever", "wound dressing", "expert"],
    ["add blood culture collection as advanced", "blood culture collection", "advanced"],
    ["ajoute la couture à mes compétences, niveau avancé", "couture", "advanced"],
  ])("%s", async (text, skill, level) => {
    expect((await plan(text)).calls).toEqual([{ name: "add_skill", args: { skill, proficiency: level } }]);
  });
  it.each([
    ["add it", undefined],
    ["put down that i can read blueprints, did it 6 years", "read blueprints"],
    ["füg noch Gebärdensprache hinzu, gut", "Gebärdensprache"],
    ["agrégame costura a mis habilidades", undefined],
    ["agrega costura industrial a mis habilidades", "costura industrial"],
    ["adiciona manicure em gel nas minhas habilidades", "manicure em gel"],
    ["add my resume", undefined],
    ["add a skill", undefined],
    ["add a new skill pls", undefined],
  ])("the words after the verb: %s", async (text, skill) => {
    expect(skillNamedFreely(text)).toBe(skill);
  });
});

describe("an application just logged, corrected", () => {
  const logged: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "add_application",
    application: { id: "app-7", company: "Revolut", position: "Support Agent" },
  };
  it.each([
    ["ugh it was wednesday not today", "on wednesday"],
    ["hold on, that was monday actually", "on monday"],
  ])("the day: %s", async (text, day) => {
    expect((await plan(text, logged, ["Revolut"])).calls).toEqual([
      { name: "change_application", args: { application: "app-7", appliedOn: day } },
    ]);
  });
  it.each([
    "en fait c'était pas Revolut, c'était Monzo",
    "en realidad no fue Revolut, fue Monzo",
    "eigentlich war es nicht Revolut, sondern Monzo",
    "na verdade não foi Revolut, foi Monzo",
  ])("the company in another language: %s", async (text) => {
    expect((await plan(text, logged, ["Revolut"])).calls).toEqual([
      { name: "change_application", args: { application: "app-7", company: "Monzo" } },
    ]);
  });
});

describe("how long a named job lasted, corrected at any point", () => {
  it.each([
    ["my job at the hospital was 5 years not 3, fix that", "hospital", 60],
    ["the Acme one lasted 2 yrs, not 1", "Acme", 24],
    ["my time as a line cook was 4 years actually", "line cook", 48],
  ])("%s", async (text, role, months) => {
    expect((await plan(text)).calls).toEqual([{ name: "change_role", args: { role, months } }]);
  });
  it("a job told with its years is no correction", async () => {
    expect((await plan("my job at Acme was 3 years of support work")).calls.map((c) => c.name)).not.toContain(
      "change_role",
    );
  });
});

describe("a practice answer's score asked with the answer named, in any topic", () => {
  it.each([
    "how many points did my previous mock answer get",
    "what grade did you give my last practice reply",
    "qué puntuación tuvo mi respuesta de práctica",
  ])("%s", async (text) => {
    expect((await plan(text)).calls).toEqual([{ name: "practice_recap", args: {} }]);
  });
  it("a real interview's news is not a practice recap", async () => {
    expect(
      (await plan("how did my interview at Acme go, they havent called")).calls.map((c) => c.name),
    ).not.toContain("practice_recap");
  });
});

describe("a reminder stopped with the verb of reminding", () => {
  it.each([
    ["quit reminding me about the dentist thing", "the dentist thing"],
    ["deja de recordarme lo del banco", "banco"],
    ["hör auf, mich an den Zahnarzt zu erinnern", "den Zahnarzt"],
  ])("%s", async (text, reminder) => {
    expect((await plan(text)).calls).toEqual([{ name: "cancel_reminder", args: { reminder } }]);
  });
  it("quitting a doing is no job left", async () => {
    expect((await plan("quit reminding me about the dentist thing")).calls.map((c) => c.name)).not.toContain(
      "change_role",
    );
  });
});

describe("a short resume pasted under a line that does not say 'resume'", () => {
  const pasted = [
    "take this one instead of the old one:",
    "MARIA DELGADO",
    "Pipe Welder",
    "Gulf Fabrication LLC, 2015-present",
    "- TIG and MIG on stainless pipe",
    "- Trained 4 apprentices",
    "Certifications: AWS D1.1, OSHA 30",
  ].join("\n");
  it("is read as the resume", async () => {
    expect((await plan(pasted)).calls.map((c) => c.name)).toEqual(["read_resume"]);
  });
  it("a short ad under a line has no name line first", () => {
    expect(
      resumeShapedBody(
        "Pipe Welder\nGulf Fabrication, Houston TX\n- 3+ yrs TIG on stainless\n- 2025-2026 turnaround season",
      ),
    ).toBe(false);
  });
});

describe("the job wanted written after a label, after the story", () => {
  it.each([
    [
      "Leaving the fire service at 50 (pension kicks in). Target: emergency management planner for a county or FEMA.",
      "emergency management planner",
    ],
    ["Target: flight operations analyst for an airline or the FAA.", "flight operations analyst"],
  ])("%s", async (text, title) => {
    expect((await plan(text)).calls).toEqual([{ name: "set_dream_job", args: { text: title } }]);
  });
});

describe("the gap list asked with a word before 'gaps', or as what is left to learn", () => {
  it.each([
    "what are the biggest gaps",
    "so what are my 3 main gaps",
    "walk me through the must-haves i dont meet",
    "is job ke liye kya kya seekhna padega mujhe",
  ])("%s", async (text) => {
    expect((await plan(text, analysed)).calls).toEqual([{ name: "explain_gap", args: {} }]);
  });
  it("a score asked about stays the score", async () => {
    expect((await plan("why is my score so low", analysed)).calls.map((c) => c.name)).toEqual([
      "explain_score",
    ]);
  });
});
