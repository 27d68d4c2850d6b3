/**
 * The learned verdict: a logistic regression over the analysis's sub-scores and the
 * evidence found for the posting's typed requirements, giving P(FIT). Its coefficients are
 * fitted by tools/gap/eval/fit-verdict.ts on labelled pairs (the team's training split and
 * the outside dev pairs, k-fold cross-validated) and committed in verdict-model.json, so the
 * analysis stays deterministic. The hard rule on top (readiness.ts) keeps the verdict
 * consistent with what is shown: an unmet hard must-have is never FIT.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RequirementEvidence } from "./evidence.ts";
import { partialCredit } from "./evidence.ts";

/** Inputs of the model, each 0..1 (counts are capped and scaled). */
export const FEATURE_NAMES = [
  "skills",
  "experience",
  "education",
  "domain",
  "askCoverage",
  "askWeakest",
  "askMissingShare",
  "titleSimilarity",
  "criticalUnmet",
  "hardUnmet",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

export interface VerdictModel {
  version: string;
  features: FeatureName[];
  /** Per feature: (x - mean) / scale before the weights. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** How it was fitted and measured (written by fit-verdict.ts). */
  fitted: Record<string, unknown>;
}

export interface FeatureInput {
  scores: {
    skills: number | null;
    experience: number | null;
    education: number | null;
    domain: number | null;
  };
  educationAsked: boolean;
  evidence: RequirementEvidence[];
  titleSimilarity: number;
  criticalUnmet: number;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export function verdictFeatures(input: FeatureInput): Features {
  const asks = input.evidence.filter(
    (e) => e.requirement.kind === "required" && e.requirement.type !== "language",
  );
  const credits = asks.map((e) => partialCredit(e.similarity));
  const hardUnmet = input.evidence.filter((e) => e.requirement.hard && !e.met).length;
  return {
    skills: clamp01((input.scores.skills ?? 50) / 100),
    experience: clamp01((input.scores.experience ?? 50) / 100),
    education: input.educationAsked ? clamp01((input.scores.education ?? 50) / 100) : 1,
    domain: clamp01((input.scores.domain ?? 50) / 100),
    askCoverage: credits.length ? credits.reduce((a, b) => a + b, 0) / credits.length : 0.5,
    askWeakest: credits.length ? Math.min(...credits) : 0.5,
    askMissingShare: credits.length ? credits.filter((c) => c === 0).length / credits.length : 0,
    titleSimilarity: clamp01(input.titleSimilarity),
    criticalUnmet: Math.min(3, input.criticalUnmet) / 3,
    hardUnmet: Math.min(2, hardUnmet) / 2,
  };
}

export const MODEL_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "verdict-model.json");

let loaded: VerdictModel | undefined;

export function verdictModel(): VerdictModel {
  loaded ??= JSON.parse(readFileSync(MODEL_FILE, "utf8")) as VerdictModel;
  return loaded;
}

/** P(FIT) under a model. */
export function probabilityFit(model: VerdictModel, features: Features): number {
  let z = model.bias;
  model.features.forEach((name, i) => {
    z += model.weights[i]! * ((features[name] - model.mean[i]!) / model.scale[i]!);
  });
  return 1 / (1 + Math.exp(-z));
}
