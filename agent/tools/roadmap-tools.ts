/**
 * The week-by-week roadmap: create (or replan, keeping finished work) from the latest
 * analysis with a time budget, show it, and record progress by week or item.
 */

import type { RoadmapPart } from "../../contract/conversation.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { createAnalysisService } from "../../tools/gap/service.ts";
import { partUnitId, practiceUnitId } from "../../tools/roadmap/progress.ts";
import { createRoadmapService, type RoadmapView, weekSummary } from "../../tools/roadmap/service.ts";
import type { Roadmap, RoadmapResource } from "../../tools/roadmap/types.ts";
import { freshAnalysisId } from "./fresh-analysis.ts";
import { planCovers } from "./plan-covers.ts";
import { defineTool, type ToolContext } from "./types.ts";

/**
 * The roadmap card: one line per item part of a week and one per practice task, each with the
 * id of exactly that line (a button marks that line, not the whole item), counted as the
 * replies count them (tools/roadmap/progress.ts).
 */
export function roadmapPart(roadmap: Roadmap, roadmapId?: string, focusWeek?: number): RoadmapPart {
  const focused = focusWeek !== undefined && roadmap.weeks.some((w) => w.week === focusWeek);
  return {
    type: "roadmap",
    ...(roadmapId ? { roadmapId } : {}),
    title: roadmap.title,
    ...(focused ? { focusWeek } : {}),
    weeks: roadmap.weeks.map((w) => ({
      week: w.week,
      title: w.goals[0] ?? w.parts.map((p) => p.skill).join(", "),
      hours: w.hours,
      items: [
        ...w.parts.map((p) => {
          const [resource, ...next] = p.resources ?? [];
          return {
            id: partUnitId(w.week, p.itemId),
            text: `${p.skill}${resource ? ` — ${resourceText(resource)}${next.map((r) => `; then ${resourceText(r)} ${r.url}`).join("")}` : p.note ? ` — ${p.note}` : " — practice"} (${p.hours} h)`,
            done: Boolean(p.done),
            ...(resource ? { url: resource.url } : {}),
          };
        }),
        ...(w.practiceTask
          ? [
              {
                id: practiceUnitId(w.week),
                text: `Practice: ${w.practiceTask}`,
                done: Boolean(w.practiceDone),
              },
            ]
          : []),
      ],
      ...(w.checkpoint ? { checkpoint: w.checkpoint } : {}),
    })),
  };
}

/**
 * A resource on a card line. A week that finishes one course and starts the next names both
 * (the line's link is the first; the next one's is written out): showing only the first hid
 * week 1 of the next course, which then appeared as "week 2 of 4, continue where you left off".
 */
const resourceText = (r: RoadmapResource) => `${r.title}${r.note ? ` (${r.note})` : ""}`;

const replanOffered = (target: string) => ({
  type: "quickReplies" as const,
  options: [{ id: "roadmap-new-target", label: `Roadmap for ${target}`, text: "make me a roadmap" }],
});

const shown = (v: RoadmapView) => ({ roadmapId: v.id, weeks: v.roadmap.weeks.length, ...v.progress });

/** "what's in week 3?": that week, or null when the roadmap is shorter (the reply says how long it is). */
const weekAsked = (v: RoadmapView, week: number | undefined) =>
  week === undefined ? {} : { shownWeek: weekSummary(v.roadmap, week), askedWeek: week };

/**
 * "make me a roadmap" right after a new target: the target in focus has no analysis yet (a
 * new target clears it), and the latest analysis is another job's. Analyse the target first
 * so the plan closes its gaps; with no target in focus the latest analysis stands.
 */
async function analysedTarget(ctx: ToolContext): Promise<{ id?: string; needs?: "profile" | "job" }> {
  if (!ctx.focus.jobId) return {};
  const outcome = await createAnalysisService(ctx.db).analyzeJob(ctx.userId, ctx.focus.jobId);
  return outcome.ok ? { id: outcome.stored.id } : { needs: outcome.needs };
}

