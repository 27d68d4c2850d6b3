/**
 * Issue 12: a status report ("they made me an offer") or a reminder request ("ping me in 2
 * days about it") typed while the conversation is on something else — an analysis, a practice
 * question, a roadmap, a skills edit, a target job — is about the application in focus, not
 * an answer to the quiz or a roadmap request. Messages written for this test (not from any
 * data set); each is planned by the real planner on the committed intent model.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const application = { company: "Vantage", position: "Data Analyst", status: "applied" };
const tracking = { hasProfile: true, application, applications: ["Vantage"] };
const TOPICS: Record<string, Focus> = {
  "an analysis": {
    ...tracking,
    topic: "analysis",
    analysisId: "a-1",
    analyses: [{ id: "a-1", company: "Brightwave", title: "Analyst" }],
    analysed: 1,
    lastIntent: "analyze_fit",
  },
  "a practice question": {
    ...tracking,
    topic: "question",
    awaiting: "practice_answer",
    questionId: "q-1",
    questionText: "Tell me about a time you disagreed with a colleague.",
    lastIntent: "practice_question",
  },
  "a roadmap": {
    ...tracking,
    topic: "roadmap",
    roadmapId: "r-1",
    currentWeek: 2,
    lastIntent: "show_roadmap",
  },
  "a skills edit": { ...tracking, lastIntent: "add_skill" },
  "a target job": { ...tracking, topic: "job", jobTitle: "Data Analyst", lastIntent: "set_dream_job" },
};

const plan = plannerWith({ tracked: ["Vantage"] });

describe.each(Object.entries(TOPICS))("during %s", (_, focus) => {
  it.each([
    ["the second interview went ok i think, they want a final one", "final_interview"],
    ["rejected. again. lol", "rejected"],
    ["they came back with an offer!!", "offer"],
    ["nothing from them for weeks, consider it ghosted", "ghosted"],
  ])("'%s' moves the application in focus", async (text, status) => {
    const p = await plan(text, focus);
    expect(p.calls).toEqual([
      { name: "update_application_status", args: { application: "Vantage", status } },
    ]);
  });

  it.each([
    "ping me in 2 days about it",
    "can you nudge me next week to chase them",
    "remind me on friday to follow up",
  ])("'%s' sets a reminder for the application in focus", async (text) => {
    const p = await plan(text, focus);
    expect(p.calls.map((c) => c.name)).toEqual(["set_reminder"]);
    expect(p.calls[0].args.application).toBe("Vantage");
  });
});

it("'remind me what's in week 3' on a roadmap shows the roadmap, it sets no reminder", async () => {
  const p = await plan("remind me what's in week 3", TOPICS["a roadmap"]);
  expect(p.calls.map((c) => c.name)).toEqual(["show_roadmap"]);
});

it("tiredness of rejections is heard, nothing is moved", async () => {
  const p = await plan("i'm so sick of all these rejections", TOPICS["an analysis"]);
  expect(p.calls).toEqual([]);
});

it("a practice answer that tells of a rejection is scored as the answer", async () => {
  const p = await plan(
    "when my manager rejected my plan i asked what worried him, reworked the budget and we shipped it a month later",
    TOPICS["a practice question"],
  );
  expect(p.calls.map((c) => c.name)).toEqual(["answer_question"]);
});
