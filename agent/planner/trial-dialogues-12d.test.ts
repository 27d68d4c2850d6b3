/**
 * Wrong turns found trying the chat as new users (branches trial12c and trial12d, 2026-12-04):
 * each case is a message in the state the conversation was in when it went wrong
 * (`/work/notes/issue-12-trial12d.md`). Messages written for this test, planned by the real planner.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { focusAfter } from "./dialogue.ts";
import { toolReply } from "./replies-tools.ts";

const plan = plannerWith({ tracked: [] });

/** Right after a fit check for a data analyst role. */
const ANALYSED: Focus = { hasProfile: true, topic: "analysis", analysisId: "a-1", lastIntent: "analyze_fit" };

describe("'how are you?' is small talk in any topic", () => {
  it.each(["how are you?", "hey how r u", "oi, tudo bem?", "so how have you been"])(
    "%s after an analysis greets back (was explain_score)",
    async (text) => {
      const p = await plan(text, ANALYSED);
      expect(p.calls).toEqual([]);
      expect(p.says.map((s) => s.kind)).toContain("greeting");
    },
  );
  it("'how are you scoring me?' still asks about the score", async () => {
    expect((await plan("how are you scoring me?", ANALYSED)).calls.map((c) => c.name)).toEqual([
      "explain_score",
    ]);
  });
});

describe("a stage said alone after application stats", () => {
  const stats: Focus = { hasProfile: true, topic: "application", lastIntent: "application_stats" };
  it.each([
    ["what about offers?", "offer"],
    ["and the rejections?", "rejected"],
    ["what about interviews?", "technical_interview"],
  ])("%s lists the applications at that stage (was asked back)", async (text, status) => {
    expect((await plan(text, stats, ["N26", "Zalando"])).calls).toEqual([
      { name: "list_applications", args: { status } },
    ]);
  });
});

describe("one reader of a company named in a message", () => {
  it("a month is not a company, in either application question", async () => {
    const p = await plan("how's my June application going?", { hasProfile: true }, ["N26"]);
    expect(p.calls.find((c) => c.args.company === "June")).toBeUndefined();
    const listed: Focus = { hasProfile: true, topic: "application", lastIntent: "list_applications" };
    const q = await plan("what about Tuesday?", listed, ["N26"]);
    expect(q.calls.find((c) => c.args.company)).toBeUndefined();
    expect((await plan("what about n26?", listed, ["N26"])).calls).toEqual([
      { name: "list_applications", args: { company: "N26" } },
    ]);
  });
});

describe("'cancel that' right after the reminders list", () => {
  it("keeps the listed reminders' companies in focus", () => {
    const result = {
      count: 2,
      withinDays: null,
      reminders: [
        { kind: "follow_up", due: "x", company: "N26", position: "Analyst" },
        { kind: "follow_up", due: "y", company: "Zalando", position: "BI" },
      ],
    };
    expect(focusAfter("list_reminders", result, {}).remindersListed).toEqual(["N26", "Zalando"]);
  });
  it("with one reminder shown stops it (was 'left everything as it was')", async () => {
    const focus: Focus = { hasProfile: true, lastIntent: "list_reminders", remindersListed: ["N26"] };
    expect((await plan("cancel that", focus)).calls).toEqual([
      { name: "cancel_reminder", args: { application: "N26" } },
    ]);
  });
  it("with two shown, a position picks one; 'cancel that' alone changes nothing", async () => {
    const focus: Focus = {
      hasProfile: true,
      lastIntent: "list_reminders",
      remindersListed: ["N26", "Zalando"],
    };
    expect((await plan("pls stop the second one", focus)).calls).toEqual([
      { name: "cancel_reminder", args: { application: "Zalando" } },
    ]);
    expect((await plan("cancel that", focus)).calls).toEqual([]);
  });
});

it("setting a skill to the level it already has says so (was 'intermediate → intermediate')", () => {
  const reply = toolReply(
    "update_skill",
    { skill: "Docker", proficiency: "intermediate", previous: "intermediate", added: false },
    {},
    "a",
  );
  expect(reply).toContain("already at intermediate");
  expect(reply).not.toContain("→");
});

describe("'no, the other one' after a status change with three applications", () => {
  const three = ["Zalando", "N26", "Delivery Hero"];
  const moved: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "update_application_status",
    applications: three,
    application: { company: "N26", status: "technical_interview", previousStatus: "applied" },
  };
  it("asks which of the two others, offered as choices, and changes nothing (was a guess)", async () => {
    const p = await plan("no, the other one", moved, three);
    expect(p.calls).toEqual([]);
    const asked = p.says.find((s) => s.kind === "ask_application_which");
    expect(asked?.choices?.map((c) => c.label)).toEqual(["Zalando", "Delivery Hero"]);
  });
  it("the answer names one in full and the change moves there", async () => {
    expect((await plan("no, I meant Delivery Hero", moved, three)).calls).toEqual([
      { name: "update_application_status", args: { application: "N26", status: "applied" } },
      {
        name: "update_application_status",
        args: { application: "Delivery Hero", status: "technical_interview" },
      },
    ]);
  });
});

describe("'PM' names two roles", () => {
  it.each([
    ["I want to be a PM", "I want to be a product manager"],
    ["what about for a PM role", "what about for a product manager role"],
  ])(
    "%s asks product or project manager, each choice the message spelled out (was 'Sorry, that didn't work')",
    async (text, first) => {
      const p = await plan(text, ANALYSED);
      expect(p.calls).toEqual([]);
      const asked = p.says.find((s) => s.kind === "ask_role_which");
      expect(asked?.choices?.map((c) => c.text)).toEqual([first, first.replace("product", "project")]);
    },
  );
  it("a time in the afternoon is not a role", async () => {
    const p = await plan("remind me to follow up with N26 friday at 5 pm", { hasProfile: true }, ["N26"]);
    expect(p.calls.map((c) => c.name)).toEqual(["set_reminder"]);
  });
});

it("no application at the stage asked about is not 'no applications tracked' (said with one tracked)", () => {
  const reply = toolReply(
    "list_applications",
    { count: 0, applications: [], status: "offer" },
    { status: "offer" },
    "a",
  );
  expect(reply).not.toMatch(/No applications tracked/);
  expect(reply).toMatch(/offer/);
});

it("'no, I meant <tracked company>' after a status change moves it there, however the model reads it (was asked back)", async () => {
  const tracked = ["Lark Studio", "Mosaic Print", "Quill Books"];
  const changed: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "update_application_status",
    application: { company: "Lark Studio", status: "phone_screen", previousStatus: "applied" },
  };
  expect((await plan("no, I meant Quill Books", changed, tracked)).calls).toEqual([
    { name: "update_application_status", args: { application: "Lark Studio", status: "applied" } },
    { name: "update_application_status", args: { application: "Quill Books", status: "phone_screen" } },
  ]);
});

it("a bare role right after 'I don't track an application to N26 yet' logs N26 with that news (was a fit question)", async () => {
  const hinted: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "update_application_status",
    untracked: "N26",
    lastCall: { name: "update_application_status", args: { application: "N26", status: "offer" } },
  };
  expect((await plan("junior analyst", hinted)).calls).toEqual([
    { name: "add_application", args: { company: "N26", position: "junior analyst", status: "offer" } },
  ]);
});
