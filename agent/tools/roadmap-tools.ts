/**
 * The week-by-week roadmap: create (or replan, keeping finished work) from the latest
 * analysis with a time budget, show it, and record progress by week or item.
 */

import type { RoadmapPart } from "../../contract/conversation.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { createAnalysesRepository, type StoredRoadmap } from "../../data/repositories/analyses.ts";
import type { Analysis } from "../../tools/gap/types.ts";
import { buildRoadmap, markDone, replan } from "../../tools/roadmap/build.ts";
import type { Roadmap } from "../../tools/roadmap/types.ts";
import { analysisDeps, profilePort } from "./career-deps.ts";
import { defineTool, type ToolContext } from "./types.ts";

type Stored = StoredRoadmap<Roadmap>;

/** The stored plan with the recorded progress applied. */
function withProgress(stored: Stored): Roadmap {
  const done = new Set(Object.keys(stored.progress ?? {}));
  const items = stored.plan.items.map((i) => ({ ...i, done: i.done || done.has(i.id) }));
  const byId = new Map(items.map((i) => [i.id, i]));
  const weeks = stored.plan.weeks.map((w) => ({
    ...w,
    done: w.parts.length > 0 && w.parts.every((p) => byId.get(p.itemId)?.done),
  }));
  return { ...stored.plan, items, weeks };
}

export function roadmapPart(roadmap: Roadmap, roadmapId?: string): RoadmapPart {
  const byId = new Map(roadmap.items.map((i) => [i.id, i]));
  return {
    type: "roadmap",
    ...(roadmapId ? { roadmapId } : {}),
    title: roadmap.title,
    weeks: roadmap.weeks.map((w) => ({
      week: w.week,
      title: w.goals[0] ?? w.parts.map((p) => p.skill).join(", "),
      hours: w.hours,
      items: [
        ...w.parts.map((p) => {
          const item = byId.get(p.itemId);
          const url = item?.resources[0]?.url;
          return {
            id: p.itemId,
            text: `${p.skill}${item?.resources[0] ? ` — ${item.resources[0].title}` : ""} (${p.hours} h)`,
            done: Boolean(item?.done),
            ...(url ? { url } : {}),
          };
        }),
        ...(w.practiceTask
          ? [{ id: `week-${w.week}-practice`, text: `Practice: ${w.practiceTask}`, done: w.done }]
          : []),
      ],
      ...(w.checkpoint ? { checkpoint: w.checkpoint } : {}),
    })),
  };
}

function progressSummary(roadmap: Roadmap) {
  const total = roadmap.items.length;
  const done = roadmap.items.filter((i) => i.done).length;
  const next = roadmap.weeks.find((w) => !w.done);
  return {
    done,
    total,
    currentWeek: next
      ? { week: next.week, title: next.goals[0] ?? next.parts.map((p) => p.skill).join(", ") }
      : null,
  };
}

async function findRoadmap(ctx: ToolContext, id?: string): Promise<Stored | undefined> {
  const repo = createAnalysesRepository(ctx.db);
  const wanted = id ?? ctx.focus.roadmapId;
  return wanted ? repo.getRoadmap<Roadmap>(ctx.userId, wanted) : repo.latestRoadmap<Roadmap>(ctx.userId);
}

export const createRoadmapTool = defineTool({
  name: "create_roadmap",
  description:
    "Build a week-by-week plan that closes the gaps of the latest analysis, for a time budget (hours per week, default 10, and/or a number of weeks). Replanning keeps finished work.",
  async run(args, ctx) {
    const repo = createAnalysesRepository(ctx.db);
    const analysisId = args.analysisId ?? ctx.focus.analysisId;
    const analysis = analysisId
      ? await repo.getAnalysis<Analysis>(ctx.userId, analysisId)
      : await repo.latestAnalysis<Analysis>(ctx.userId);
    if (!analysis) return { result: { needs: "analysis" } };
    const profile = await profilePort(ctx.db).snapshot(ctx.userId);
    const deps = await analysisDeps();
    const options = {
      ...(args.hoursPerWeek ? { hoursPerWeek: args.hoursPerWeek } : {}),
      ...(args.weeks ? { weeks: args.weeks } : {}),
    };
    // Same analysis, new budget: replan the existing roadmap so finished work stays finished.
    const current = ctx.focus.roadmapId ? await findRoadmap(ctx) : undefined;
    let stored: Stored;
    if (current && current.analysisId === analysis.id) {
      const plan = replan(withProgress(current), analysis.result, profile, deps, options);
      stored = await repo.replaceRoadmapPlan(ctx.userId, current.id, {
        hoursPerWeek: plan.hoursPerWeek,
        weeks: plan.weeks.length,
        plan,
      });
    } else {
      const plan = buildRoadmap(analysis.result, profile, deps, options);
      stored = await repo.saveRoadmap(ctx.userId, {
        analysisId: analysis.id,
        hoursPerWeek: plan.hoursPerWeek,
        weeks: plan.weeks.length,
        plan,
      });
    }
    const roadmap = withProgress(stored);
    return {
      result: {
        roadmapId: stored.id,
        weeks: roadmap.weeks.length,
        hoursPerWeek: roadmap.hoursPerWeek,
        fits: roadmap.fits,
        ...(roadmap.targetWeeks !== undefined ? { targetWeeks: roadmap.targetWeeks } : {}),
        cut: roadmap.cut.map((c) => c.skill),
        overflow: (roadmap.overflow ?? []).map((c) => c.skill),
        focusSkills: [...new Set(roadmap.items.filter((i) => i.kind === "gap").map((i) => i.skill))].slice(
          0,
          5,
        ),
        message: roadmap.message,
        ...progressSummary(roadmap),
      },
      parts: roadmap.weeks.length ? [roadmapPart(roadmap, stored.id)] : [],
      focus: { roadmapId: stored.id, analysisId: analysis.id },
    };
  },
});

