/**
 * trial13 §12 and §1 at the planner: a pay question is answered about pay (not negotiation, not
 * "you're welcome"), a growth question with a ladder, a how-to about getting taken on to train in
 * a trade with trade advice (not clarify chips or office networking), and a requirement said to
 * be wrong leads to an ad instead of the same explanation. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { adviceWords } from "./advice-words.ts";

const TARGET: Focus = {
  hasProfile: true,
  jobId: "11111111-1111-4111-8111-111111111111",
  jobTitle: "Plumber",
  analysisId: "22222222-2222-4222-8222-222222222222",
  topic: "analysis",
  lastIntent: "explain_score",
};

const FACTS = {
  targetRole: "Plumber",
  targetDescribed: true,
  applications: [],
  relatedRoles: [],
  unbackedSkills: [],
  topGaps: [],
};

const plan = plannerWith({ focus: TARGET, tracked: [], ownSkills: [] });
const topic = async (text: string, focus?: Focus) => {
  const p = await plan(text, focus);
  return { calls: p.calls.map((c) => c.name), advice: p.says.find((s) => s.kind === "advice")?.detail };
};

describe("what a role pays", () => {
  it.each([
    "roughly what do plumbers make a year?",
    "how much can an electrician earn in the first year",
    "what's the average salary for a dental nurse",
    "is it well paid tho",
    "c'est combien le salaire d'un plombier ?",
    "¿cuánto cobra un fontanero al mes?",
    "quanto ganha um eletricista em Lisboa?",
    "wie viel verdient ein Elektriker?",
  ])("'%s' is a pay question", async (text) => {
    expect(await topic(text)).toEqual({ calls: [], advice: "pay_question" });
  });

  it("a negotiation or the person's own expectation is not", async () => {
    expect((await topic("how much should I counter their offer with?")).advice).not.toBe("pay_question");
    expect((await topic("my salary expectation is 40k")).advice).not.toBe("pay_question");
  });

  it("says there is no pay data and where to look, with no figure made up", () => {
    const words = adviceWords("pay_question", FACTS).text;
    expect(words).toMatch(/don't have pay data/);
    expect(words).toMatch(/statistics/);
    expect(words).not.toMatch(/\d/);
  });
});

describe("what a role grows into, and getting taken on to train in a trade", () => {
  it.each([
    ["where can a junior data analyst grow into after a few years?", "career_growth"],
    ["what's the career ladder for electricians", "career_growth"],
    ["comment évoluer en tant qu'infirmière ?", "career_growth"],
    ["¿cómo puedo ascender como cocinero?", "career_growth"],
    ["how can I find a plumbing firm that takes on apprentices?", "trade_entry"],
    [
      "what's the best way to network with local garages as a trainee mechanic, how do I approach them",
      "trade_entry",
    ],
    ["how should I pick between a franchise and going solo when I qualify", "trade_entry"],
  ])("'%s' is %s", async (text, expected) => {
    expect((await topic(text)).advice).toBe(expected);
  });
});

describe("a requirement disputed as wrong for the role", () => {
  it.each([
    "no way, i don't need autocad to fix pipes for a living",
    "that's rubbish, nobody needs excel to be a plumber",
    "accounting software isn't needed for this job",
  ])("'%s' leads to an ad, not the same explanation", async (text) => {
    expect(await topic(text)).toEqual({ calls: [], advice: "requirement_disputed" });
  });

  it("the answer invites a real ad for a described role", () => {
    const text = adviceWords("requirement_disputed", FACTS).text;
    expect(text).toMatch(/Paste a real job ad/);
  });
});
