/**
 * Decode-time label biases: a constant added to a label's score at every token, written into
 * the model as the bias feature's weight ("b", present on every token), so the tagger, its
 * JSON and the packed model.bin need nothing new. A positive bias on B-COMP makes the tagger
 * open an employer span more readily: more recall for some precision. The bias is picked by
 * cross-validation on the training split (scripts/resume-labeller-cv.ts --biases), never on
 * the frozen split, and applied by the build (scripts/build-resume-labeller.ts --biases).
 */
import type { TaggerModel } from "../../ml/sequence-perceptron.ts";

/** The bias feature's name (features.ts: template "b", no value). */
const BIAS_FEATURE = "b";

/** "B-COMP=2,I-COMP=0.5" -> { "B-COMP": 2, "I-COMP": 0.5 }; "0" or "" -> none. */
export function parseBiases(spec: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of spec.split(",")) {
    const [label, value] = part.split("=").map((x) => x.trim());
    if (!label || label === "0") continue;
    const n = Number(value);
    if (!Number.isFinite(n)) throw new Error(`Bad label bias "${part}": write LABEL=number.`);
    out[label] = n;
  }
  return out;
}

/** The model with `biases` added to its bias feature's weights (a new object; `model` is unchanged). */
export function labelBiased(model: TaggerModel, biases: Record<string, number>): TaggerModel {
  if (Object.keys(biases).length === 0) return model;
  const byLabel = new Map<number, number>();
  const pairs = model.weights[BIAS_FEATURE] ?? [];
  for (let i = 0; i < pairs.length; i += 2) byLabel.set(pairs[i]!, pairs[i + 1]!);
  for (const [label, delta] of Object.entries(biases)) {
    const at = model.labels.indexOf(label);
    if (at < 0) throw new Error(`Unknown label "${label}" in a label bias.`);
    byLabel.set(at, Math.round(((byLabel.get(at) ?? 0) + delta) * 100) / 100);
  }
  const b = [...byLabel].sort((x, y) => x[0] - y[0]).flat();
  return { ...model, weights: { ...model.weights, [BIAS_FEATURE]: b } };
}

/** The biases the committed model is built with (chosen by 3-fold CV on the training split; issue 14). */
export const LABEL_BIASES = "B-COMP=10,I-COMP=5";

/**
 * What a missed label costs when the committed model is trained (SequencePerceptron.train's
 * missCost; same "LABEL=number" form; "0": every miss costs 1). Chosen by 3-fold CV as well.
 */
export const MISS_COSTS = "0";
