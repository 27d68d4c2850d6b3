/**
 * Target jobs, analyses and roadmaps (with progress), stored per user. The payloads
 * (parsed requirements, the analysis contract, the roadmap plan) are owned by
 * tools/jobs, tools/gap and tools/roadmap; this layer keeps them as JSON and never
 * reaches across users.
 */
import type { Queryable } from "../db/types.ts";
import { CareerCraftError } from "../errors.ts";
import { isUuid } from "./users.ts";

export interface StoredJob<R = unknown> {
  id: string;
  sourceKind: "posting" | "role";
  title: string | null;
  company: string | null;
  text: string;
  requirements: R;
  createdAt: string;
}

export interface StoredAnalysis<A = unknown> {
  id: string;
  jobId: string | null;
  verdict: "FIT" | "UNFIT";
  readiness: number;
  confidence: number;
  result: A;
  createdAt: string;
}

export interface StoredRoadmap<P = unknown> {
  id: string;
  analysisId: string | null;
  hoursPerWeek: number;
  weeks: number;
  plan: P;
  /** item id -> when it was marked done */
  progress: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

const JOB = `id, source_kind AS "sourceKind", title, company, text, requirements, created_at::text AS "createdAt"`;
const ANALYSIS = `id, job_id AS "jobId", verdict, readiness, confidence, result, created_at::text AS "createdAt"`;
const ROADMAP = `r.id, r.analysis_id AS "analysisId", r.hours_per_week AS "hoursPerWeek", r.weeks, r.plan,
  r.created_at::text AS "createdAt", r.updated_at::text AS "updatedAt",
  COALESCE((SELECT jsonb_object_agg(p.item_id, p.done_at) FROM roadmap_progress p WHERE p.roadmap_id = r.id), '{}'::jsonb) AS progress`;

function requireId(id: string, what: string): void {
  if (!isUuid(id)) throw new CareerCraftError("not_found", `No ${what} with id ${id}.`);
}

export function createAnalysesRepository(db: Queryable) {
  return {
    async saveJob<R>(
      userId: string,
      job: {
        sourceKind: "posting" | "role";
        title?: string;
        company?: string;
        text: string;
        requirements: R;
      },
    ): Promise<StoredJob<R>> {
      const { rows } = await db.query<StoredJob<R>>(
        `INSERT INTO jobs (user_id, source_kind, title, company, text, requirements) VALUES ($1,$2,$3,$4,$5,$6::jsonb)
         RETURNING ${JOB}`,
        [
          userId,
          job.sourceKind,
          job.title ?? null,
          job.company ?? null,
          job.text,
          JSON.stringify(job.requirements),
        ],
      );
      return rows[0]!;
    },

    async getJob<R>(userId: string, jobId: string): Promise<StoredJob<R>> {
      requireId(jobId, "job");
      const { rows } = await db.query<StoredJob<R>>(
        `SELECT ${JOB} FROM jobs WHERE id = $1 AND user_id = $2`,
        [jobId, userId],
      );
      if (!rows[0]) throw new CareerCraftError("not_found", `No job with id ${jobId}.`);
      return rows[0];
    },

    async latestJob<R>(userId: string): Promise<StoredJob<R> | undefined> {
      const { rows } = await db.query<StoredJob<R>>(
        `SELECT ${JOB} FROM jobs WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
        [userId],
      );
      return rows[0];
    },

    async saveAnalysis<
      A extends { verdict: "FIT" | "UNFIT"; confidence: number; scores: { readiness: number } },
    >(
      userId: string,
      input: { jobId?: string; result: A; profileSnapshot?: unknown },
    ): Promise<StoredAnalysis<A>> {
      if (input.jobId) requireId(input.jobId, "job");
      const { rows } = await db.query<StoredAnalysis<A>>(
        `INSERT INTO analyses (user_id, job_id, verdict, readiness, confidence, result, profile_snapshot)
         SELECT $1, $2, $3, $4, $5, $6::jsonb, $7::jsonb
         WHERE $2::uuid IS NULL OR EXISTS (SELECT 1 FROM jobs WHERE id = $2 AND user_id = $1)
         RETURNING ${ANALYSIS}`,
        [
          userId,
          input.jobId ?? null,
          input.result.verdict,
          input.result.scores.readiness,
          input.result.confidence,
          JSON.stringify(input.result),
          input.profileSnapshot === undefined ? null : JSON.stringify(input.profileSnapshot),
        ],
      );
      if (!rows[0]) throw new CareerCraftError("not_found", `No job with id ${input.jobId}.`);
      return rows[0];
    },

    async getAnalysis<A>(userId: string, analysisId: string): Promise<StoredAnalysis<A>> {
      requireId(analysisId, "analysis");
      const { rows } = await db.query<StoredAnalysis<A>>(
        `SELECT ${ANALYSIS} FROM analyses WHERE id = $1 AND user_id = $2`,
        [analysisId, userId],
      );
      if (!rows[0]) throw new CareerCraftError("not_found", `No analysis with id ${analysisId}.`);
      return rows[0];
    },

    async listAnalyses<A>(userId: string, limit = 20): Promise<StoredAnalysis<A>[]> {
      const { rows } = await db.query<StoredAnalysis<A>>(
        `SELECT ${ANALYSIS} FROM analyses WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
        [userId, limit],
      );
      return rows;
    },

    /** One page of the person's analyses, newest first, with the total count. */
    async pageAnalyses<A>(
      userId: string,
      limit: number,
      offset: number,
    ): Promise<{ items: StoredAnalysis<A>[]; total: number }> {
      const [{ rows }, { rows: count }] = await Promise.all([
        db.query<StoredAnalysis<A>>(
          `SELECT ${ANALYSIS} FROM analyses WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
          [userId, limit, offset],
        ),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM analyses WHERE user_id = $1`, [userId]),
      ]);
      return { items: rows, total: count[0]!.n };
    },

    /** False when there is no such analysis of this user; its roadmaps keep their plans. */
    async deleteAnalysis(userId: string, analysisId: string): Promise<boolean> {
      if (!isUuid(analysisId)) return false;
      const { rowCount } = await db.query(`DELETE FROM analyses WHERE id = $1 AND user_id = $2`, [
        analysisId,
        userId,
      ]);
      return rowCount === 1;
    },

    async latestAnalysis<A>(userId: string): Promise<StoredAnalysis<A> | undefined> {
      const [latest] = await this.listAnalyses<A>(userId, 1);
      return latest;
    },

    async saveRoadmap<P>(
      userId: string,
      input: { analysisId?: string; hoursPerWeek: number; weeks: number; plan: P },
    ): Promise<StoredRoadmap<P>> {
      if (input.analysisId) requireId(input.analysisId, "analysis");
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO roadmaps (user_id, analysis_id, hours_per_week, weeks, plan)
         SELECT $1, $2, $3, $4, $5::jsonb
         WHERE $2::uuid IS NULL OR EXISTS (SELECT 1 FROM analyses WHERE id = $2 AND user_id = $1)
         RETURNING id`,
        [userId, input.analysisId ?? null, input.hoursPerWeek, input.weeks, JSON.stringify(input.plan)],
      );
      if (!rows[0]) throw new CareerCraftError("not_found", `No analysis with id ${input.analysisId}.`);
      return this.getRoadmap<P>(userId, rows[0].id);
    },

    async getRoadmap<P>(userId: string, roadmapId: string): Promise<StoredRoadmap<P>> {
      requireId(roadmapId, "roadmap");
      const { rows } = await db.query<StoredRoadmap<P>>(
        `SELECT ${ROADMAP} FROM roadmaps r WHERE r.id = $1 AND r.user_id = $2`,
        [roadmapId, userId],
      );
      if (!rows[0]) throw new CareerCraftError("not_found", `No roadmap with id ${roadmapId}.`);
      return rows[0];
    },

    async latestRoadmap<P>(userId: string): Promise<StoredRoadmap<P> | undefined> {
      const { rows } = await db.query<StoredRoadmap<P>>(
        `SELECT ${ROADMAP} FROM roadmaps r WHERE r.user_id = $1 ORDER BY r.created_at DESC, r.id DESC LIMIT 1`,
        [userId],
      );
      return rows[0];
    },

    async listRoadmaps<P>(userId: string, limit: number, offset: number): Promise<StoredRoadmap<P>[]> {
      const { rows } = await db.query<StoredRoadmap<P>>(
        `SELECT ${ROADMAP} FROM roadmaps r WHERE r.user_id = $1 ORDER BY r.created_at DESC, r.id DESC LIMIT $2 OFFSET $3`,
        [userId, limit, offset],
      );
      return rows;
    },

    async deleteRoadmap(userId: string, roadmapId: string): Promise<boolean> {
      if (!isUuid(roadmapId)) return false;
      const { rowCount } = await db.query(`DELETE FROM roadmaps WHERE id = $1 AND user_id = $2`, [
        roadmapId,
        userId,
      ]);
      return rowCount === 1;
    },

    /** Replanning: a new plan for the same roadmap; recorded progress stays. */
    async replaceRoadmapPlan<P>(
      userId: string,
      roadmapId: string,
      input: { hoursPerWeek: number; weeks: number; plan: P },
    ) {
      requireId(roadmapId, "roadmap");
      const { rowCount } = await db.query(
        `UPDATE roadmaps SET hours_per_week = $3, weeks = $4, plan = $5::jsonb, updated_at = now() WHERE id = $1 AND user_id = $2`,
        [roadmapId, userId, input.hoursPerWeek, input.weeks, JSON.stringify(input.plan)],
      );
      if (rowCount === 0) throw new CareerCraftError("not_found", `No roadmap with id ${roadmapId}.`);
      return this.getRoadmap<P>(userId, roadmapId);
    },

    async setProgress(userId: string, roadmapId: string, itemIds: string[], done: boolean): Promise<void> {
      await this.getRoadmap(userId, roadmapId);
      if (done) {
        await db.query(
          `INSERT INTO roadmap_progress (roadmap_id, user_id, item_id) SELECT $1, $2, unnest($3::text[])
           ON CONFLICT (roadmap_id, item_id) DO NOTHING`,
          [roadmapId, userId, itemIds],
        );
      } else {
        await db.query(
          `DELETE FROM roadmap_progress WHERE roadmap_id = $1 AND user_id = $2 AND item_id = ANY($3::text[])`,
          [roadmapId, userId, itemIds],
        );
      }
    },
  };
}

export type AnalysesRepository = ReturnType<typeof createAnalysesRepository>;
