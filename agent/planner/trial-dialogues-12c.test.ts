/**
 * Wrong turns found trying the chat as new users (branch trial12c, 2026-12-04): each case is a
 * message in the state the conversation was in when it went wrong (`/work/notes/issue-12-trial12c.md`).
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith();

const ANALYSED: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "job-1",
  jobTitle: "Data Analyst",
  analysisId: "a-1",
  lastIntent: "explain_gap",
  gaps: ["Microsoft Azure", "Tableau", "SAS"],
};

describe("asking how one application is going, in any topic", () => {
  it.each([
    ["how's Siemens going?", "Siemens"],
    ["how is it going with zalando", "Zalando"],
    ["any news from Siemens?", "Siemens"],
  ])("%s shows that tracked application (was a greeting / a score)", async (text, company) => {
    expect((await plan(text, ANALYSED, ["Siemens", "Zalando"])).calls).toEqual([
      { name: "list_applications", args: { company } },
    ]);
  });
  it.each([
    ["how's my Tesla application going?", "Tesla"],
    ["any news from Tesla?", "Tesla"],
  ])(
    "%s names a company not tracked: its list, which says it isn't tracked (was the overall stats)",
    async (text, company) => {
      expect((await plan(text, ANALYSED, ["Siemens"])).calls).toEqual([
        { name: "list_applications", args: { company } },
      ]);
    },
  );
  it("how's my application going? with no company is still the totals", async () => {
    expect((await plan("how's my application going?", ANALYSED, ["Siemens"])).calls).toEqual([
      { name: "application_stats", args: {} },
    ]);
  });
});

describe("the biggest gap, and a lead-in returning to a topic", () => {
  const AFTER_LOGGING: Focus = {
    ...ANALYSED,
    topic: "application",
    lastIntent: "add_application",
    application: { company: "Siemens", position: "Data Analyst" },
  };
  it.each([
    ["what's my biggest gap?", ANALYSED],
    ["ok back to the analysis, what's my biggest gap?", AFTER_LOGGING],
  ])("%s explains the first gap (was 'biggest' as a skill / asked back)", async (text, focus) => {
    // The top gap is the tool's to find, on an analysis as the profile is now (chat18u).
    expect((await plan(text, focus, ["Siemens"])).calls).toEqual([
      { name: "explain_gap", args: { top: true } },
    ]);
  });
});

describe("weeks named after a week was shown", () => {
  const WEEK_2: Focus = {
    hasProfile: true,
    topic: "roadmap",
    roadmapId: "r-1",
    jobId: "job-1",
    analysisId: "a-1",
    week: 2,
    currentWeek: 1,
    lastIntent: "show_roadmap",
    gaps: ["Microsoft Azure", "Tableau", "SAS"],
  };
  it.each([
    ["and the third?", 3],
    ["y la semana 3?", 3],
    ["et la semaine 4", 4],
  ])("%s shows week %i (was the third gap / 'which part did you finish?')", async (text, week) => {
    expect((await plan(text, WEEK_2)).calls).toEqual([{ name: "show_roadmap", args: { week } }]);
  });
});

describe("corrections of the last request's detail", () => {
  it("'actually I meant Berlin' after setting a target in Munich is the target in Berlin (was the role 'Berlin')", async () => {
    const target: Focus = {
      hasProfile: true,
      topic: "job",
      jobId: "job-1",
      jobTitle: "Data Analyst",
      lastIntent: "set_dream_job",
    };
    expect((await plan("actually I meant Berlin", target)).calls).toEqual([
      { name: "set_dream_job", args: { text: "Data Analyst, in Berlin" } },
    ]);
  });
  it("'no, I meant Berlin' after a fit check scores the job again there", async () => {
    expect((await plan("no, I meant Berlin", { ...ANALYSED, lastIntent: "analyze_fit" })).calls).toEqual([
      { name: "reanalyze", args: { context: "in Berlin" } },
    ]);
  });
  it("'actually make it wednesday' after a reminder is that reminder on Wednesday (was the role 'wednesday')", async () => {
    const reminded: Focus = {
      hasProfile: true,
      topic: "application",
      lastIntent: "set_reminder",
      application: { company: "N26", position: "Junior Analyst" },
      applications: ["N26"],
    };
    expect((await plan("actually make it wednesday", reminded)).calls).toEqual([
      { name: "set_reminder", args: { application: "N26", when: "wednesday" } },
    ]);
  });
  it("'e pra engenheiro de dados?' after 'why?' checks that role (was 'why?' again)", async () => {
    const p = await plan("e pra engenheiro de dados?", { ...ANALYSED, lastIntent: "explain_score" });
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
  });
});

describe("a position in the skills list just shown, with a level", () => {
  const LISTED: Focus = {
    hasProfile: true,
    lastIntent: "show_skills",
    skill: "Kubernetes",
    skillsListed: ["Data Analysis", "Docker", "SolidWorks"],
  };
  it.each([
    ["the last one, set it to beginner", "SolidWorks", "beginner"],
    ["make the second one advanced", "Docker", "advanced"],
  ])(
    "%s changes that skill (was the skill talked about before the list, added back)",
    async (text, skill, proficiency) => {
      expect((await plan(text, LISTED)).calls).toEqual([
        { name: "update_skill", args: { skill, proficiency } },
      ]);
    },
  );
});

describe("'no, the other job' after a status change", () => {
  const moved = (applications: string[]): Focus => ({
    hasProfile: true,
    lastIntent: "update_application_status",
    applications,
    application: {
      company: "N26",
      position: "Junior Analyst",
      status: "technical_interview",
      previousStatus: "applied",
    },
  });
  it("between two, takes the change back first so the one moved to stays in focus for 'remind me about it'", async () => {
    expect((await plan("no, the other job", moved(["N26", "Zalando"]))).calls).toEqual([
      { name: "update_application_status", args: { application: "N26", status: "applied" } },
      { name: "update_application_status", args: { application: "Zalando", status: "technical_interview" } },
    ]);
  });
});
