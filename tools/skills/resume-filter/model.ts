/**
 * The skill filter's model file: a binary logistic regression over each mention's features
 * (tools/ml/binary-logistic.ts, trained as the shared two-class softmax regression and packed),
 * and the operating points chosen by cross-validation in scripts/build-skill-filter.ts.
 */
import { BinaryLogistic, type PackedLogisticJSON } from "../../ml/binary-logistic.ts";
import { type ListJudge, type ListJudgeJSON, listJudgeOf } from "./list-judge.ts";

export interface FilterModelJSON {
  /** The bar for unrecognised names and list items. */
  threshold: number;
  /** The lower bar for a specific known tool (index.ts: isSpecificKnown). */
  veto: number;
  /** The bar for a general field known by an unambiguous name (index.ts: isGeneralField); 0 = all pass. */
  general?: number;
  /** The bar for a known name read with context on a line with layout (index.ts: readWithContext); 0 = all pass. */
  context?: number;
  model: PackedLogisticJSON;
  /** The list judge stacked on the filter (list-judge.ts); absent = none. */
  judge?: ListJudgeJSON;
}

export interface FilterModel {
  threshold: number;
  veto: number;
  general: number;
  context: number;
  model: BinaryLogistic;
  judge?: ListJudge;
}

export const SKILL_CLASS = "1";

/**
 * Training settings: the shared defaults' step (4) overfits these ~40-feature rows, and features
 * seen in fewer than 6 mentions only grow the file (cross-validated: same curve, 0.4 of the size).
 */
export const FILTER_TRAINING = { rate: 0.5, epochs: 20, minCount: 6, l2: 1e-5 } as const;

export function filterModelOf(json: FilterModelJSON): FilterModel {
  return {
    threshold: json.threshold,
    veto: json.veto,
    general: json.general ?? 0,
    context: json.context ?? 0,
    model: BinaryLogistic.unpack(json.model),
    ...(json.judge ? { judge: listJudgeOf(json.judge) } : {}),
  };
}

/**
 * How likely the candidate is a skill the person wrote: its best mention's probability. A
 * mention that goes away (its line set aside as an instruction) changes the judgement only when
 * it was the one that made the skill.
 */
export function skillProbability(filter: Pick<FilterModel, "model">, mentions: string[][]): number {
  let best = 0;
  for (const features of mentions) best = Math.max(best, filter.model.probability(features));
  return best;
}
