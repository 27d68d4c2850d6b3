/**
 * Wrong turns found trying the product as new users (branch trial12g, 2026-12-04 night): a
 * nursing graduate moving into health informatics in the web widget, a salesperson moving into
 * customer success in `careercraft chat` (`/work/notes/issue-12-trial12g.md`). Each case is a
 * message in the state the conversation was in when it went wrong. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { sayText } from "./replies-say.ts";

const plan = plannerWith();

/** A resume read and a health-informatics target set. */
const TARGET_SET: Focus = {
  hasProfile: true,
  topic: "job",
  jobId: "job-1",
  jobTitle: "Clinical Informatics Specialist",
};
const FRESH: Focus = {};

describe("asking what a role's work is", () => {
  it.each([
    ["what does a UX designer do?", /Design digital user interfaces/],
    ["whats a ux designer even do", /Design digital user interfaces/],
    ["what do logistics coordinators do all day?", /freight/i],
    ["So what does a nurse actually do day to day?", /nursing care/],
    ["tell me what a data analyst does", /data/],
    ["qué hace un ux designer?", /user interfaces/],
  ])("'%s' is answered from the role data, no tool run", async (text, duty) => {
    const p = await plan(text, FRESH);
    expect(p.calls).toEqual([]);
    const said = p.says.find((s) => s.kind === "role_work");
    expect(said).toBeDefined();
    const words = sayText(said!, FRESH, "seed");
    expect(words).toMatch(duty);
    expect(words).toContain("O*NET");
    expect(said!.choices?.map((c) => c.label).join(" ")).toMatch(/fit/i);
  });

  it("the target itself asked about is explained, not set again, and the fit check is offered", async () => {
    const p = await plan("what does a clinical informatics specialist actually do?", TARGET_SET);
    expect(p.calls).toEqual([]);
    const said = p.says.find((s) => s.kind === "role_work")!;
    expect(sayText(said, TARGET_SET, "seed")).toMatch(/nursing and informatics/);
    expect(said.choices).toEqual([{ label: "Am I a fit?", text: "am I a fit?" }]);
  });

  it.each(["what do you do?", "what do I do now?", "what does my readiness score mean?", "what does it do"])(
    "'%s' names no role and is not answered as one",
    async (text) => {
      expect((await plan(text, TARGET_SET)).says.map((s) => s.kind)).not.toContain("role_work");
    },
  );
});

describe("an application to a company described, not named", () => {
  it.each([
    ["I applied to a startup for analyst", "startup", "analyst"],
    ["also applied to a startup for onboarding specialist yesterday", "startup", "onboarding specialist"],
    ["applied to a big bank as a data analyst", "big bank", "data analyst"],
  ])("'%s' asks which %s, keeping the role, and logs nothing", async (text, kind, role) => {
    const p = await plan(text, { hasProfile: true });
    expect(p.calls).toEqual([]);
    const asked = p.says.find((s) => s.kind === "ask_application")!;
    const words = sayText(asked, {}, "seed");
    expect(words).toContain(`Which ${kind} was it?`);
    expect(words).toContain(role);
  });
  it.each([
    ["applied amazon analyst", { company: "amazon", position: "analyst" }],
    ["I applied to Acme for analyst", { company: "Acme", position: "analyst" }],
  ])("'%s' (a company named) is still logged", async (text, args) => {
    expect((await plan(text, { hasProfile: true })).calls).toEqual([{ name: "add_application", args }]);
  });
});

describe("a time budget typed in short", () => {
  it("'ok make a plan 6 wks 4hrs/wk' plans 6 weeks at 4 hours", async () => {
    const p = await plan("ok make a plan 6 wks 4hrs/wk", {
      ...TARGET_SET,
      topic: "analysis",
      analysisId: "a-1",
    });
    expect(p.calls).toEqual([{ name: "create_roadmap", args: { weeks: 6, hoursPerWeek: 4 } }]);
  });
});

/** Right after the verdict's reasons were listed, several gaps in focus. */
const REASONS: Focus = {
  ...TARGET_SET,
  topic: "analysis",
  analysisId: "a-1",
  verdict: "FIT",
  lastIntent: "explain_score",
  gaps: ["Tableau", "Relevant experience", "SAS", "master degree"],
};

describe("'why is that one a gap' with no gap named", () => {
  it("with several gaps listed: which one, offered as quick replies, not the reasons word for word again", async () => {
    const p = await plan("why is that one a gap", REASONS);
    expect(p.calls).toEqual([]);
    const asked = p.says.find((s) => s.kind === "clarify")!;
    expect(sayText(asked, REASONS, "seed")).toBe("Which gap do you mean?");
    expect(asked.choices?.map((c) => c.text)).toEqual([
      "why is Tableau a gap?",
      "why is Relevant experience a gap?",
      "why is SAS a gap?",
    ]);
  });
  it("right after a gap was explained: that gap again", async () => {
    const focus: Focus = {
      ...REASONS,
      lastIntent: "explain_gap",
      lastCall: { name: "explain_gap", args: { skill: "SAS" } },
    };
    expect((await plan("why is that a gap tho", focus)).calls).toEqual([
      { name: "explain_gap", args: { skill: "SAS" } },
    ]);
  });
  it("'why?' still gives the verdict's reasons", async () => {
    expect((await plan("why?", REASONS)).calls).toEqual([{ name: "explain_score", args: {} }]);
  });
});

describe("the role's work, said in good English", () => {
  it.each([
    ["whats an informatics nurse even do?", "What an Informatics Nurse"],
    ["what does a ux designer do", "What a UX Designer"],
  ])("'%s' -> '%s …'", async (text, start) => {
    const said = (await plan(text, FRESH)).says.find((s) => s.kind === "role_work")!;
    expect(sayText(said, FRESH, "seed").startsWith(start)).toBe(true);
  });
});
