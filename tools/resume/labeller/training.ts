/**
 * One training example for the field labeller: a resume's raw text read into the parser's
 * logical lines (resumeLines, as parsing reads it), tokenised, with the gold values
 * tagged where their words occur. Used by the model build and by cross-validation alike.
 */

import type { TrainingSequence } from "../../ml/sequence-perceptron.ts";
import { resumeLines } from "../parse-text.ts";
import { type Field, goldTags } from "./align.ts";
import { tokenFeatures } from "./features.ts";
import { tokenize } from "./tokens.ts";

/** The dotin label types each field learns from. */
export const GOLD_LABELS: Record<Field, string> = {
  NAME: "Name",
  DESIG: "Designation",
  COMP: "Companies worked at",
  DEG: "Degree",
  COLL: "College Name",
};

export function goldFields(gold: Partial<Record<string, string[]>>): Partial<Record<Field, string[]>> {
  const out: Partial<Record<Field, string[]>> = {};
  for (const [field, label] of Object.entries(GOLD_LABELS)) out[field as Field] = gold[label];
  return out;
}

export function trainingSequence(raw: string, gold: Partial<Record<Field, string[]>>): TrainingSequence {
  const tokens = tokenize(resumeLines(raw).lines.join("\n"));
  return { features: tokenFeatures(tokens), tags: goldTags(tokens, gold) };
}
