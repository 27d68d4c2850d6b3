/**
 * The learned verdict: a logistic regression over the analysis's sub-scores and the
 * evidence found for the posting's typed requirements, giving P(FIT). Its coefficients are
 * fitted by tools/gap/eval/fit-verdict.ts on labelled pairs (the team's training split and
 * the outside dev pairs, k-fold cross-validated) and committed in verdict-model.json, so the
 * analysis stays deterministic. The hard rule on top (readiness.ts) keeps the verdict
 * consistent with what is shown: an unmet hard must-have is never FIT.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { jsonFileOnce } from "../../data/json-file-once.ts";
import type { LogisticFit } from "../ml/logistic-regression.ts";
import { type Calibration, calibrate } from "./calibration.ts";
import type { RequirementEvidence } from "./evidence.ts";
import { partialCredit } from "./evidence.ts";
import type { PathCalibration } from "./path-confidence.ts";
import type { RuleInput } from "./rule-probability.ts";
import { worstYearsAsk } from "./verdict-rule.ts";

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
  "mustHaveMissing",
  "educationShort",
  "yearsShort",
  "yearsShortTypical",
  "wordCoverage",
  "wordWeakest",
  "readiness",
  "qualificationWeakest",
  "qualificationMissingShare",
  "askPartialShare",
  "mustHaveListedShare",
  "mustHaveNearShare",
  "focusCoverage",
  "themeAskUnmet",
  "yearsAskShort",
  "requiredGapsOpen",
  "requiredGapsNotSoft",
  "requiredGapsNearShare",
  "requiredUnevidenced",
  "qualificationUnmetShare",
  "occupationCloseness",
  "coreAsksShown",
  "skillsMetShare",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * The direction each input may push the verdict: more evidence never makes FIT less likely,
 * more shortfall never makes it more likely. The fit keeps every weight on its side (a weight
 * that wants the other side is 0), so the model cannot learn a quirk of a small data set such
 * as "less evidence for the ad's asks means FIT".
 */
export const FEATURE_SIGN: Record<FeatureName, 1 | -1> = {
  skills: 1,
  experience: 1,
  education: 1,
  domain: 1,
  askCoverage: 1,
  askWeakest: 1,
  askMissingShare: -1,
  titleSimilarity: 1,
  criticalUnmet: -1,
  hardUnmet: -1,
  mustHaveMissing: -1,
  educationShort: -1,
  yearsShort: -1,
  yearsShortTypical: -1,
  wordCoverage: 1,
  wordWeakest: 1,
  readiness: 1,
  qualificationWeakest: 1,
  qualificationMissingShare: -1,
  // Not a weight: how far P(FIT) is moved toward 0.5 (ambiguityShrink), never across it.
  askPartialShare: -1,
  // Not the model's: an input of the hard rules' confidence (RULE_INPUTS).
  mustHaveListedShare: 1,
  // Not the model's either: must-haves read as missing but near by a reason or by meaning
  // (must-have-near.ts), an input of the stated confidence's per-path map (path-confidence.ts).
  mustHaveNearShare: 1,
  // The ad's own theme words (tools/jobs/focus.ts) said in the person's roles and lines.
  focusCoverage: 1,
  // Must-have asks not met that name the ad's theme the person's roles do not say.
  themeAskUnmet: -1,
  // How far the years shown fall short of the ad's own stated minimum, the worst such ask.
  yearsAskShort: -1,
  // Not the model's: required skills the gap list shows as high or critical (the open-gaps cap).
  requiredGapsOpen: -1,
  // Not the model's: those gaps but the soft traits asked (communication, teamwork), which the
  // required-asks rule may leave out (verdict-rule.ts softTraitsCount).
  requiredGapsNotSoft: -1,
  // Not the model's: of those gaps (an ad's), the share near for a reason (verdict-near.ts), an
  // input of the stated confidence's calibration (path-confidence.ts).
  requiredGapsNearShare: 1,
  // Required skills with no evidenced credit of half or more (a listed-only entry is no evidence,
  // so stuffing cannot lower it as it can lower a gap's severity).
  requiredUnevidenced: -1,
  // Must-have skills and kinds of work the candidate must have that no line meets (near by
  // meaning is not met): the share of them, so a long list of asks is weighed as a whole.
  qualificationUnmetShare: -1,
  // The ad's occupation against what the person's titles read as (occupation-match.ts).
  occupationCloseness: 1,
  // The ad's first few kinds of work asked, as written: the share the resume shows anything for.
  coreAsksShown: 1,
  // The job's skill requirements met in full by evidence (score-skills.ts skillsMet, the
  // verdict's view: a listing meets nothing), as a share: the input that carries to unseen
  // outside-style pairs (AUC 0.77 on the extra pairs, verdict13q), as the required-asks rule reads.
  skillsMetShare: 1,
};
export type Features = Record<FeatureName, number>;