export const createRoadmapTool = defineTool({
  name: "create_roadmap",
  description:
    "Build a week-by-week plan that closes the gaps of the latest analysis, for a time budget (hours per week, default 10, and/or a number of weeks). Replanning keeps finished work.",
  async run(args, ctx) {
    const target = args.analysisId || ctx.focus.analysisId ? {} : await analysedTarget(ctx);
    // A resume read after the analysis: the plan closes the gaps the profile has now (trial16 §9).
    const analysisId = await freshAnalysisId(ctx, args.analysisId ?? ctx.focus.analysisId ?? target.id);
    // The job is set and nothing is known of the person: that is what to ask for, not a job
    // (lead26 trial: "make a plan" after "I want to move into UX design" said "Tell me the job you want").
    if (target.needs === "profile") return { result: { needs: "profile" }, focus: { awaiting: "resume" } };
    if (!analysisId && ctx.focus.jobId) return { result: { needs: "analysis" } };
    const roadmaps = createRoadmapService(ctx.db);
    // No budget said: the service keeps the hours a week of the roadmap in focus, else the latest.
    const created = await roadmaps.create(ctx.userId, {
      analysisId,
      // Same analysis, new budget: the roadmap in focus is replanned so finished work stays finished.
      replanRoadmapId: ctx.focus.roadmapId,
      ...(args.hoursPerWeek ? { hoursPerWeek: args.hoursPerWeek } : {}),
      ...(args.weeks ? { weeks: args.weeks } : {}),
    });
    if (!created) return { result: { needs: "analysis" } };
    const roadmap = created.roadmap;
    return {
      result: {
        roadmapId: created.id,
        weeks: roadmap.weeks.length,
        hoursPerWeek: roadmap.hoursPerWeek,
        fits: roadmap.fits,
        ...(roadmap.targetWeeks !== undefined ? { targetWeeks: roadmap.targetWeeks } : {}),
        ...(roadmap.horizonWeeks !== undefined ? { horizonWeeks: roadmap.horizonWeeks } : {}),
        ...(roadmap.hoursAssumed ? { hoursAssumed: true } : {}),
        // A degree or licence: this plan holds its first step; the whole takes years.
        longTerm: roadmap.items
          .filter((i) => i.kind === "credential" && i.duration && !i.done)
          .map((i) => ({ skill: i.skill, duration: i.duration })),
        cut: roadmap.cut.map((c) => c.skill),
        overflow: (roadmap.overflow ?? []).map((c) => c.skill),
        // What the weeks hold, in their order: duties and skills alike (plan-covers.ts).
        focusSkills: planCovers(roadmap),
        message: roadmap.message,
        ...created.progress,
      },
      parts: roadmap.weeks.length ? [roadmapPart(roadmap, created.id)] : [],
      focus: { roadmapId: created.id, analysisId: created.analysisId ?? undefined },
    };
  },
});

export const showRoadmapTool = defineTool({
  name: "show_roadmap",
  description:
    "Show the current roadmap with what is done and what is next, or one week of it (week: its number).",
  async run(args, ctx) {
    const roadmaps = createRoadmapService(ctx.db);
    const found = await roadmaps.get(ctx.userId, args.roadmapId ?? ctx.focus.roadmapId);
    if (!found) return { result: { needs: "roadmap" } };
    // A roadmap for the target before the last change says so and offers one for the new target.
    const of = await roadmaps.plannedFor(ctx.userId, found);
    const old = of.stale && of.planned && of.target ? { planned: of.planned, target: of.target } : undefined;
    return {
      result: { ...shown(found), ...weekAsked(found, args.week), ...(old ? { oldTarget: old } : {}) },
      // "show week 2": the card opens at week 2 (it showed weeks 1-4 again).
      parts: [roadmapPart(found.roadmap, found.id, args.week), ...(old ? [replanOffered(old.target)] : [])],
      focus: { roadmapId: found.id },
    };
  },
});

export const recordProgressTool = defineTool({
  name: "record_progress",
  description:
    "Mark a roadmap week (only that week's lines), one item (by skill or task name: all its lines), or one line by its exact id (a button), as done (or not done).",
  async run(args, ctx) {
    const roadmaps = createRoadmapService(ctx.db);
    const roadmapId = args.roadmapId ?? ctx.focus.roadmapId;
    // "ticked off item 2" with no week said or in focus: a line of the week being worked on.
    const week =
      args.week ??
      (args.line !== undefined
        ? (await roadmaps.get(ctx.userId, roadmapId))?.progress.currentWeek?.week
        : undefined);
    // A button names the item exactly (itemId): an id not on this roadmap is refused, never guessed.
    const target =
      args.itemId !== undefined
        ? { itemId: args.itemId }
        : week !== undefined
          ? { week, ...(args.line !== undefined ? { line: args.line } : {}) }
          : args.item
            ? { item: args.item }
            : undefined;
    const done = args.done ?? true;
    if (!target)
      throw new CareerCraftError(
        "validation",
        'Tell me which week or item you finished, e.g. "finished week 1".',
      );
    const recorded = await roadmaps.recordProgress(ctx.userId, roadmapId, target, done);
    if (!recorded) return { result: { needs: "roadmap" } };
    const updated = recorded.view;
    return {
      result: {
        roadmapId: updated.id,
        // One line of a week is an item of it, not the week: the reply names the line.
        week: args.line === undefined ? (args.week ?? null) : null,
        item: recorded.item ?? null,
        ...(done ? {} : { undone: true }),
        done: updated.progress.done,
        total: updated.progress.total,
        nextWeek: updated.progress.currentWeek,
      },
      // The card is about the week ticked (or, for an item, the week being worked on): the CLI
      // draws that week and the next, not the whole plan again (trial18 §4).
      parts: [roadmapPart(updated.roadmap, updated.id, week ?? updated.progress.currentWeek?.week)],
      focus: { roadmapId: updated.id },
    };
  },
});
