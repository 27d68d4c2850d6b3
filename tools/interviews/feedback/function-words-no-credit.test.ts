/**
 * trial16 §10, trial17 §6, trial18 §6: an answer that says none of a question's points was
 * credited with one: "everybody" sits near "noticed" and "problem" in GloVe space, so a line
 * about leadership in general "covered" the gap or problem noticed. Function words (indefinite
 * pronouns, frequency and degree adverbs, fillers) meet a point only as themselves.
 */
import { expect, it } from "vitest";
import { createOfflineEmbedder } from "../../../data/embeddings/offline-embedder.ts";
import { analyzeKeyPoints } from "./key-points.ts";

const embedder = createOfflineEmbedder();
const POINTS = [
  "The gap or problem you noticed",
  "Why you stepped in",
  "How you brought others along",
  "The result",
];

it("a general remark about leading covers none of the story's points", async () => {
  const read = await analyzeKeyPoints(
    "Honestly I think leading is great and everybody should lead sometimes, it is key in a warehouse.",
    POINTS,
    embedder,
  );
  expect(read.points.filter((p) => p.coverage === "covered").map((p) => p.point)).toEqual([]);
});

it("the same point said in a story is still covered", async () => {
  const read = await analyzeKeyPoints(
    "I noticed our returns were piling up with nobody owning them, a real problem before the holidays. I set up a simple rota and asked two colleagues to join me. Within a month the backlog was cleared.",
    POINTS,
    embedder,
  );
  expect(read.points.find((p) => p.point.startsWith("The gap"))?.coverage).toBe("covered");
});
