/**
 * Analyses over time, per user: run-and-store, list, get, compare two, and reanalyse with
 * something new the person said ("I also have 2 years of Kubernetes") — the profile is
 * updated first, then the job is analysed again and the change explained.
 */
import { CareerCraftError } from "../../data/errors.ts";
import type { JobPosting, SkillExtractor } from "../jobs/types.ts";
import { levelForYears } from "../jobs/years.ts";
import { CARDINAL_WORD_PATTERN, parseNumberWord } from "../text/number-words.ts";
import { type AnalysisDeps, analyze } from "./analyze.ts";
import { type AnalysisComparison, compareAnalyses } from "./compare.ts";
import type { AnalysisStore, ProfilePort, SkillAddition, StoredAnalysisRecord } from "./ports.ts";
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

const STATED_LEVEL: [RegExp, SkillAddition["proficiency"]][] = [
  [/\b(expert|mastered|deep expertise)\b/i, "expert"],
  [/\b(advanced|strong|proficient|very good)\b/i, "advanced"],
  [/\b(intermediate|good|solid|working knowledge|comfortable)\b/i, "intermediate"],
  [/\b(beginner|basic|some|a bit|learning|familiar)\b/i, "beginner"],
];
const YEARS_NEAR = new RegExp(
  `(\\d{1,2}(?:\\.\\d)?|${CARDINAL_WORD_PATTERN})\\s*\\+?\\s*(?:years?|yrs)`,
  "i",
);

/** Skills, years and stated levels in a chat message, one addition per skill named. */
export function parseContext(message: string, extract: SkillExtractor): SkillAddition[] {
  const out: SkillAddition[] = [];
  // Each clause carries its own years and level: "2 years of Kubernetes and I'm an expert in Terraform".
  for (const sentence of message.split(/(?<=[.!?;,])\s+|\s+(?:and|but|plus)\s+/i)) {
    const years = YEARS_NEAR.exec(sentence);
    const y = years ? parseNumberWord(years[1]!) : undefined;
    const stated = STATED_LEVEL.map(([p, level]) => [p.exec(sentence)?.[0], level] as const).find(([m]) => m);
    for (const skill of extract(sentence)) {
      if (out.some((o) => o.skillId === skill.id)) continue;
      const proficiency = stated?.[1] ?? (y !== undefined ? levelForYears(y) : "intermediate");
      out.push({
        skillId: skill.id,
        name: skill.name,
        proficiency,
        proficiencyReason: stated
          ? `stated: "${stated[0]}"`
          : y !== undefined
            ? `stated: ${y} year(s)`
            : "said in chat",
        proficiencyStated: stated !== undefined || y !== undefined,
        ...(y !== undefined ? { years: y } : {}),
        evidence: sentence.trim().slice(0, 200),
      });
    }
  }
  return out;
}

export interface Reanalysis {
  added: SkillAddition[];
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
  const added = parseContext(context, deps.extract);
  if (added.length === 0)
    throw new CareerCraftError(
      "validation",
      'I did not recognise a skill in that. Say it like "I also have 2 years of Kubernetes".',
    );
  const job = await ports.store.getJob(userId, previous.jobId);
  await ports.profile.addSkills(userId, added);
  const profile = await ports.profile.snapshot(userId);
  const analysis = analyze(profile, job.requirements, deps, deps.asOf ? { asOf: deps.asOf } : {});
  const stored = await ports.store.saveAnalysis(userId, {
    jobId: job.id,
    result: analysis,
    profileSnapshot: profile,
  });
  return { added, analysis, stored, comparison: compareAnalyses(previous.result, analysis) };
}