export interface VerdictModel {
  version: string;
  features: FeatureName[];
  /** Per feature: (x - mean) / scale before the weights. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /**
   * Judgement calls: P(FIT) is moved toward 0.5 by this share of the asks only partly
   * evidenced (askPartialShare), fitted with the outside BORDERLINE pairs as P = 0.5 targets.
   */
  ambiguityShrink?: number;
  /** The map from the model's P(FIT) to a calibrated one, chosen by cross-validation (calibration.ts). */
  calibration?: Calibration;
  /**
   * How sure an UNFIT decided by a hard rule is (a must-have not found, a required spoken
   * language missing): P(FIT) of such a pair, from RULE_INPUTS, fitted on the labelled pairs the
   * rules decide. A fixed number here was wrong both ways: too sure when the rest of the profile
   * is strong (a must-have only in a skills list), not sure enough when nothing else fits.
   */
  ruleConfidence?: LogisticFit & { inputs: readonly RuleInput[] };
  /**
   * The most a FIT may claim while required skills or licences are listed as high or critical
   * gaps: the cap that states such FIT calls out of fold best (Brier; eval/open-gaps-cap.ts), so
   * "FIT 90%" sits beside must-haves still open only where such calls were right that often.
   * Absent in an older file: OPEN_GAPS_FIT_CONFIDENCE.
   */
  openGapsFitConfidence?: number;
  /** The stated confidence's map per decision path, fitted out of sample (path-confidence.ts). */
  pathCalibration?: PathCalibration;
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
  /**
   * Hard asks the profile leaves unmet (hard-asks.ts unmetHardAsks: a required language,
   * licence or clearance, a degree nothing stands in for): the count the hard rule decides on,
   * so the fit leaves out exactly the pairs the analysis decides by rule.
   */
  hardUnmet: number;
  /** Must-have skills not found at all (no credit by any route). */
  mustHaveMissing: number;
  /**
   * Of those, how many the profile lists with nothing behind them (a skills section only):
   * never evidence for the verdict, but a rule overriding them is less sure.
   */
  mustHaveListed?: number;
  /** Of those, how many are near all the same (must-have-near.ts): the rule is less sure of them. */
  mustHaveNear?: number;
  /** Education levels below a required level (score-education.ts). */
  educationShort: number;
  /** Years asked and relevant years held (score-experience.ts). */
  requiredYears?: number;
  heldYears: number;
  /**
   * The years came from the ad's seniority word, not from the ad ("Senior ..." with no years
   * stated): a weaker ask, its own input (yearsShortTypical) so the fit weighs it apart.
   */
  yearsTypical?: boolean;
  /**
   * The readiness shown to the person (0-100): an input of the verdict, so the verdict and
   * the number beside it tell one story (a low readiness weighs against FIT).
   */
  readiness: number | null;
  /**
   * How much of what the ad is about (its theme words: "preschool", "wireless") the person's
   * lines say, 0..1 (focus-match.ts); undefined when the ad states no theme (a role profile).
   */
  focusCoverage?: number;
  /**
   * How alike the ad's occupation is to what the person's titles read as, 0..1
   * (occupation-match.ts); undefined when either is unknown.
   */
  occupationCloseness?: number;
  /** The ad's theme words the person's roles do not say (focus-match.ts FocusMatch.missing). */
  focusMissing?: readonly string[];
  /** Required skills listed as high or critical gaps (gaps.ts). */
  requiredGapsOpen?: number;
  /** An ad's required gaps as the verdict sees them that are not soft traits (verdict-evidence.ts). */
  requiredGapsNotSoft?: number;
  /** Of an ad's required gaps as the verdict sees them, how many are near for a reason (verdict-near.ts). */
  requiredGapsNear?: number;
  /** Required skills without evidenced credit of CRITICAL_CREDIT or more. */
  requiredUnevidenced?: number;
  /**
   * The share of the job's skill requirements met in full by evidence (score-skills.ts
   * skillsMet); undefined when the job names none.
   */
  skillsMetShare?: number;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * How far an ask is evidenced, 0..1. A years ask ("2-3 years of work experience from a similar
 * position") is met by years, not by a line that reads alike: when the ad states the years, its
 * credit is at most the relevant years held over the years asked (a new graduate's objective
 * "entry-level position as a Mechanical Engineer" read 0.97 for it).
 */
function askCredit(e: RequirementEvidence, input: FeatureInput): number {
  const credit = partialCredit(e.similarity);
  const asked = e.requirement.years;
  if (e.requirement.type !== "years" || !asked || !input.requiredYears || input.yearsTypical) return credit;
  return Math.min(credit, clamp01(input.heldYears / Math.min(asked, input.requiredYears)));
}

export function verdictFeatures(input: FeatureInput): Features {
  const asks = input.evidence.filter(
    (e) => e.requirement.kind === "required" && e.requirement.type !== "language",
  );
  const credit = (e: RequirementEvidence) => askCredit(e, input);
  const credits = asks.map(credit);
  const words = asks.flatMap((e) => (e.coverage === undefined ? [] : [e.coverage]));
  // What the candidate must already have (ask-classifier.ts), apart from the company, the
  // duties and the traits: the asks a recruiter rules people out on.
  const qualifications = asks.filter((e) => e.requirement.about === "qualification").map(credit);
  // The ad's first kinds of work asked (in the ad's order, where the core of a role is written):
  // any evidence at all counts, so a loosely read ask is not taken for a missing core.
  const core = asks.filter((e) => e.requirement.type === "duty").slice(0, CORE_ASKS);
  const qualificationDuties = asks.filter(
    (e) => e.requirement.about === "qualification" && e.requirement.type === "duty",
  );
  return {
    // A job that names no skill gives no evidence of fit through skills (not an average one).
    skills: clamp01((input.scores.skills ?? 0) / 100),
    experience: clamp01((input.scores.experience ?? 50) / 100),
    education: input.educationAsked ? clamp01((input.scores.education ?? 50) / 100) : 1,
    domain: clamp01((input.scores.domain ?? 50) / 100),
    askCoverage: credits.length ? credits.reduce((a, b) => a + b, 0) / credits.length : 0.5,
    askWeakest: credits.length ? Math.min(...credits) : 0.5,
    askMissingShare: credits.length ? credits.filter((c) => c === 0).length / credits.length : 0,
    titleSimilarity: clamp01(input.titleSimilarity),
    criticalUnmet: Math.min(3, input.criticalUnmet) / 3,
    hardUnmet: Math.min(2, input.hardUnmet) / 2,
    mustHaveMissing: Math.min(2, input.mustHaveMissing) / 2,
    mustHaveListedShare: input.mustHaveMissing ? (input.mustHaveListed ?? 0) / input.mustHaveMissing : 0,
    mustHaveNearShare: input.mustHaveMissing ? clamp01((input.mustHaveNear ?? 0) / input.mustHaveMissing) : 0,
    educationShort: Math.min(2, input.educationShort) / 2,
    wordCoverage: words.length ? words.reduce((a, b) => a + b, 0) / words.length : 0.5,
    wordWeakest: words.length ? Math.min(...words) : 0.5,
    yearsShort:
      input.requiredYears && !input.yearsTypical ? clamp01(1 - input.heldYears / input.requiredYears) : 0,
    yearsShortTypical:
      input.requiredYears && input.yearsTypical ? clamp01(1 - input.heldYears / input.requiredYears) : 0,
    readiness: clamp01((input.readiness ?? 0) / 100),
    qualificationWeakest: qualifications.length ? Math.min(...qualifications) : 0.5,
    qualificationMissingShare: qualifications.length
      ? qualifications.filter((c) => c === 0).length / qualifications.length
      : 0,
    // No theme stated (a described role): neither for nor against.
    focusCoverage: input.focusCoverage ?? FOCUS_UNKNOWN,
    // No title or duties to read, or no occupation file: neither for nor against.
    occupationCloseness: input.occupationCloseness ?? FOCUS_UNKNOWN,
    coreAsksShown: core.length
      ? core.filter((e) => partialCredit(e.similarity) > 0).length / core.length
      : 0.5,
    themeAskUnmet: Math.min(2, themeAsksUnmet(asks, input.focusMissing ?? [])) / 2,
    // An ad's stated minimum of years against the years counted for it (years-asks.ts): the
    // worst shortfall of a required years ask, 0 when every one is met or none is stated.
    yearsAskShort: worstYearsAsk(asks)?.short ?? 0,
    requiredGapsOpen: Math.min(3, input.requiredGapsOpen ?? 0) / 3,
    requiredGapsNotSoft: Math.min(3, input.requiredGapsNotSoft ?? 0) / 3,
    requiredGapsNearShare: input.requiredGapsOpen
      ? clamp01((input.requiredGapsNear ?? 0) / input.requiredGapsOpen)
      : 0,
    requiredUnevidenced: Math.min(3, input.requiredUnevidenced ?? 0) / 3,
    qualificationUnmetShare: qualificationDuties.length
      ? qualificationDuties.filter((e) => !e.met).length / qualificationDuties.length
      : 0,
    // No skill requirement named (or a described role's typical ones): neither for nor against.
    skillsMetShare: clamp01(input.skillsMetShare ?? SKILLS_UNKNOWN),
    // Asks the resume says something close to but not clearly: where a reader must judge.
    askPartialShare: credits.length ? credits.filter((c) => c > 0 && c < 1).length / credits.length : 0.5,
  };
}

/**
 * Qualification asks not met whose missing words include one of the ad's theme words the
 * person's roles do not say: the ad's specialisation asked as a must-have and not shown.
 */
function themeAsksUnmet(asks: RequirementEvidence[], focusMissing: readonly string[]): number {
  if (!focusMissing.length) return 0;
  const theme = new Set(focusMissing);
  return asks.filter(
    (e) =>
      e.requirement.about === "qualification" && !e.met && (e.missingWords ?? []).some((w) => theme.has(w)),
  ).length;
}

/** How many of the ad's first duty asks make its core (coreAsksShown). */
const CORE_ASKS = 5;

/** The skills-met share when the job names no skill requirement: the middle of its range. */
const SKILLS_UNKNOWN = 0.5;

/** The focus input when the ad states no theme: the middle of its range. */
const FOCUS_UNKNOWN = 0.5;

/** The average of an input over the pairs the model was fitted on; undefined when it is not an input. */
export function modelMean(model: VerdictModel, name: FeatureName): number | undefined {
  const i = model.features.indexOf(name);
  return i < 0 ? undefined : model.mean[i];
}

export const MODEL_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "verdict-model.json");

export const verdictModel = jsonFileOnce<VerdictModel>(MODEL_FILE);

/**
 * A hard rule decides the verdict (UNFIT, at the rules' confidence): a hard ask or a must-have
 * unmet. The analysis (verdict-stage.ts) and the fit (eval/verdict-fit.ts) both ask this, so
 * the model is fitted on exactly the pairs it decides.
 */
export function decidedByRule(features: Pick<Features, "hardUnmet" | "mustHaveMissing">): boolean {
  return features.hardUnmet > 0 || features.mustHaveMissing > 0;
}

/**
 * P(FIT) under a model: the regression's probability calibrated, then moved toward 0.5 on
 * judgement calls. The shrink comes after the map: fitted on shrunk P, a monotone map read the
 * shrink as evidence (a regression with every weight 0 gave the pairs with more asks partly met
 * P ~0.98, against askPartialShare's side; verdict15w, live-out-of-fold.test.ts).
 */
export function probabilityFit(model: VerdictModel, features: Features): number {
  const p = calibrate(model.calibration, regressionProbability(model, features));
  return shrinkTowardHalf(p, model.ambiguityShrink ?? 0, features.askPartialShare);
}

/** The regression's own probability (what the calibration map is fitted on and maps). */
export function regressionProbability(model: VerdictModel, features: Features): number {
  let z = model.bias;
  model.features.forEach((name, i) => {
    z += model.weights[i]! * ((features[name] - model.mean[i]!) / model.scale[i]!);
  });
  return 1 / (1 + Math.exp(-z));
}

export function shrinkTowardHalf(p: number, shrink: number, ambiguity: number): number {
  return 0.5 + (p - 0.5) * (1 - shrink * clamp01(ambiguity));
}

/** A FIT's confidence while required gaps are open, when the model file states none (readiness.ts). */
export const OPEN_GAPS_FIT_CONFIDENCE = 0.75;
