/**
 * Wrong turns found trying the chat as new users (branch trial12e, 2026-12-04): each case is a
 * message in the state the conversation was in when it went wrong (`/work/notes/issue-12-trial12e.md`).
 * Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { sayText } from "./replies-say.ts";

const plan = plannerWith();

const ANALYSED: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "job-1",
  jobTitle: "User Experience Designer",
  analysisId: "a-1",
  lastIntent: "analyze_fit",
  gaps: ["UX Design", "design and prototyping tool (such as Figma, Sketch)", "A/B Testing"],
};

describe("a skill asked about after an analysis", () => {
  it.each([
    ["how long would it take to learn figma properly", "figma"],
    ["how long does it take to get good at sketch", "sketch"],
  ])("'%s' asks about that skill, not the first uncommon word", async (text, skill) => {
    const calls = (await plan(text, ANALYSED)).calls;
    expect(calls).toHaveLength(1);
    expect(calls[0]!.name).toBe("explain_gap");
    expect(String(calls[0]!.args.skill).toLowerCase()).toBe(skill);
  });
});

describe("a greeting before a request that acts", () => {
  it("is a short hello, not the welcome that asks for a resume", async () => {
    const p = await plan("hey! i want to be a ux designer", { hasProfile: true });
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job"]);
    expect(p.says.find((s) => s.kind === "greeting")?.detail).toBe("brief");
  });
  it("stays the full welcome before a question about what the agent does", async () => {
    const p = await plan("hi, what can you do?", {});
    expect(p.says.find((s) => s.kind === "greeting")?.detail).toBeUndefined();
  });
});

describe("'cancel that' right after a reminder was set", () => {
  it("stops that reminder", async () => {
    const focus: Focus = {
      topic: "application",
      lastIntent: "set_reminder",
      lastCall: { name: "set_reminder", args: { application: "Canva", when: "thursday" } },
    };
    expect((await plan("cancel that", focus)).calls).toEqual([
      { name: "cancel_reminder", args: { application: "Canva" } },
    ]);
  });
});

describe("company then role with nothing between, after an analysis", () => {
  it("'also applied zendesk account executive' logs the application", async () => {
    expect((await plan("also applied zendesk account executive", ANALYSED)).calls).toEqual([
      { name: "add_application", args: { company: "zendesk", position: "account executive" } },
    ]);
  });
});

describe("a target corrected to a role acronym", () => {
  it("'no, I meant SRE' sets that role, not the old one 'in SRE' (read as a place)", async () => {
    const focus: Focus = {
      hasProfile: true,
      topic: "job",
      jobId: "job-1",
      jobTitle: "Data Engineer",
      lastIntent: "set_dream_job",
      lastCall: { name: "set_dream_job", args: { text: "to DE" } },
    };
    const calls = (await plan("no, I meant SRE", focus)).calls;
    expect(calls.map((c) => c.name)).toEqual(["set_dream_job"]);
    expect(String(calls[0]!.args.text)).toMatch(/SRE/);
    expect(String(calls[0]!.args.text)).not.toMatch(/Data Engineer|in SRE/);
  });
});

describe("'how do i even start' with a target and no profile", () => {
  it("names the next step for that target before the general list", async () => {
    const focus: Focus = { topic: "job", jobId: "job-1", jobTitle: "Software Engineer" };
    const p = await plan("ok how do i even start", focus);
    expect(p.says.map((s) => s.kind)).toEqual(["help"]);
    expect(sayText(p.says[0]!, focus, "seed")).toMatch(
      /^To get started on Software Engineer: attach your resume/,
    );
  });
});

describe("'what about <acronym>?' after a fit check", () => {
  it.each([
    ["what about SRE", "SRE"],
    ["what about BA?", "BA"],
  ])("'%s' checks the fit for that role (was a gap named by it / the score)", async (text, role) => {
    expect((await plan(text, ANALYSED)).calls).toEqual([
      { name: "set_dream_job", args: { text: role } },
      { name: "analyze_fit", args: {} },
    ]);
  });
});
