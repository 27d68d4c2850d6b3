/**
 * What every stage of one analysis reads and fills in (stages.ts runs them in order), kept apart
 * so a stage in its own file and the checks that read a finished context share one type.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { Embedder } from "../../data/embeddings/types.ts";
import type { LearningCatalog } from "../../data/learning/types.ts";
import type { JobPosting } from "../jobs/types.ts";
import type { RequirementEvidence } from "./evidence.ts";
import type { FocusMatch } from "./focus-match.ts";
import type { GroupResult } from "./match.ts";
import type { OccupationMatch } from "./occupation-match.ts";
import type { TypedRequirement } from "./requirements.ts";
import type { SkillGraph } from "./skill-graph.ts";
import type {
  Analysis,
  AnalysisStage,
  Gap,
  LearningResourceRef,
  ProgressEvent,
  ScoreDetail,
  ScoreKey,
} from "./types.ts";

export interface AnalysisDeps {
  graph: SkillGraph;
  catalog: LearningCatalog;
  /** For evidence by meaning; the shipped offline embedder when absent. Must embed in-process. */
  embedder?: Embedder;
  /** Read the occupation input even when the model leaves it out (occupation-match.ts). */
  readOccupation?: boolean;
}

export interface Context {
  profile: ProfileSnapshot;
  job: JobPosting;
  deps: AnalysisDeps;
  asOfMonth: number | undefined;
  results: GroupResult[];
  /** The results as the verdict weighs them: listed-only skills left out (match.ts evidencedResults). */
  evidencedResults: GroupResult[];
  /** The posting's typed requirements and the resume evidence found for each. */
  requirements: TypedRequirement[];
  evidence: RequirementEvidence[];
  /** Closeness of the job title to the resume's titles and headline, by how long and lately each was held. */
  titleSimilarity: number;
  /** A described role: the title closeness the described-role gate reads (occupation-match.ts gateTitleSimilarity). */
  gateTitleSimilarity?: number;
  /** The ad's theme words against what the person's roles say (focus-match.ts). */
  focus?: FocusMatch;
  /** The ad's occupation against what the person's titles read as (occupation-match.ts). */
  occupation?: OccupationMatch;
  details: Partial<Record<ScoreKey, ScoreDetail & { notAsked?: boolean }>>;
  /** `byMeaningYears`: the part of heldYears counted only from work related by meaning. */
  experience: { requiredYears?: number; heldYears: number; explicit: boolean; byMeaningYears?: number };
  educationShort: number;
  gaps: Gap[];
  resources: LearningResourceRef[];
  analysis?: Analysis;
  warnings: string[];
}

/** Required skills and licences the gap list shows as high or critical: what a FIT cannot call met. */
export function openRequiredGaps(gaps: Gap[]): Gap[] {
  return gaps.filter(
    (g) =>
      (g.type === "skill" || g.type === "licence") &&
      g.kind === "required" &&
      (g.severity === "critical" || g.severity === "high"),
  );
}
export type Stage = { stage: AnalysisStage; run: (ctx: Context) => ProgressEvent };

export const scoreOf = (ctx: Context, key: ScoreKey) => ctx.details[key]?.score ?? null;
