/**
 * The FIT/UNFIT gap analysis of a profile against a job, run as named stages so channels can
 * show it filling in: `analyze()` runs them at once (optionally reporting each stage to a
 * callback), `analyzeWithProgress()` is an async generator yielding one event per stage and
 * returning the analysis. Pure and deterministic: no clock, no randomness, no I/O.
 */
import type { LearningCatalog } from "../../data/learning/types.ts";
import type { JobPosting } from "../jobs/types.ts";
import { looksLikeInstruction } from "../jobs/signals.ts";
import type { ProfileSnapshot } from "../profile/types.ts";
import { findStrengths, learningResourcesFor, nextSteps, priorityImprovements, recommendations } from "./advice.ts";
import { findGaps } from "./gaps.ts";
import { canonicalSkills, type GroupResult, groupRequirements, matchGroup } from "./match.ts";
import { RULES_VERSION, computeConfidence, computeReadiness, decideVerdict, unmetCriticals } from "./readiness.ts";
import { scoreDomain } from "./score-domain.ts";
import { scoreEducation } from "./score-education.ts";
import { latestProfileMonth, scoreExperience } from "./score-experience.ts";
import { scoreCulture, scoreLocation, scoreSalary } from "./score-preferences.ts";
import { scoreSkillSet } from "./score-skills.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { validateJob, validateProfile } from "./validate.ts";
import type { Analysis, AnalysisStage, Gap, ProgressEvent, ScoreDetail, ScoreKey } from "./types.ts";
import { SCORE_KEYS } from "./types.ts";

export interface AnalysisDeps {
  graph: SkillGraph;
  catalog: LearningCatalog;
}

export interface AnalysisOptions {
  /** "YYYY-MM" used for roles marked current; defaults to the latest date in the profile. */
  asOf?: string;
  onProgress?: (event: ProgressEvent) => void;
}

interface Context {
  profile: ProfileSnapshot;
  job: JobPosting;
  deps: AnalysisDeps;
  asOfMonth: number | undefined;
  results: GroupResult[];
  details: Partial<Record<ScoreKey, ScoreDetail & { notAsked?: boolean }>>;
  experience: { requiredYears?: number; heldYears: number; explicit: boolean };
  educationShort: number;
  gaps: Gap[];
  analysis?: Analysis;
  warnings: string[];
}

type Stage = { stage: AnalysisStage; run: (ctx: Context) => ProgressEvent };

const scoreOf = (ctx: Context, key: ScoreKey) => ctx.details[key]?.score ?? null;

