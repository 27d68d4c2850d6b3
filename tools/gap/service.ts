/**
 * The analysis service every front end calls (agent tools, CLI, REST): set the target
 * job, analyse the stored profile against it (stage by stage, for live progress), store
 * the result, list, read, delete and reanalyse with something new the person said. Each
 * call is scoped to one user; another user's ids behave as unknown ids.
 */
import type { Preferences, ProfileSnapshot } from "../../contract/profile.ts";
import type { Queryable } from "../../data/db/types.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { analysisDuration } from "../../data/metrics.ts";
import { createAnalysesRepository, type StoredJob } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { readJobTarget, type TargetKind } from "../jobs/target.ts";
import type { JobPosting } from "../jobs/types.ts";
import { createProfileService } from "../profile/service.ts";
import { analyzeWithProgress } from "./analyze.ts";
import { loadAnalysisDeps } from "./deps.ts";
import { type AnalysisSummary, reanalyze, toSummary } from "./history.ts";
import type { AnalysisStore, StoredAnalysisRecord } from "./ports.ts";
import { profilePortFromRepository } from "./profile-port.ts";
import { fillEmptyPreferences, preferencesOfRole } from "./role-preferences.ts";
import type { Analysis, ProgressEvent } from "./types.ts";

export type AnalysisOutcome =
  | { ok: true; analysis: Analysis; stored: StoredAnalysisRecord; job: StoredJob<JobPosting> }
  /** Nothing to analyse against yet, or nothing known about the person yet. */
  | { ok: false; needs: "job" | "profile" };

export function profileIsEmpty(profile: ProfileSnapshot): boolean {
  return profile.skills.length === 0 && profile.experience.length === 0 && profile.education.length === 0;
}

/** "YYYY-MM" of today: a role marked "present" runs to the day of the analysis. */
const thisMonth = (now: Date) => now.toISOString().slice(0, 7);

export function createAnalysisService(db: Queryable, clock: { now: () => Date } = { now: () => new Date() }) {
  const repo = createAnalysesRepository(db);
  // The repository satisfies the store port structurally (its generics are wider).
  const store = repo as unknown as AnalysisStore;
  const profile = profilePortFromRepository(createProfileRepository(db));

  /** The one preference service (validation, merging of values), as set_preferences uses it. */
  async function preferenceService() {
    const deps = await loadAnalysisDeps();
    return createProfileService(createProfileRepository(db), {
      lookup: (name: string) => deps.graph.lookup(name) ?? undefined,
    });
  }

  /**
   * A described role's pay, place and work mode are the person's own wishes: stored where the
   * profile has none or an earlier described role set them, so the next real ad is compared
   * with them; what the person stated is kept.
   */
  async function notePreferencesOfRole(userId: string, posting: JobPosting) {
    const stated = preferencesOfRole(posting);
    if (Object.keys(stated).length === 0) return undefined;
    const profiles = await preferenceService();
    const current = (await profiles.get(userId)).preferences;
    const { fill, kept } = fillEmptyPreferences(current, stated);
    if (Object.keys(fill).length === 0) return { preferences: current, noted: [], kept };
    const { preferences, changed } = await profiles.setPreferences(userId, fill, "described_role");
    return { preferences, noted: changed, kept };
  }

  async function analyzeJob(
    userId: string,
    jobId: string | undefined,
    onProgress?: (event: ProgressEvent) => void,
  ): Promise<AnalysisOutcome> {
    const job = jobId
      ? await repo.getJob<JobPosting>(userId, jobId)
      : await repo.latestJob<JobPosting>(userId);
    if (!job) return { ok: false, needs: "job" };
    const snapshot = await profile.snapshot(userId);
    if (profileIsEmpty(snapshot)) return { ok: false, needs: "profile" };
    const deps = await loadAnalysisDeps();
    const start = performance.now();
    const run = analyzeWithProgress(snapshot, job.requirements, deps, { asOf: thisMonth(clock.now()) });
    let step = await run.next();
    while (!step.done) {
      onProgress?.(step.value);
      step = await run.next();
    }
    analysisDuration.observe((performance.now() - start) / 1000);
    const stored = await store.saveAnalysis(userId, {
      jobId: job.id,
      result: step.value,
      profileSnapshot: snapshot,
    });
    return { ok: true, analysis: step.value, stored, job };
  }

  return {
    /** Reads and stores the target job (a pasted ad or a described role). */
    async setTarget(userId: string, text: string, kind?: TargetKind) {
      const target = await readJobTarget(text, kind);
      const { posting } = target;
      const job = await repo.saveJob<JobPosting>(userId, {
        sourceKind: posting.source === "role_profile" ? "role" : "posting",
        ...(posting.title ? { title: posting.title } : {}),
        ...(posting.company ? { company: posting.company } : {}),
        text: target.text,
        requirements: posting,
      });
      const preferences = await notePreferencesOfRole(userId, posting);
      return { job, posting, ...(preferences ? { preferences } : {}) };
    },

    analyzeJob,

    /** Reads a target and analyses the stored profile against it, in one call. */
    async analyzeText(
      userId: string,
      input: { text: string; kind?: TargetKind },
      onProgress?: (event: ProgressEvent) => void,
    ): Promise<AnalysisOutcome> {
      // Refuse an empty profile before storing a job the person cannot use yet.
      if (profileIsEmpty(await profile.snapshot(userId))) return { ok: false, needs: "profile" };
      const { job } = await this.setTarget(userId, input.text, input.kind);
      return analyzeJob(userId, job.id, onProgress);
    },

    async reanalyze(userId: string, analysisId: string, context: string) {
      const [deps, { extractSkills }] = await Promise.all([
        loadAnalysisDeps(),
        import("../skills/extract.ts"),
      ]);
      const profiles = await preferenceService();
      return reanalyze(
        {
          store,
          profile: {
            ...profile,
            // The one preference service (validation, merging of values) stores what was said.
            setPreferences: async (userId: string, change: Preferences) => {
              await profiles.setPreferences(userId, change);
            },
          },
        },
        {
          ...deps,
          extract: (text: string) => extractSkills(text, { section: "chat" }),
          asOf: thisMonth(clock.now()),
        },
        userId,
        analysisId,
        context,
      );
    },

    async list(userId: string, page: { limit: number; offset: number }) {
      const rows = await repo.pageAnalyses<Analysis>(userId, page.limit, page.offset);
      const items: AnalysisSummary[] = rows.items.map((r) => toSummary(r as StoredAnalysisRecord));
      return { items, total: rows.total };
    },

    get: (userId: string, analysisId: string) => repo.getAnalysis<Analysis>(userId, analysisId),

    async remove(userId: string, analysisId: string): Promise<void> {
      if (!(await repo.deleteAnalysis(userId, analysisId)))
        throw new CareerCraftError("not_found", `No analysis with id ${analysisId}.`);
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
