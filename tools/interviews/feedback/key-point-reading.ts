/**
 * Whether one answer sentence says a key point, by meaning: a logistic model over the word
 * overlap (word-meaning.ts), the graded word-by-word alignment and the sentence's cosine to the
 * point in the configured embedder's space. Fitted on labelled (key point, sentence, covered?)
 * pairs written across fields (evals/data/key-point-pairs) by
 * `node --import tsx tools/interviews/eval/fit-key-point-model.ts --write`. Trial14 §8: "Propose a
 * short discovery step" was "Missing" beside "a quick test with 5 users before polishing": the
 * point's words were not there, its meaning was.
 */
import { logOdds, sigmoid } from "../../ml/logistic-regression.ts";
import { KEY_POINT_MODEL } from "./key-point-model.ts";
import { type AnswerWords, meaningOverlap, softAlignment } from "./word-meaning.ts";

/** The model's inputs for one (point, sentence) pair; `similarity` is their embedding cosine. */
export function pointFeatures(point: string, sentence: AnswerWords, similarity: number): number[] {
  const soft = softAlignment(point, sentence);
  return [meaningOverlap(point, sentence), soft.mean, soft.near, similarity];
}

/** Probability that the sentence says the point. */
export function saysPoint(point: string, sentence: AnswerWords, similarity: number): number {
  return sigmoid(logOdds(KEY_POINT_MODEL.fit, pointFeatures(point, sentence, similarity)));
}
