/**
 * What a sentence of a job ad's requirements says: a qualification the candidate must already
 * have (a skill, specialisation, kind of experience, degree, licence, language), a personal
 * trait, a duty of the job, or something else (the company, the team, the offer, how to
 * apply). Requirement sections mix all four, and only the first decides a verdict the way a
 * recruiter reads it; a company sentence matched "by meaning" to a resume line is noise.
 *
 * A learned component: one logistic regression per class over the offline embedder's vector
 * of the sentence plus which function words it uses ("we offer" vs "you have": the embedder
 * drops those words, yet they carry who the sentence is about). Fitted by
 * eval/fit-ask-classifier.ts on sentences the team wrote (data/ask-sentences.txt, no ad text)
 * and committed in ask-classifier.json, so the analysis stays deterministic.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { STOPWORDS, tokenize } from "../../data/embeddings/tokenize.ts";
import type { Embedder } from "../../data/embeddings/types.ts";
import { jsonFileOnce } from "../../data/json-file-once.ts";
import { type LogisticFit, logOdds } from "../ml/logistic-regression.ts";

export const ASK_CLASSES = ["qualification", "trait", "duty", "other"] as const;
export type AskClass = (typeof ASK_CLASSES)[number];

/** The function words whose presence is an input (fixed order: the model's columns). */
export const FUNCTION_WORDS = [...STOPWORDS].sort();

export interface AskClassifierModel {
  version: string;
  /** The embedder the model was fitted on: another embedder's vectors mean nothing to it. */
  embedder: string;
  classes: AskClass[];
  /** How many numbers of the embedding the model reads (askInput). */
  embeddingDims: number;
  fits: LogisticFit[];
  fitted: Record<string, unknown>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const ASK_MODEL_FILE = path.join(here, "ask-classifier.json");
export const ASK_SENTENCES_FILE = path.join(here, "data/ask-sentences.txt");

/**
 * The model's input for a sentence: the first `dims` numbers of its embedding (the word-meaning
 * half of the offline embedder; the spelling half adds noise on 200 sentences), then 0/1 per
 * function word.
 */
export function askInput(text: string, vector: readonly number[], dims: number): number[] {
  const words = new Set(tokenize(text));
  return [...vector.slice(0, dims), ...FUNCTION_WORDS.map((w) => (words.has(w) ? 1 : 0))];
}

export const askClassifierModel = jsonFileOnce<AskClassifierModel>(ASK_MODEL_FILE);

/** The class with the highest score under a model (ties go to the earlier class). */
export function classifyInput(model: AskClassifierModel, input: readonly number[]): AskClass {
  let best = 0;
  let bestZ = Number.NEGATIVE_INFINITY;
  model.fits.forEach((fit, i) => {
    const z = logOdds(fit, input);
    if (z > bestZ) {
      bestZ = z;
      best = i;
    }
  });
  return model.classes[best]!;
}

/**
 * The class of each sentence, or undefined when the embedder is not the one the model was
 * fitted on (the caller falls back to its cue words).
 */
export function classifyAsks(
  texts: readonly string[],
  vectors: readonly number[][],
  embedder: Embedder,
): (AskClass | undefined)[] {
  const model = askClassifierModel();
  if (model.embedder !== embedder.id) return texts.map(() => undefined);
  return texts.map((t, i) => classifyInput(model, askInput(t, vectors[i]!, model.embeddingDims)));
}
