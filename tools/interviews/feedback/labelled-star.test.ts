/**
 * Found trying the product as a new user: an answer written with the STAR labels
 * ("Situation: … Task: … Action: … Result: …") was told only task and result were present,
 * and a 0/100 answer opened "Good effort." The labels name the parts, and the opening words
 * follow the score.
 */
import { describe, expect, it } from "vitest";
import { createOfflineEmbedder } from "../../../data/embeddings/offline-embedder.ts";
import { loadQuestionBank } from "../../../data/questions/load.ts";
import { giveFeedback, openerFor } from "./feedback.ts";
import { analyzeStar } from "./star.ts";

const present = (answer: string) =>
  Object.entries(analyzeStar(answer).parts)
    .filter(([, p]) => p.present)
    .map(([name]) => name);

describe("STAR parts the person labels", () => {
  it("finds every labelled part, one per sentence or all on one line", () => {
    const sentences =
      "Situation: the school's exam timetable clashed with a sports trip. Task: sort it out before parents complained. " +
      "Action: spoke to both heads of year and moved two papers. Result: no student missed an exam.";
    expect(present(sentences)).toEqual(["situation", "task", "action", "result"]);
    const oneLine =
      "Situation: stock counts were off every month Task: find out why Action: compared the till logs with deliveries Result: shrinkage halved";
    expect(present(oneLine)).toEqual(["situation", "task", "action", "result"]);
    const lettered =
      "S: a client threatened to leave\nT: keep the account\nA: weekly calls with their lead\nR: renewed for two years";
    expect(present(lettered)).toEqual(["situation", "task", "action", "result"]);
    const spanish =
      "Situación: el almacén perdía pedidos. Tarea: reducir los errores. Acción: reorganicé las estanterías. Resultado: 30% menos errores.";
    expect(present(spanish)).toEqual(["situation", "task", "action", "result"]);
  });

  it("still reads unlabelled stories by their cue phrases", () => {
    expect(present("I fixed it quickly.")).toEqual(["action"]);
  });
});

describe("the opening words fit the score", () => {
  it("a score of 0 is never praised; a high score is", async () => {
    const question = loadQuestionBank().questions.find((q) => q.type === "behavioral")!;
    const zero = await giveFeedback(question, "no idea", { embedder: createOfflineEmbedder() });
    expect(zero.score).toBeLessThan(15);
    expect(zero.opener).not.toMatch(/good|great|nice|well done/i);
    expect(zero.opener).toMatch(/doesn't address/);
    expect(openerFor(92)).toMatch(/strong/i);
    expect(new Set([0, 30, 50, 70, 90].map(openerFor)).size).toBe(5);
  });
});

describe("an off-topic story and a word that only looks like a label (trial F17.1)", () => {
  // Written for this test: a question about handling a conflict, answered with a story about a late delivery.
  const story =
    "Last spring our warehouse shipment to a big retailer was two weeks late because a supplier went bust. " +
    "I was the account lead and I owned the situation: I found a second supplier, split the order into two deliveries and kept the buyer updated every Friday. " +
    "We delivered the first half on time and the retailer renewed the contract.";

  it("quotes only sentences that are in the answer, none twice as two parts", () => {
    const parts = analyzeStar(story).parts;
    for (const part of Object.values(parts)) if (part.evidence) expect(story).toContain(part.evidence);
    expect(parts.situation.evidence).not.toBe(parts.action.evidence);
  });

  it("scores a story that touches none of the question's key points low, and says it answers another question", async () => {
    // The disagreement question it was written against (the first such one in the bank before the
    // clinical-research set came first alphabetically with a disagreement question of its own).
    const question = loadQuestionBank().questions.find((q) => q.id === "fe-015")!;
    expect(question.text).toMatch(/disagree/);
    const feedback = await giveFeedback(question, story, { embedder: createOfflineEmbedder() });
    expect(feedback.keyPoints.points.every((p) => p.coverage === "missing")).toBe(true);
    expect(feedback.score).toBeLessThan(15);
    expect(feedback.opener).toMatch(/doesn't address the question/);
    expect(feedback.improvements[0]).toMatch(/answers a different question/);
  });
});
