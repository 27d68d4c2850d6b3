/**
 * Stored roadmaps for every front end (agent tools, CLI, REST): plan one from an analysis
 * for a time budget (replanning the same analysis's roadmap keeps finished work), read
 * them with recorded progress applied, record progress by week or item, delete.
 */
import type { Queryable } from "../../data/db/types.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { createAnalysesRepository, type StoredRoadmap } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { loadAnalysisDeps } from "../gap/deps.ts";
import { profilePortFromRepository } from "../gap/profile-port.ts";
import type { Analysis } from "../gap/types.ts";
import { buildRoadmap, replan } from "./build.ts";
import { applyProgress, countDone, type ProgressTarget, progressUnits, unitsFor } from "./progress.ts";
import { DEFAULT_HOURS_PER_WEEK } from "./schedule.ts";
import type { Roadmap, RoadmapOptions } from "./types.ts";

type Stored = StoredRoadmap<Roadmap>;

export interface RoadmapView {
  id: string;
  analysisId: string | null;
  createdAt: string;
  updatedAt: string;
  roadmap: Roadmap;
  progress: ProgressSummary;
}

export interface ProgressSummary {
  done: number;
  total: number;
  /** The first unfinished week; `items` are the skills of its parts, in order ("the second one"). */
  currentWeek: { week: number; title: string; items: string[] } | null;
}

/** The stored plan with the recorded progress applied. */
export function withProgress(stored: Stored): Roadmap {
  return applyProgress(stored.plan, new Set(Object.keys(stored.progress ?? {})));
}

/** Lines done of all lines (the same count the roadmap card shows), and the week to work on. */
export function progressSummary(roadmap: Roadmap): ProgressSummary {
  const next = roadmap.weeks.find((w) => !w.done);
  const week = next ? weekSummary(roadmap, next.week) : null;
  return {
    ...countDone(roadmap),
    currentWeek: week ? { week: week.week, title: week.title, items: week.items } : null,
  };
}

/** One week as "what's in week 3?" shows it: its title, its items in order, and whether it is done. */
export interface WeekSummary {
  week: number;
  title: string;
  items: string[];
  done: boolean;
}

/** The week numbered `week`, or null when the roadmap has no such week. */
export function weekSummary(roadmap: Roadmap, week: number): WeekSummary | null {
  const w = roadmap.weeks.find((x) => x.week === week);
  if (!w) return null;
  return {
    week: w.week,
    title: w.goals[0] ?? w.parts.map((p) => p.skill).join(", "),
    items: [...new Set(w.parts.map((p) => p.skill))],
    done: Boolean(w.done),
  };
}

function view(stored: Stored): RoadmapView {
  const roadmap = withProgress(stored);
  return {
    id: stored.id,
    analysisId: stored.analysisId,
    createdAt: new Date(stored.createdAt).toISOString(),
    updatedAt: new Date(stored.updatedAt).toISOString(),
    roadmap,
    progress: progressSummary(roadmap),
  };
}

export type { ProgressTarget } from "./progress.ts";

