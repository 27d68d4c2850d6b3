/**
 * One reader per kind of long list: the items [from, to) of the list a page state names,
 * read through the same services and drawn with the same cards as the tool that listed it
 * first. Questions are kept by id (the next page is the same ranking); the other lists are
 * read again, so an item removed since is simply not there and `total` says how many are left.
 */

import type { ReplyPart } from "../../contract/conversation.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { listApplications } from "../../tools/applications/index.ts";
import { stageNames } from "../../tools/applications/interview-kind.ts";
import type { Analysis } from "../../tools/gap/types.ts";
import { interviewsFor } from "../../tools/interviews/service.ts";
import { allUpcomingReminders } from "../../tools/reminders/index.ts";
import type { ListKind, ListPage } from "../graph/focus.ts";
import { gapList, gapsInOrder } from "./analysis-parts.ts";
import { appsContext, listPart, summary } from "./application-tools.ts";
import { brief, questionList } from "./interview-tools.ts";
import { reminderBrief, reminderList } from "./reminder-tools.ts";
import type { ToolResults } from "./results.ts";
import { skillsList } from "./skills-tools.ts";
import type { FocusUpdate, ToolContext } from "./types.ts";

/** What a page shows: its items for the model, its card, and the list's total as read now. */
export interface PageOf {
  count: number;
  total: number;
  items: Omit<ToolResults["show_more"], "kind" | "count" | "from" | "to" | "total">;
  parts: ReplyPart[];
  /** Dialogue state the page points into ("bookmark the 7th", "remove the last one"). */
  focus?: FocusUpdate;
}

type Reader = (page: ListPage, from: number, to: number, ctx: ToolContext) => Promise<PageOf>;

const questions: Reader = async (page, from, to, ctx) => {
  const ic = await interviewsFor(ctx.db, ctx.config);
  const who = await ic.asker(ctx.userId);
  const ids = page.ids ?? [];
  // A question deleted since (an organization's import removed) is skipped, not an error.
  const found = await ic.questions.getMany(ids.slice(from, to), who.organizationId);
  return {
    count: found.length,
    total: ids.length,
    items: { questions: found.map(brief) },
    parts: found.length ? [questionList(page.title, found)] : [],
    // Positions count over the list as shown so far, so "the 7th" after page 2 is the 7th.
    focus: { questionIds: ids.slice(0, to) },
  };
};

const applications: Reader = async (page, from, to, ctx) => {
  const { items, total } = await listApplications(appsContext(ctx), {
    status: page.status,
    ...(page.company ? { search: page.company } : {}),
    limit: to - from,
    offset: from,
  });
  const stages = await stageNames(items);
  return {
    count: items.length,
    total,
    items: { applications: items.map((a) => summary(a, ctx.timeZone, stages.get(a.id))) },
    parts: items.length ? [listPart(items, page.title, ctx.timeZone, stages)] : [],
    focus: items.length ? { applications: items.map((a) => a.company) } : {},
  };
};

const skills: Reader = async (_page, from, to, ctx) => {
  const all = await createProfileRepository(ctx.db).listSkills(ctx.userId);
  const shown = all.slice(from, to);
  return {
    count: shown.length,
    total: all.length,
    items: {
      skills: shown.map((s) => ({ name: s.name, proficiency: s.proficiency, validated: s.validated })),
    },
    parts: shown.length ? [skillsList(shown, all.length)] : [],
    // "remove the last one" after a page is the last one on it.
    focus: shown.length ? { skillsListed: shown.map((s) => s.name) } : {},
  };
};

const reminders: Reader = async (page, from, to, ctx) => {
  const all = await allUpcomingReminders(
    appsContext(ctx),
    page.withinDays ? { withinDays: page.withinDays } : {},
  );
  const shown = all.slice(from, to);
  return {
    count: shown.length,
    total: all.length,
    items: { reminders: shown.map((r) => reminderBrief(r, ctx)) },
    parts: shown.length ? [await reminderList(shown, ctx, page.title)] : [],
  };
};

const gaps: Reader = async (page, from, to, ctx) => {
  const repo = createAnalysesRepository(ctx.db);
  const stored = page.analysisId
    ? await repo.getAnalysis<Analysis>(ctx.userId, page.analysisId)
    : await repo.latestAnalysis<Analysis>(ctx.userId);
  const all = stored ? gapsInOrder(stored.result) : [];
  const shown = all.slice(from, to);
  return {
    count: shown.length,
    total: all.length,
    items: { gaps: shown.map((g) => ({ skill: g.skill, severity: g.severity, kind: g.kind })) },
    parts: stored && shown.length ? [gapList(stored.result, from, to)] : [],
    // "the second one" after a page of gaps is the second on it.
    focus: shown.length ? { gaps: shown.map((g) => g.skill) } : {},
  };
};

export const PAGE_READERS: Record<ListKind, Reader> = { questions, applications, skills, reminders, gaps };
