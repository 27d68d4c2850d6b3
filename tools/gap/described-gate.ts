/**
 * Whether a described role ("I want to work as a network administrator": a role profile, not
 * an ad) reads as the person's own kind of work: a small logistic model over the share of the
 * role's typical core tools and skills the profile shows and how close the person's relevant
 * experience, occupation and titles are to the role. A described role's FIT needs it; the
 * learned verdict was fitted on ads, where a person mostly applies within their field, and
 * called 79% of other fields' described roles FIT (a salesperson for a network administrator).
 *
 * Learned, not set by hand: `tools/gap/eval/described-gate-fit.ts --write` fits it on the
 * dream-role resumes (each field's role against resumes of every field, fields from the
 * resumes' gold titles: own-field pairs are the positives) and chooses the bar that best tells
 * own-field pairs from other fields' (Youden's J), measured leaving one field out; the numbers
 * are in data/described-gate.json. It replaced a hand bar (a quarter of the core asks shown).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { jsonFileOnce } from "../../data/json-file-once.ts";
import { type LogisticFit, logOdds, sigmoid } from "../ml/logistic-regression.ts";

/** The gate's inputs, in the order of the fitted weights. */
export const DESCRIBED_GATE_INPUTS = [
  "coreShare",
  "experience",
  "occupationCloseness",
  "titleSimilarity",
] as const;
export type DescribedGateInput = (typeof DESCRIBED_GATE_INPUTS)[number];

export interface DescribedGate extends LogisticFit {
  inputs: readonly DescribedGateInput[];
  /** P(own field) below this is another field's role. */
  bar: number;
  /**
   * How sure an UNFIT the gate decides is: a Platt map of the gate's log-odds to P(own field),
   * fitted on the pairs the gate decides (the learned verdict alone would call them FIT) with the
   * gate measured leaving each field out, own-field and other pairs weighing half each — the
   * prior corrected from one own field in 15 on the dream-role resumes to even odds, as nothing
   * says how often a person describes another field's role. Absent in an older file.
   */
  confidence?: { a: number; b: number };
  fitted: Record<string, unknown>;
}

export const DESCRIBED_GATE_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "data/described-gate.json",
);

export const describedGate = jsonFileOnce<DescribedGate>(DESCRIBED_GATE_FILE);

/** The share of a role's core asks shown; a role that names none leaves nothing unshown. */
export const coreShare = (core: { shown: number; of: number }) => (core.of > 0 ? core.shown / core.of : 1);

export function describedGateInputs(
  core: { shown: number; of: number },
  features: Record<"experience" | "occupationCloseness" | "titleSimilarity", number>,
): number[] {
  const value: Record<DescribedGateInput, number> = { coreShare: coreShare(core), ...features };
  return DESCRIBED_GATE_INPUTS.map((k) => value[k]);
}

/** P(the described role is the person's own kind of work). */
export function ownFieldProbability(gate: DescribedGate, inputs: readonly number[]): number {
  return sigmoid(logOdds(gate, inputs));
}

/**
 * The chance an UNFIT the gate decides is right (the role is another field's work), from its
 * calibrated map; undefined when the file has none.
 */
export function otherFieldConfidence(
  inputs: readonly number[],
  gate: DescribedGate = describedGate(),
): number | undefined {
  if (!gate.confidence) return undefined;
  return 1 - sigmoid(gate.confidence.a * logOdds(gate, inputs) + gate.confidence.b);
}

export function belowDescribedBar(inputs: readonly number[], gate: DescribedGate = describedGate()): boolean {
  return ownFieldProbability(gate, inputs) < gate.bar;
}
