/**
 * Found trying the product as a new user (trial19 §11): an off-topic answer was told
 * '"…" asks about ask about the problem and evidence and propose a short discovery step'.
 * The bank's key points are written in many shapes (an imperative "Ask about …", a noun
 * phrase, a whole sentence), so none may be pasted after "asks about": they are listed as
 * what a good answer covers, each as written.
 */
import { describe, expect, it } from "vitest";
import { createOfflineEmbedder } from "../../../data/embeddings/offline-embedder.ts";
import { loadQuestionBank } from "../../../data/questions/load.ts";
import { giveFeedback } from "./feedback.ts";

// Written for this test: an answer about a holiday, to a question about a design request.
const HOLIDAY =
  "Last summer I went camping in the mountains with my cousins and we cooked on a fire every night. " +
  "It rained twice but we had a big tent and played cards until late.";

describe("the off-topic note names the question's points in a sentence that reads", () => {
  it("never puts a key point's own verb after 'asks about'", async () => {
    const bank = loadQuestionBank().questions;
    const question = bank.find((q) => q.keyPoints.some((p) => /^ask about\b/i.test(p)))!;
    expect(question, "the bank has a point written as 'Ask about …'").toBeDefined();
    const feedback = await giveFeedback(question, HOLIDAY, { embedder: createOfflineEmbedder() });
    const note = feedback.improvements[0]!;
    expect(note).toMatch(/answers a different question/);
    expect(note).not.toMatch(/asks about ask/i);
    expect(note).not.toMatch(/\basks about (?:what|how|the \w+ you|ask|check|use|follow)\b/i);
    // The first two points, as written, are named.
    for (const point of question.keyPoints.slice(0, 2)) expect(note).toContain(point.replace(/\.$/, ""));
  });
});
