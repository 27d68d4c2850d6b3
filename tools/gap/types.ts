/**
 * The analysis contract (../shared/docs/ARCHITECTURE.md, "what analyze returns"). Key names
 * are the contract's; everything else here is additive detail for explanations.
 */
import type { Proficiency } from "../../contract/profile.ts";

export type Verdict = "FIT" | "UNFIT";
export type MatchVia = "exact" | "alias" | "child" | "related" | "semantic";
export type GapSeverity = "critical" | "high" | "medium" | "low";

// The contract's score names live in the neutral contract module (channels render them too).
export { SCORE_KEYS, type ScoreKey } from "../../contract/scores.ts";

import type { ScoreKey } from "../../contract/scores.ts";

/**
 * 0..100, or null when there is not enough data to score honestly (no salary in the ad, no
 * stated preference): the detail says so and `confidence` is lowered instead of guessing.
 */
export type ScoreValue = number | null;
/** readiness and confidence are always numbers (0 with an explanation when data is missing). */
export type Scores = Record<Exclude<ScoreKey, "readiness" | "confidence">, ScoreValue> & {
  readiness: number;
  confidence: number;
};

export interface ScoreDetail {
  score: ScoreValue;
  enoughData: boolean;
  explanation: string;
  evidence: string[];
  /** Weight in readiness (0 for scores that are views of another, or not part of it). */
  weight: number;
  /**
   * What the person has not told us that this score needs (the agent asks once, with quick
   * replies); absent when the score has its data or the gap is on the job's side.
   */
  needs?: PreferenceNeed;
}

export type PreferenceNeed = "salary" | "location" | "workMode" | "relocation" | "values";

export interface SkillMatch {
  /** Requirement as the job states it ("Java or Kotlin"). */
  requirement: string;
  requirementId: string;
  kind: "required" | "preferred";
  critical: boolean;
  /** The person's skill that met it. */
  skill: string;
  skillId: string;
  via: MatchVia;
  /** 0..1 credit after level, years and evidence adjustments. */
  credit: number;
  levelAsked: Proficiency;
  levelHeld: Proficiency;
  evidence: string[];
}

export interface Gap {
  skill: string;
  skillId?: string;
  /**
   * What is missing: a skill, years of experience, a degree, a licence/certification, or a
   * kind of work the ad asks in words that the resume does not show (duty; nice-to-haves only).
   */
  type: "skill" | "experience" | "education" | "licence" | "duty";
  kind: "required" | "preferred";
  severity: GapSeverity;
  /** 1 = do first: impact on readiness against effort. */
  priority: number;
  reason: string;
  evidence: string[];
  currentLevel?: Proficiency;
  targetLevel?: Proficiency;
  /** Readiness points gained if closed. */
  impact: number;
  /** Estimated learning hours (from the catalog), when a skill. */
  effortHours?: number;
  /**
   * The skill is on the profile (listed, or just added in chat) with no role, project or
   * certificate behind it: what is missing is evidence of it, not the skill (trial13 finding 4).
   */
  unevidenced?: true;
}

export interface Strength {
  skill?: string;
  text: string;
  evidence: string[];
}

export interface LearningResourceRef {
  skill: string;
  skillId: string;
  title: string;
  url: string;
  kind: string;
  hours: number;
  free: boolean;
}

export interface PriorityImprovement {
  skill: string;
  action: string;
  readinessGain: number;
  hours?: number;
}

export interface Analysis {
  verdict: Verdict;
  confidence: number;
  scores: Scores;
  scoreDetails: Record<ScoreKey, ScoreDetail>;
  matched: SkillMatch[];
  strengths: Strength[];
  gaps: Gap[];
  recommendations: string[];
  nextSteps: string[];
  priorityImprovements: PriorityImprovement[];
  learningResources: LearningResourceRef[];
  /** The FIT rule that decided the verdict, in words. */
  verdictReason: string;
  job: { title?: string; source: "posting" | "role_profile"; notes: string[] };
  warnings: string[];
  /** Version of the scoring rules, so stored analyses can be compared fairly. */
  rulesVersion: string;
  /**
   * The posting's typed requirements (language, years, degree, licence, duty) with the resume
   * line quoted as evidence for each, and how close it came (0..1).
   */
  requirements?: RequirementCheck[];
  /** The learned verdict's inputs and its P(FIT) (tools/gap/verdict-model.ts). */
  verdictModel?: {
    version: string;
    probability: number;
    features: Record<string, number>;
    /** Share of the readiness weight with data: how far the shown confidence keeps P (readiness.ts shownShare). */
    completeness: number;
    /**
     * A described role: how many of its required asks (typical core tools and skills) the profile
     * shows, and the title closeness the described-role gate reads (the trade a role leads counted).
     */
    describedCore?: { shown: number; of: number; titleSimilarity?: number };
    /** The job's skill requirements met by evidence (the verdict's view; the required-asks rule's input). */
    skillsMet?: { met: number; of: number };
    /** Set when the required-asks rule (verdict-rule.ts) turned the learned verdict's FIT into UNFIT. */
    ruledBy?: "requiredAsks";
    /** Which part of the analysis decided the verdict (path-confidence.ts): its confidence is mapped as that path was measured. */
    path?: "rule" | "requiredAsks" | "near" | "model";
  };
}

export interface RequirementCheck {
  type: "language" | "years" | "degree" | "licence" | "clearance" | "duty";
  text: string;
  kind: "required" | "preferred";
  hard: boolean;
  /** What the sentence asks of the candidate: a qualification to have, a trait, a duty of the job. */
  about?: "qualification" | "trait" | "duty";
  met: boolean;
  similarity: number;
  /** Specificity-weighted share of the ask's words the resume covers (word-coverage.ts). */
  coverage?: number;
  /** The ask's most specific words the resume does not use. */
  missingWords?: string[];
  quote?: string;
}

export type AnalysisStage =
  | "reading_job"
  | "matching_skills"
  | "experience"
  | "education"
  | "preferences"
  | "domain"
  | "readiness"
  | "gaps"
  | "recommendations"
  | "verdict";

export interface ProgressEvent {
  stage: AnalysisStage;
  message: string;
  /** Partial metrics known after this stage (scores so far, counts). */
  metrics: Record<string, number | string | null>;
}
