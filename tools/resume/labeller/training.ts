/**
 * One training example for the field labeller: a resume's raw text read into the parser's
 * logical lines (resumeLines, as parsing reads it), tokenised, with the gold values
 * tagged where their words occur. Used by the model build and by cross-validation alike.
 */

import type { TrainingSequence } from "../../ml/sequence-perceptron.ts";
import { resumeLines } from "../parse-text.ts";
import { type Field, goldTags } from "./align.ts";
import { tokenFeatures } from "./features.ts";
import { proseLines } from "./prose-lines.ts";
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

/**
 * `proseEmployerCost`: what missing an employer named inside a line of prose (a duty, a
 * sentence) costs in whole-sequence training, against 1 elsewhere: such mentions are rare
 * beside the employers of job headers, and a model trained evenly leaves almost all of them.
 */
export function trainingSequence(
  raw: string,
  gold: Partial<Record<Field, string[]>>,
  proseEmployerCost = 1,
): TrainingSequence {
  const tokens = tokenize(resumeLines(raw).lines.join("\n"));
  const tags = goldTags(tokens, gold);
  if (proseEmployerCost === 1) return { features: tokenFeatures(tokens), tags };
  const prose = proseLines(tokens);
  const missWeights = tags.map((t, i) => (prose[i] && t.endsWith("-COMP") ? proseEmployerCost : 1));
  return { features: tokenFeatures(tokens), tags, missWeights };
}
