/**
 * Issue 12 (chat12u), what the lead found as a new user, at the planner: "and now?" after a
 * profile change checks the fit again; a call's day said about a tracked application is kept as
 * its interview day; interview questions asked for a role named by its acronym are that role's;
 * an employer said after "at" is the job's company. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { asksOnlyAboutNow } from "./recheck-after-change.ts";
import { understand } from "./understand.ts";

const plan = (text: string, focus: Focus, tracked: string[] = [], ownSkills: string[] = ["Sales"]) =>
  understand(text, { focus, attachments: [], available: new Set(TOOL_NAMES), tracked, ownSkills });

const AFTER_SKILL_ADDED: Focus = {
  hasProfile: true,
  jobId: "11111111-1111-4111-8111-111111111111",
  jobTitle: "Account Executive",
  analysisId: "22222222-2222-4222-8222-222222222222",
  topic: "analysis",
  lastIntent: "add_skill",
  lastCall: { name: "add_skill", args: { skill: "Negotiation" } },
};

describe("'and now?' after a profile change", () => {
  it.each([
    "what about now",
    "and now?",
    "how about now?",
    "¿y ahora qué tal?",
    "et maintenant ?",
    "und jetzt?",
    "wie sieht's jetzt aus?",
    "e agora, como fico?",
    "aur ab kaisa hai?",
  ])("'%s' re-runs the analysis in focus", async (text) => {
    expect((await plan(text, AFTER_SKILL_ADDED)).calls).toEqual([
      { name: "reanalyze", args: { analysisId: AFTER_SKILL_ADDED.analysisId } },
    ]);
  });

  it("with only a job in focus, its fit is checked", async () => {
    const { analysisId: _a, ...jobOnly } = AFTER_SKILL_ADDED;
    expect((await plan("and now?", jobOnly)).calls).toEqual([
      { name: "analyze_fit", args: { jobId: jobOnly.jobId } },
    ]);
  });

  it("a request of its own, or 'now' after something else, is not a re-check", async () => {
    expect(asksOnlyAboutNow("now add SQL too")).toBe(false);
    expect(asksOnlyAboutNow("what should I learn now")).toBe(false);
    const calls = (await plan("and now?", { ...AFTER_SKILL_ADDED, lastIntent: "show_roadmap" })).calls;
    expect(calls.map((c) => c.name)).not.toContain("reanalyze");
  });
});

const APPLIED: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Quillfeather", position: "Account Executive", status: "applied" },
};

describe("a call's day said about a tracked application", () => {
  it.each([
    ["they want a call next tuesday", "next tuesday"],
    ["they want to talk next tuesday", "next tuesday"],
    ["got a call with them on the 14th at 3pm", "on the 14th at 3pm"],
    ["quieren una llamada el martes", "martes"],
    ["ils veulent un appel mardi prochain", "mardi prochain"],
    ["sie wollen nächsten Dienstag telefonieren", "nächsten Dienstag"],
    ["querem uma ligação na terça", "terça"],
    ["unhone agle mangal ko call rakha hai", "agle mangal ko"],
  ])("'%s' keeps %s as the interview day", async (text, day) => {
    expect((await plan(text, APPLIED, ["Quillfeather"])).calls).toEqual([
      {
        name: "update_application_status",
        args: { application: "Quillfeather", status: "phone_screen", interviewAt: day },
      },
    ]);
  });

  it("an interview on a day of the month keeps that day", async () => {
    const calls = (await plan("interview on the 14th at 3pm", APPLIED, ["Quillfeather"])).calls;
    expect(calls[0]).toMatchObject({
      args: { application: "Quillfeather", interviewAt: "on the 14th at 3pm" },
    });
  });

  it("a day gone by is no interview day", async () => {
    const calls = (await plan("they called me yesterday for a phone screen", APPLIED, ["Quillfeather"]))
      .calls;
    expect(calls[0]?.args.interviewAt).toBeUndefined();
  });
});

describe("interview questions asked for a role", () => {
  it.each([
    "what interview questions should I expect for an AE role",
    "interview questions for an AE role",
    "what will they ask me in an interview for account executive",
  ])("'%s' searches the account executive's questions", async (text) => {
    expect((await plan(text, { hasProfile: true })).calls).toEqual([
      { name: "search_questions", args: { role: "account executive", query: text } },
    ]);
  });
});

describe("an employer said after 'at' in 'I'm a <job> at <Employer>'", () => {
  it.each([
    ["im a shift lead at Costco", "Shift Lead", "Costco"],
    ["I'm a cashier at Target", "Cashier", "Target"],
  ])("'%s' saves the job with its company and no skill", async (text, title, company) => {
    const calls = (await plan(text, { hasProfile: false }, [], [])).calls;
    expect(calls).toEqual([
      {
        name: "save_background",
        args: { roles: [{ title, current: true, company }], skills: [], certifications: [] },
      },
    ]);
  });

  it("a workplace with an article is no company", async () => {
    const calls = (await plan("i'm a nurse at a hospital in Lisbon", { hasProfile: false }, [], [])).calls;
    expect(calls[0]?.args).toEqual({
      roles: [{ title: "Nurse", current: true }],
      skills: [],
      certifications: [],
    });
  });
});

describe("two facts corrected in one message", () => {
  const ANALYSED: Focus = {
    hasProfile: true,
    jobId: AFTER_SKILL_ADDED.jobId,
    analysisId: AFTER_SKILL_ADDED.analysisId,
    topic: "analysis",
    lastIntent: "analyze_fit",
  };
  it.each([
    "actually I'm in Lyon and I have 7 years, not 5",
    "no wait, I live in Lyon and it's 7 years not 5",
  ])("'%s' sets the place and the length, then re-runs the analysis", async (text) => {
    const calls = (await plan(text, ANALYSED)).calls;
    expect(calls).toContainEqual({ name: "set_preferences", args: { desiredLocation: "Lyon" } });
    expect(calls).toContainEqual({ name: "change_role", args: { months: 84 } });
    expect(calls.at(-1)).toEqual({ name: "reanalyze", args: { analysisId: ANALYSED.analysisId } });
  });

  it("one place corrected is where they are, not a target role", async () => {
    expect((await plan("actually I'm in Lyon", ANALYSED)).calls).toEqual([
      { name: "set_preferences", args: { desiredLocation: "Lyon" } },
      { name: "reanalyze", args: { analysisId: ANALYSED.analysisId } },
    ]);
    const wish = (await plan("actually I want to be a nurse in Lyon", ANALYSED)).calls;
    expect(wish.map((c) => c.name)).toContain("set_dream_job");
  });

  it("a part that is no fact leaves the message to the other readers", async () => {
    const calls = (await plan("actually I'm in Lyon and I love it", ANALYSED)).calls;
    expect(calls.map((c) => c.name)).not.toContain("change_role");
  });
});

describe("the kind of employment wanted, said alone", () => {
  it.each([
    ["only part-time", ["part_time"]],
    ["je cherche un mi-temps", ["part_time"]],
    ["nur Teilzeit", ["part_time"]],
    ["busco solo medio tiempo", ["part_time"]],
    ["só meio período", ["part_time"]],
    ["sirf part time chahiye", ["part_time"]],
    ["contract work only", ["contract"]],
  ])("'%s' is kept as a preference", async (text, employment) => {
    expect((await plan(text, { hasProfile: true, lastIntent: "save_background" })).calls).toEqual([
      { name: "set_preferences", args: { employment } },
    ]);
  });
});
