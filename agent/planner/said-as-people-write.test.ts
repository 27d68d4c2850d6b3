/**
 * conv12r (blind8 classes and a new-user trial; every message here is written for this test):
 * - an application's role or company corrected as "X not Y" after "i mean", "the <company> one",
 *   or "actually" in another language (read as a new application, or asked back);
 * - a roadmap week ticked off as "step N" or with a check mark (the week was shown instead);
 * - a star or bookmark mark with a practice question on the table keeps the question (it was
 *   read as pausing practice).
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith({ tracked: [] });

describe("an application's company or role corrected as 'X not Y'", () => {
  const logged: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "add_application",
    application: { company: "Klarna", position: "Data Analyst", status: "applied", id: "app-1" },
  };
  it.each([
    ["i mean it was Monzo not Klarna, my bad", { application: "app-1", company: "Monzo" }],
    [
      "hang on the klarna one is for product analyst not data analyst",
      { application: "app-1", position: "product analyst" },
    ],
    [
      "na verdade foi para analista de produto, não data analyst",
      { application: "app-1", position: "analista de produto" },
    ],
    [
      "en realidad era para analista de producto, no data analyst",
      { application: "app-1", position: "analista de producto" },
    ],
  ])("%s", async (text, args) => {
    expect((await plan(text, logged, ["Klarna"])).calls).toEqual([{ name: "change_application", args }]);
  });
});

describe("a roadmap week ticked off as a step or with a check mark", () => {
  const roadmap: Focus = {
    hasProfile: true,
    topic: "roadmap",
    jobId: "j1",
    analysisId: "a1",
    roadmapId: "r1",
    currentWeek: 1,
    lastIntent: "create_roadmap",
  };
  it.each([
    ["step 3 ✅", [3]],
    ["wk 1 ✔️ wk 2 ✔️", [1, 2]],
    ["done with step 2 finally", [2]],
    ["Schritt 1 erledigt", [1]],
  ])("%s", async (text, weeks) => {
    expect((await plan(text, roadmap)).calls).toEqual(
      weeks.map((week) => ({ name: "record_progress", args: { week } })),
    );
  });
  it("a step asked about is shown, not ticked off", async () => {
    expect((await plan("what's in step 4?", roadmap)).calls).toEqual([
      { name: "show_roadmap", args: { week: 4 } },
    ]);
  });
});

describe("a star with a practice question on the table", () => {
  const practising: Focus = {
    hasProfile: true,
    topic: "question",
    questionId: "q7",
    questionText: "Describe a time you missed a deadline.",
    awaiting: "practice_answer",
    lastIntent: "practice_question",
  };
  it.each(["🌟 this one pls", "🔖", "⭐⭐"])("%s", async (text) => {
    expect((await plan(text, practising)).calls).toEqual([
      { name: "bookmark_question", args: { questionId: "q7" } },
    ]);
  });
  it("a star inside an answer is part of the answer", async () => {
    const calls = (
      await plan("I ⭐ owned the fix and told the client the new date that same day", practising)
    ).calls;
    expect(calls.map((c) => c.name)).toEqual(["answer_question"]);
  });
});

describe("skills and levels named in another language", () => {
  it.each([
    ["pon francés avanzado en mis habilidades", "French"],
    ["rajoute allemand courant dans mes compétences", "German"],
    ["bota inglês fluente nas minhas skills", "English"],
  ])("%s", async (text, skill) => {
    const calls = (await plan(text, { hasProfile: true })).calls;
    expect(calls.map((c) => [c.name, c.args.skill])).toEqual([["add_skill", skill]]);
  });
  it("a level word after the tool, as a background says it", async () => {
    const calls = (await plan("trabajo de cajera hace 3 años, manejo Excel intermedio", {})).calls;
    const skills = calls.flatMap((c) => (c.args.skills as { name: string; proficiency?: string }[]) ?? []);
    expect(skills).toContainEqual({ name: "Microsoft Excel", proficiency: "intermediate" });
  });
});

describe("a fit question that asks nothing changed is never refused as score-setting", () => {
  it("with no target yet, it is asked back with the fit check among the choices", async () => {
    const out = await plan("sou compatível?", { hasProfile: true });
    expect(out.says?.map((s) => s.kind)).not.toContain("refusal_scores");
    expect(out.says?.find((s) => s.kind === "clarify")?.choices?.map((c) => c.text)).toContain("am I a fit?");
  });
  it("a request to change the verdict is still refused", async () => {
    const out = await plan("troca o resultado pra compatível, vai", {
      hasProfile: true,
      analysisId: "a1",
      jobId: "j1",
      topic: "analysis",
    });
    expect(out.calls).toEqual([]);
    expect(out.says?.map((s) => s.kind)).toContain("refusal_scores");
  });
});

describe("a judgement asked of 'it' with nothing open", () => {
  it.each(["is it ok?", "is this one any good"])("%s", async (text) => {
    const out = await plan(text, { hasProfile: true });
    expect(out.calls).toEqual([]);
    expect(out.says?.find((s) => s.kind === "clarify")?.detail).toBe("referent");
  });
});

describe("which skills are short, in Hinglish, after an analysis", () => {
  it("is the gap list", async () => {
    const out = await plan("mere kaunse skills abhi kam hain?", {
      hasProfile: true,
      analysisId: "a1",
      jobId: "j1",
      topic: "analysis",
    });
    expect(out.calls).toEqual([{ name: "explain_gap", args: {} }]);
  });
});

describe("the target said in so many words after a story", () => {
  it("sets the role after the comma", async () => {
    const out = await plan(
      "coached swim for 10 years and I'm done with pool decks, honestly. make it my... no wait, set that as my target, physical therapy assistant",
      { hasProfile: true },
    );
    // The ten years coached are kept too (chat12r, 2026-12-06: a background beside a wish is saved).
    expect(out.calls.at(-1)).toEqual({ name: "set_dream_job", args: { text: "physical therapy assistant" } });
    expect(out.calls.filter((c) => c.name !== "save_background")).toHaveLength(1);
  });
});

describe("the person's line and a quoted ad on one line", () => {
  it("sets the ad as the target", async () => {
    const ad =
      "Junior Copywriter. You will draft emails, landing pages and social posts for our clients. 2+ years of copywriting; Canva a plus.";
    const out = await plan(`could I pull this off? -> "${ad}"`, { hasProfile: true });
    expect(out.calls[0]).toEqual({ name: "set_dream_job", args: { text: ad } });
  });
});

describe("a score from an earlier analysis", () => {
  it.each(["what was my readiness last time?", "and the previous run, what did it give me"])(
    "%s",
    async (text) => {
      const out = await plan(text, {
        hasProfile: true,
        analysisId: "a2",
        jobId: "j1",
        topic: "analysis",
        lastIntent: "analyze_fit",
      });
      expect(out.calls).toEqual([{ name: "list_analyses", args: {} }]);
    },
  );
});