export const showRoadmapTool = defineTool({
  name: "show_roadmap",
  description: "Show the current roadmap with what is done and what is next.",
  async run(args, ctx) {
    const stored = await findRoadmap(ctx, args.roadmapId);
    if (!stored) return { result: { needs: "roadmap" } };
    const roadmap = withProgress(stored);
    return {
      result: { roadmapId: stored.id, weeks: roadmap.weeks.length, ...progressSummary(roadmap) },
      parts: [roadmapPart(roadmap, stored.id)],
      focus: { roadmapId: stored.id },
    };
  },
});

export const recordProgressTool = defineTool({
  name: "record_progress",
  description:
    "Mark a roadmap week, or one item (by skill or task name, or exact item id), as done (or not done).",
  async run(args, ctx) {
    const stored = await findRoadmap(ctx, args.roadmapId);
    if (!stored) return { result: { needs: "roadmap" } };
    const roadmap = withProgress(stored);
    let ids: string[];
    let itemLabel: string | undefined;
    const done = args.done ?? true;
    if (args.itemId !== undefined) {
      // A button names the item exactly; an id not on this roadmap is refused, never guessed.
      const item = roadmap.items.find((i) => i.id === args.itemId);
      const practiceWeek = /^week-(\d+)-practice$/.exec(args.itemId)?.[1];
      if (item) {
        ids = [item.id];
        itemLabel = item.skill;
      } else if (practiceWeek && roadmap.weeks.some((w) => w.week === Number(practiceWeek))) {
        ids = markDone(roadmap, { week: Number(practiceWeek) })
          .weeks.find((w) => w.week === Number(practiceWeek))!
          .parts.map((p) => p.itemId);
        itemLabel = `week ${practiceWeek} practice`;
      } else
        throw new CareerCraftError(
          "not_found",
          'That item is not on your roadmap (it may have been replanned). Say "show my roadmap" for the current one.',
        );
    } else if (args.week !== undefined) {
      ids = markDone(roadmap, { week: args.week })
        .weeks.find((w) => w.week === args.week)!
        .parts.map((p) => p.itemId);
    } else if (args.item) {
      const wanted = args.item.toLowerCase();
      const item =
        roadmap.items.find((i) => i.skill.toLowerCase() === wanted) ??
        roadmap.items.find(
          (i) => wanted.includes(i.skill.toLowerCase()) || i.skill.toLowerCase().includes(wanted),
        );
      if (!item)
        throw new CareerCraftError(
          "not_found",
          `"${args.item.slice(0, 60)}" is not on your roadmap. Say "show my roadmap" to see the items, or "finished week 1".`,
        );
      ids = [item.id];
      itemLabel = item.skill;
    } else
      throw new CareerCraftError(
        "validation",
        'Tell me which week or item you finished, e.g. "finished week 1".',
      );
    const repo = createAnalysesRepository(ctx.db);
    await repo.setProgress(ctx.userId, stored.id, ids, done);
    const updated = withProgress(await repo.getRoadmap<Roadmap>(ctx.userId, stored.id));
    const summary = progressSummary(updated);
    return {
      result: {
        roadmapId: stored.id,
        week: args.week ?? null,
        item: itemLabel ?? null,
        ...(done ? {} : { undone: true }),
        done: summary.done,
        total: summary.total,
        nextWeek: summary.currentWeek,
      },
      parts: [roadmapPart(updated, stored.id)],
      focus: { roadmapId: stored.id },
    };
  },
});
