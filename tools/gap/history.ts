/**
 * Analyses over time, per user: run-and-store, list, get, compare two, and reanalyse with
 * something new the person said ("I also have 2 years of Kubernetes") — the profile is
 * updated first, then the job is analysed again and the change explained.
 */

import type { Preferences } from "../../contract/profile.ts";
import { CareerCraftError } from "../../data/errors.ts";
import type { JobPosting, SkillExtractor } from "../jobs/types.ts";
import { type KnownSkill, parseContext } from "./added-context.ts";
import { type AnalysisDeps, analyze } from "./analyze.ts";
import { type AnalysisComparison, compareAnalyses } from "./compare.ts";
import type { AnalysisStore, ProfilePort, SkillAddition, StoredAnalysisRecord } from "./ports.ts";
import { preferencesIn } from "./stated-preferences.ts";

export { parseContext } from "./added-context.ts";

import type { Analysis } from "./types.ts";

export interface AnalysisSummary {
  id: string;
  createdAt: string;
  jobTitle?: string;
  verdict: "FIT" | "UNFIT";
  readiness: number;
  confidence: number;
}

export async function runAndStore(
  ports: { store: AnalysisStore; profile: ProfilePort },
  deps: AnalysisDeps,
  userId: string,
  job: { posting: JobPosting; text: string },
): Promise<{ analysis: Analysis; stored: StoredAnalysisRecord }> {
  const profile = await ports.profile.snapshot(userId);
  const analysis = analyze(profile, job.posting, deps);
  const savedJob = await ports.store.saveJob(userId, {
    sourceKind: job.posting.source === "role_profile" ? "role" : "posting",
    ...(job.posting.title ? { title: job.posting.title } : {}),
    ...(job.posting.company ? { company: job.posting.company } : {}),
    text: job.text,
    requirements: job.posting,
  });
  const stored = await ports.store.saveAnalysis(userId, {
    jobId: savedJob.id,
    result: analysis,
    profileSnapshot: profile,
  });
  return { analysis, stored };
}

export async function listHistory(
  store: AnalysisStore,
  userId: string,
  limit = 20,
): Promise<AnalysisSummary[]> {
  return (await store.listAnalyses(userId, limit)).map(toSummary);
}

/** The line a history shows for one stored analysis. */
export function toSummary(r: StoredAnalysisRecord): AnalysisSummary {
  return {
    id: r.id,
    createdAt: r.createdAt,
    ...(r.result.job?.title ? { jobTitle: r.result.job.title } : {}),
    verdict: r.verdict,
    readiness: r.readiness,
    confidence: r.confidence,
  };
}

export async function compareStored(
  store: AnalysisStore,
  userId: string,
  beforeId: string,
  afterId: string,
): Promise<AnalysisComparison> {
  const [before, after] = await Promise.all([
    store.getAnalysis(userId, beforeId),
    store.getAnalysis(userId, afterId),
  ]);
  return compareAnalyses(before.result, after.result);
}

/** The job's requirements as context for ambiguous names in what the person adds. */
function knownFrom(job: JobPosting, deps: AnalysisDeps): KnownSkill[] {
  return job.skills.flatMap((r) =>
    [r.skillId, ...r.alternatives].map((id) => {
      const skill = deps.graph.get(id);
      return {
        id,
        name: skill?.name ?? r.name,
        aliases: skill?.aliases ?? [],
        type: skill?.type ?? r.type,
        category: skill?.category ?? r.category,
      };
    }),
  );
}

export interface Reanalysis {
  added: SkillAddition[];
  /** Preferences the message stated (stored before the analysis ran again). */
  preferences: Preferences;
  analysis: Analysis;
  stored: StoredAnalysisRecord;
  comparison: AnalysisComparison;
}

export async function reanalyze(
  ports: { store: AnalysisStore; profile: ProfilePort },
  deps: AnalysisDeps & { extract: SkillExtractor; asOf?: string },
  userId: string,
  previousAnalysisId: string,
  context: string,
): Promise<Reanalysis> {
  const previous = await ports.store.getAnalysis(userId, previousAnalysisId);
  if (!previous.jobId)
    throw new CareerCraftError(
      "conflict",
      "That analysis has no stored job to analyse again; run a new analysis instead.",
    );
  const job = await ports.store.getJob(userId, previous.jobId);
  const added = parseContext(context, deps.extract, knownFrom(job.requirements, deps));
  const preferences = ports.profile.setPreferences ? preferencesIn(context) : {};
  if (added.length === 0 && Object.keys(preferences).length === 0)
    throw new CareerCraftError(
      "validation",
      'I did not recognise a skill or a preference in that. Say it like "I also have 2 years of Kubernetes" or "I expect at least 60,000 EUR a year".',
    );
  if (Object.keys(preferences).length) await ports.profile.setPreferences!(userId, preferences);
  if (added.length) await ports.profile.addSkills(userId, added);
  const profile = await ports.profile.snapshot(userId);
  const analysis = analyze(profile, job.requirements, deps, deps.asOf ? { asOf: deps.asOf } : {});
  const stored = await ports.store.saveAnalysis(userId, {
    jobId: job.id,
    result: analysis,
    profileSnapshot: profile,
  });
  return { added, preferences, analysis, stored, comparison: compareAnalyses(previous.result, analysis) };
}
