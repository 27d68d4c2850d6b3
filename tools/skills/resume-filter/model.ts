/**
 * The skill filter's model file: the shared trainer's two-class softmax regression
 * (tools/ml/softmax-regression.ts; classes "0" not a skill, "1" a skill) and the two
 * operating points chosen by cross-validation in scripts/build-skill-filter.ts.
 */
import { type SoftmaxJSON, SoftmaxRegression } from "../../ml/softmax-regression.ts";

export interface FilterModelJSON {
  /** The bar for unrecognised names and list items. */
  threshold: number;
  /** The lower bar for a specific known tool (index.ts: isSpecificKnown). */
  veto: number;
  /** The bar for a general field known by an unambiguous name (index.ts: isGeneralField); 0 = all pass. */
  general?: number;
  /** The bar for a known name read with context on a line with layout (index.ts: readWithContext); 0 = all pass. */
  context?: number;
  model: SoftmaxJSON;
}

export interface FilterModel {
  threshold: number;
  veto: number;
  general: number;
  context: number;
  model: SoftmaxRegression;
}

export const SKILL_CLASS = "1";

/**
 * Training settings: the shared defaults' step (4) overfits these ~40-feature rows, and features
 * seen in fewer than 6 candidates only grow the file (cross-validated: same curve, 0.4 of the size).
 */
export const FILTER_TRAINING = { rate: 0.5, epochs: 20, minCount: 6 } as const;

export function filterModelOf(json: FilterModelJSON): FilterModel {
  return {
    threshold: json.threshold,
    veto: json.veto,
    general: json.general ?? 0,
    context: json.context ?? 0,
    model: SoftmaxRegression.fromJSON(json.model),
  };
}

/** How likely the candidate with these features is a skill the person wrote. */
export function skillProbability(filter: FilterModel, features: string[]): number {
  return filter.model.probabilities(features).get(SKILL_CLASS) ?? 0;
}
