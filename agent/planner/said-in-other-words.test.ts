/**
 * conv12q (blind7 classes; messages written for this test):
 * - analyses compared when asked in German or Spanish ("compare what with what?" before: only the
 *   English word for analyses was read, and the spelling fixer turns "Analysen" into "analyse");
 * - "ditch my target, new one: <role>, …" sets the new target (it removed the skills the new
 *   role's words name);
 * - a request for a question of a kind while one is open ("gimme a tough technical q on SQL") is a
 *   new question, not scored as the answer;
 * - the job held, said beside a request ("… questions on a rude patient? I work as a CNA"), is no
 *   new target;
 * - "what gaps do I have" while the job is asked for asks for the job again, in any language (it
 *   was tried as a role's name).
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith({ tracked: [] });
const names = async (text: string, focus: Focus) => (await plan(text, focus)).calls.map((c) => c.name);

describe("analyses compared in other languages", () => {
  it.each(["kannst du meine beiden Analysen vergleichen?", "compárame los dos últimos análisis"])(
    "%s",
    async (text) => {
      expect(await names(text, { hasProfile: true })).toEqual(["compare_analyses"]);
    },
  );
});

describe("the target thrown out and a new one given", () => {
  const analysed: Focus = {
    hasProfile: true,
    topic: "analysis",
    jobId: "j1",
    analysisId: "a1",
    lastIntent: "analyze_fit",
  };
  it.each([
    ["ditch my target, new one: UX researcher, hybrid", "UX researcher, hybrid"],
    ["scrap the goal - i want to be a data engineer", "data engineer"],
    ["nah ditch that, i'd rather be a physical therapist", "physical therapist"],
    ["ok drop that, i'd rather become a machine learning engineer", "machine learning engineer"],
  ])("%s", async (text, role) => {
    expect((await plan(text, analysed)).calls).toEqual([{ name: "set_dream_job", args: { text: role } }]);
  });
});

describe("a question of a kind asked for during practice", () => {
  const practising: Focus = {
    hasProfile: true,
    topic: "question",
    questionId: "q1",
    questionText: "Tell me about a time you disagreed with your manager.",
    awaiting: "practice_answer",
    lastIntent: "practice_question",
  };
  it.each([
    ["ok throw me a tricky situational q about a forklift job", { type: "situational" }],
    ["can i get a harder q for a store manager interview", { role: "store manager" }],
    ["gimme a tough technical q on SQL", { type: "technical", skill: "SQL" }],
  ])("%s", async (text, args) => {
    const p = await plan(text, practising);
    expect(p.calls.map((c) => c.name)).toEqual(["practice_question"]);
    expect(p.calls[0]!.args).toMatchObject(args);
  });
  it("several questions asked for are a search, not one to practise", async () => {
    expect(await names("show me a few interview questions on negotiation", practising)).not.toContain(
      "practice_question",
    );
  });
  it("an answer is still an answer", async () => {
    expect(await names("I gave my manager the numbers and we agreed on a middle way", practising)).toEqual([
      "answer_question",
    ]);
  });
});

describe("the job held beside a request", () => {
  it("is not set as the target", async () => {
    expect(
      await names("any interview questions on dealing with a rude patient? I work as a CNA", {
        hasProfile: true,
      }),
    ).toEqual(["search_questions"]);
  });
});

describe("a gap question while the job is asked for", () => {
  const awaitingJob: Focus = { hasProfile: true, awaiting: "job", lastIntent: "analyze_fit" };
  it.each(["und meine Lücken?", "quelles sont mes lacunes ?"])("%s asks for the job again", async (text) => {
    const p = await plan(text, awaitingJob);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => s.kind)).toContain("ask_job");
  });
});