const STAGES: Stage[] = [
  {
    stage: "reading_job",
    run: (ctx) => ({
      stage: "reading_job",
      message: `Reading the job${ctx.job.title ? `: ${ctx.job.title}` : ""}`,
      metrics: {
        requirements: ctx.job.skills.length,
        required: ctx.job.skills.filter((s) => s.kind === "required").length,
        mustHaves: ctx.job.skills.filter((s) => s.critical).length,
      },
    }),
  },
  {
    stage: "matching_skills",
    run: (ctx) => {
      const skills = canonicalSkills(ctx.profile.skills);
      ctx.results = groupRequirements(ctx.deps.graph, ctx.job.skills).map((g) => matchGroup(ctx.deps.graph, g, skills));
      ctx.details.skills = scoreSkillSet(ctx.results, "skill", () => true, 0.45);
      ctx.details.technicalSkills = scoreSkillSet(ctx.results, "technical skill", (g) => g.type === "technical", 0);
      ctx.details.softSkills = scoreSkillSet(ctx.results, "soft skill", (g) => g.type === "soft", 0);
      return {
        stage: "matching_skills",
        message: `Matched ${ctx.results.filter((r) => r.match).length} of ${ctx.results.length} skill requirements`,
        metrics: {
          skills: scoreOf(ctx, "skills"),
          technicalSkills: scoreOf(ctx, "technicalSkills"),
          softSkills: scoreOf(ctx, "softSkills"),
        },
      };
    },
  },
  {
    stage: "experience",
    run: (ctx) => {
      const d = scoreExperience(ctx.deps.graph, ctx.profile, ctx.job, ctx.results, ctx.asOfMonth);
      const { requiredYears, heldYears, explicit, ...detail } = d;
      ctx.details.experience = detail;
      ctx.experience = { ...(requiredYears !== undefined ? { requiredYears } : {}), heldYears, explicit };
      return { stage: "experience", message: "Weighing relevant experience", metrics: { experience: detail.score, relevantYears: heldYears } };
    },
  },
  {
    stage: "education",
    run: (ctx) => {
      const { short, ...detail } = scoreEducation(ctx.profile, ctx.job, ctx.experience.heldYears);
      ctx.details.education = detail;
      ctx.educationShort = short;
      return { stage: "education", message: "Checking education", metrics: { education: detail.score } };
    },
  },
  {
    stage: "preferences",
    run: (ctx) => {
      ctx.details.location = scoreLocation(ctx.profile, ctx.job);
      ctx.details.salary = scoreSalary(ctx.profile, ctx.job);
      ctx.details.cultureFit = scoreCulture(ctx.profile, ctx.job);
      return {
        stage: "preferences",
        message: "Comparing location, salary and culture with your preferences",
        metrics: { location: scoreOf(ctx, "location"), salary: scoreOf(ctx, "salary"), cultureFit: scoreOf(ctx, "cultureFit") },
      };
    },
  },
  {
    stage: "domain",
    run: (ctx) => {
      ctx.details.domainKnowledge = scoreDomain(ctx.profile, ctx.job, ctx.results);
      return { stage: "domain", message: "Checking domain knowledge", metrics: { domainKnowledge: scoreOf(ctx, "domainKnowledge") } };
    },
  },
  {
    stage: "readiness",
    run: (ctx) => {
      ctx.details.readiness = computeReadiness(ctx.details);
      return { stage: "readiness", message: "Computing readiness", metrics: { readiness: scoreOf(ctx, "readiness") } };
    },
  },
  {
    stage: "gaps",
    run: (ctx) => {
      ctx.gaps = findGaps({
        graph: ctx.deps.graph,
        catalog: ctx.deps.catalog,
        job: ctx.job,
        results: ctx.results,
        details: ctx.details as Record<string, ScoreDetail>,
        experience: ctx.experience,
        educationShort: ctx.educationShort,
      });
      return {
        stage: "gaps",
        message: `Found ${ctx.gaps.length} gap(s)`,
        metrics: { gaps: ctx.gaps.length, critical: ctx.gaps.filter((g) => g.severity === "critical").length },
      };
    },
  },
  {
    stage: "recommendations",
    run: (ctx) => ({ stage: "recommendations", message: "Choosing learning resources and next steps", metrics: {} }),
  },
  {
    stage: "verdict",
    run: (ctx) => {
      const readiness = scoreOf(ctx, "readiness");
      const unmet = unmetCriticals(ctx.results, ctx.experience);
      const { verdict, reason } = decideVerdict(readiness, unmet);
      const confidence = computeConfidence({
        details: ctx.details,
        results: ctx.results,
        profileParse: ctx.profile.parseConfidence,
        jobParse: ctx.job.parseConfidence,
        readiness,
      });
      const { value, ...confidenceDetail } = confidence;
      ctx.details.confidence = confidenceDetail;
      const details = Object.fromEntries(
        SCORE_KEYS.map((k) => {
          const { notAsked: _n, ...d } = ctx.details[k]!;
          return [k, d];
        }),
      ) as Record<ScoreKey, ScoreDetail>;
      const resources = learningResourcesFor(ctx.gaps, ctx.deps.catalog, ctx.deps.graph);
      ctx.analysis = {
        verdict,
        confidence: value,
        scores: Object.fromEntries(SCORE_KEYS.map((k) => [k, details[k].score])) as Analysis["scores"],
        scoreDetails: details,
        matched: ctx.results.filter((r) => r.match).map((r) => r.match!),
        strengths: findStrengths(ctx.results, details),
        gaps: ctx.gaps,
        recommendations: recommendations(ctx.gaps, ctx.results, details, resources),
        nextSteps: nextSteps(ctx.gaps, resources, verdict),
        priorityImprovements: priorityImprovements(ctx.gaps),
        learningResources: resources,
        verdictReason: reason,
        job: { ...(ctx.job.title ? { title: ctx.job.title } : {}), source: ctx.job.source, notes: ctx.job.notes },
        warnings: ctx.warnings,
        rulesVersion: RULES_VERSION,
      };
      return { stage: "verdict", message: reason, metrics: { verdict, confidence: value, readiness } };
    },
  },
];

function initContext(profile: ProfileSnapshot, job: JobPosting, deps: AnalysisDeps, options: AnalysisOptions): Context {
  validateProfile(profile);
  validateJob(job);
  const asOf = options.asOf ? /^(\d{4})-(\d{2})/.exec(options.asOf) : null;
  const warnings: string[] = [];
  const personText = [profile.summary, profile.headline, ...profile.experience.flatMap((e) => e.bullets)].filter(Boolean) as string[];
  const injected = personText.filter(looksLikeInstruction).length;
  if (injected > 0) warnings.push(`The resume contains ${injected} passage(s) addressed to an AI; they were treated as text and changed nothing.`);
  if (job.ignoredInstructions > 0)
    warnings.push(`The job ad contains ${job.ignoredInstructions} passage(s) addressed to an AI; they were ignored.`);
  if (job.skills.length === 0) warnings.push("No skills were recognised in the job; the analysis rests on little data.");
  if (profile.parseConfidence < 0.5) warnings.push("The resume parsed poorly, so this analysis is less certain.");
  return {
    profile,
    job,
    deps,
    asOfMonth: asOf ? Number(asOf[1]) * 12 + Number(asOf[2]) - 1 : latestProfileMonth(profile),
    results: [],
    details: {},
    experience: { heldYears: 0, explicit: false },
    educationShort: 0,
    gaps: [],
    warnings,
  };
}

export function analyze(
  profile: ProfileSnapshot,
  job: JobPosting,
  deps: AnalysisDeps,
  options: AnalysisOptions = {},
): Analysis {
  const ctx = initContext(profile, job, deps, options);
  for (const s of STAGES) {
    const event = s.run(ctx);
    options.onProgress?.(event);
  }
  return ctx.analysis!;
}

export async function* analyzeWithProgress(
  profile: ProfileSnapshot,
  job: JobPosting,
  deps: AnalysisDeps,
  options: Omit<AnalysisOptions, "onProgress"> = {},
): AsyncGenerator<ProgressEvent, Analysis, void> {
  const ctx = initContext(profile, job, deps, options);
  for (const s of STAGES) yield s.run(ctx);
  return ctx.analysis!;
}

/** The analysis as stable JSON: the same input always gives the same bytes. */
export function analysisToJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