export function createRoadmapService(db: Queryable) {
  const repo = createAnalysesRepository(db);
  const profiles = profilePortFromRepository(createProfileRepository(db));

  async function find(userId: string, roadmapId?: string): Promise<Stored | undefined> {
    return roadmapId ? repo.getRoadmap<Roadmap>(userId, roadmapId) : repo.latestRoadmap<Roadmap>(userId);
  }

  return {
    /**
     * Plans the analysis's gaps (the latest analysis when none is named). When
     * `replanRoadmapId` names a roadmap of the same analysis, that roadmap gets the new
     * plan and keeps its finished items; otherwise a new roadmap is stored.
     * With no budget given (neither hours a week nor weeks), the hours a week of that roadmap,
     * else of the person's latest: the time they have is theirs, not the job's ("5 hrs a week"
     * for one target, then a plan for another was made at the default 10; conv12h trial). A
     * number of weeks sizes the hours, up to those hours (else the default). Undefined when there
     * is no analysis yet.
     */
    async create(
      userId: string,
      input: { analysisId?: string; replanRoadmapId?: string } & RoadmapOptions,
    ): Promise<RoadmapView | undefined> {
      const analysis = input.analysisId
        ? await repo.getAnalysis<Analysis>(userId, input.analysisId)
        : await repo.latestAnalysis<Analysis>(userId);
      if (!analysis) return undefined;
      const [profile, deps] = await Promise.all([profiles.snapshot(userId), loadAnalysisDeps()]);
      const before = (await find(userId, input.replanRoadmapId))?.plan;
      const stated = before && !before.hoursAssumed ? before.hoursPerWeek : undefined;
      const hoursPerWeek = input.hoursPerWeek ?? (input.weeks ? undefined : stated);
      const options: RoadmapOptions = {
        ...(hoursPerWeek ? { hoursPerWeek } : {}),
        ...(input.weeks ? { weeks: input.weeks } : {}),
      };
      const current = input.replanRoadmapId ? await find(userId, input.replanRoadmapId) : undefined;
      // A number of weeks with no hours sizes the hours to the work, but never past the hours the
      // person gave before (else the default): "roadmap for 6 weeks" was a 29 h/week plan for
      // someone working full time (trial 2026-12-06). Capped, the plan says what does not fit
      // and that the hours were assumed.
      const cap = stated ?? DEFAULT_HOURS_PER_WEEK;
      const build = (o: RoadmapOptions) =>
        current && current.analysisId === analysis.id
          ? replan(withProgress(current), analysis.result, profile, deps, o)
          : buildRoadmap(analysis.result, profile, deps, o);
      const sized = build(options);
      // No budget said now or before ("what should I learn first?" made a plan at 10 h/week with
      // no word about it, trial16 §9): the default is used and the reply asks for their hours.
      const noBudget = input.hoursPerWeek === undefined && !input.weeks && stated === undefined;
      const plan =
        input.weeks && input.hoursPerWeek === undefined && sized.hoursPerWeek > cap
          ? { ...build({ ...options, hoursPerWeek: cap }), hoursAssumed: true }
          : noBudget
            ? { ...sized, hoursAssumed: true }
            : sized;
      if (current && current.analysisId === analysis.id) {
        return view(
          await repo.replaceRoadmapPlan<Roadmap>(userId, current.id, {
            hoursPerWeek: plan.hoursPerWeek,
            weeks: plan.weeks.length,
            plan,
          }),
        );
      }
      return view(
        await repo.saveRoadmap<Roadmap>(userId, {
          analysisId: analysis.id,
          hoursPerWeek: plan.hoursPerWeek,
          weeks: plan.weeks.length,
          plan,
        }),
      );
    },

    /** The roadmap named, else the latest; undefined when the person has none. */
    async get(userId: string, roadmapId?: string): Promise<RoadmapView | undefined> {
      const stored = await find(userId, roadmapId);
      return stored ? view(stored) : undefined;
    },

    async list(userId: string, page: { limit: number; offset: number }): Promise<RoadmapView[]> {
      return (await repo.listRoadmaps<Roadmap>(userId, page.limit, page.offset)).map(view);
    },

    /** Marks a week or an item (by skill name) done, or not done with done=false. */
    async recordProgress(
      userId: string,
      roadmapId: string | undefined,
      target: ProgressTarget,
      done = true,
    ): Promise<{ view: RoadmapView; item?: string } | undefined> {
      const stored = await find(userId, roadmapId);
      if (!stored) return undefined;
      const roadmap = withProgress(stored);
      const { ids, label } = unitsFor(roadmap, target);
      // Undoing one line of an item that was marked done as a whole un-marks the whole-item mark.
      const unitItem = progressUnits(roadmap).find((u) => ids.length === 1 && u.id === ids[0])?.itemId;
      if (!done && unitItem) ids.push(unitItem);
      const item = "week" in target && target.line === undefined ? undefined : label;
      await repo.setProgress(userId, stored.id, ids, done);
      return { view: view(await repo.getRoadmap<Roadmap>(userId, stored.id)), ...(item ? { item } : {}) };
    },

    /**
     * The job a roadmap was planned for, and whether the person's target has changed since (a
     * roadmap for the old target shown as if it were current; trial 2026-12-06).
     */
    async plannedFor(
      userId: string,
      roadmap: { analysisId: string | null },
    ): Promise<{ planned?: string; target?: string; stale: boolean }> {
      const [analysis, job] = await Promise.all([
        roadmap.analysisId
          ? repo.getAnalysis<Analysis>(userId, roadmap.analysisId).catch(() => undefined)
          : undefined,
        repo.latestJob(userId),
      ]);
      const planned = analysis?.result.job.title ?? undefined;
      return {
        ...(planned ? { planned } : {}),
        ...(job?.title ? { target: job.title } : {}),
        stale: Boolean(analysis?.jobId && job && analysis.jobId !== job.id),
      };
    },

    async remove(userId: string, roadmapId: string): Promise<void> {
      if (!(await repo.deleteRoadmap(userId, roadmapId)))
        throw new CareerCraftError("not_found", `No roadmap with id ${roadmapId}.`);
    },
  };
}

export type RoadmapService = ReturnType<typeof createRoadmapService>;
