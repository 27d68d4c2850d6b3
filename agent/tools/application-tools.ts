/**
 * Job applications from chat: add, move through the workflow, list, stats with charts,
 * delete. An application can be named by company ("Google rejected me"): the most
 * recent open application at that company is the one meant.
 */

import type { ActionButton, ListPart } from "../../contract/conversation.ts";
import { CareerCraftError } from "../../data/errors.ts";
import type { ApplicationRecord } from "../../data/repositories/application-records.ts";
import { saysHour } from "../../tools/applications/dates.ts";
import type { ApplicationsContext } from "../../tools/applications/index.ts";
import {
  addApplication,
  applicationStatsWithCharts,
  applicationsContextFor,
  changeOrTakeBack,
  deleteApplication,
  getApplication,
  listApplications,
  nextStatus,
  STATUS_LABELS,
} from "../../tools/applications/index.ts";
import { stageNameFor, stageNames } from "../../tools/applications/interview-kind.ts";
import { chosenInterviewLead } from "../../tools/applications/kept-lead.ts";
import { interviewWhen, moveWithInterview } from "./interview-when.ts";
import { firstPage, PAGE_SIZE, withMoreReplies } from "./list-pages.ts";
import { defineTool, type ToolContext } from "./types.ts";
import { logFromNews, logsUntracked } from "./untracked-news.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLOSED = new Set(["accepted", "rejected", "withdrawn"]);

export function appsContext(ctx: ToolContext): ApplicationsContext {
  return applicationsContextFor(ctx.db, ctx.userId, {
    followUpDays: ctx.config.applications.followUpDays,
    ...(ctx.timeZone ? { timeZone: ctx.timeZone } : {}),
    ...(ctx.queue ? { queue: ctx.queue } : {}),
  });
}

/** An id, or a company name matched against the person's own applications. */
export async function resolveApplication(ctx: ApplicationsContext, ref: string): Promise<ApplicationRecord> {
  // An id (a button, the REST API) names one application exactly: a missing or someone
  // else's id is not found, never replaced by a guess from the company names.
  if (UUID.test(ref.trim())) return (await getApplication(ctx, ref.trim())).application;
  const { items } = await listApplications(ctx, { search: ref.trim().slice(0, 200), limit: 50 });
  const wanted = ref.trim().toLowerCase();
  const byCompany = items.filter(
    (a) => a.company.toLowerCase() === wanted || a.company.toLowerCase().includes(wanted),
  );
  const candidates = byCompany.length ? byCompany : items;
  const open = candidates.filter((a) => !CLOSED.has(a.status));
  const chosen = (open.length ? open : candidates).sort(
    (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime(),
  )[0];
  if (!chosen)
    throw new CareerCraftError(
      "not_found",
      // Often news about an application never logged ("and Salesforce, they gave me a phone
      // screen"): say how to log it, in words that work when typed.
      `I don't track an application to "${ref.slice(0, 80)}" yet. To log it, say "I applied to ${ref.trim().slice(0, 80)}" (with the role and date if you like); "show my applications" lists the ones I track.`,
    );
  return chosen;
}

const label = (s: string) => STATUS_LABELS[s as keyof typeof STATUS_LABELS] ?? s;
/** `stage`: the stage's name for the role when it differs by field ("Practical interview", interview-kind.ts). */
export const summary = (a: ApplicationRecord, timeZone?: string, stage?: string) => {
  const interview = interviewWhen(a, timeZone);
  return {
    id: a.id,
    company: a.company,
    position: a.position,
    status: a.status,
    appliedOn: a.appliedOn,
    ...(interview ? { interview } : {}),
    ...(stage ? { stage } : {}),
  };
};

/** Buttons on a listed open application: the stage it normally reaches next, and "Rejected". */
function statusButtons(a: ApplicationRecord): ActionButton[] {
  if (CLOSED.has(a.status)) return [];
  const move = (status: ApplicationRecord["status"], text: string, style: "primary" | "danger") => ({
    label: text,
    action: { type: "application_status" as const, applicationId: a.id, status },
    style,
  });
  const next = nextStatus(a.status);
  return [
    ...(next ? [move(next, `Next: ${label(next)}`, "primary" as const)] : []),
    ...(a.status === "saved" ? [] : [move("rejected", "Rejected", "danger" as const)]),
  ];
}

export function listPart(
  items: ApplicationRecord[],
  title: string,
  timeZone?: string,
  stages?: ReadonlyMap<string, string>,
): ListPart {
  return {
    type: "list",
    title,
    items: items.map((a) => {
      const actions = statusButtons(a);
      return {
        id: a.id,
        text: `${a.position} — ${a.company}`,
        detail: `${stages?.get(a.id) ?? label(a.status)}${interviewWhen(a, timeZone) ? `, interview ${interviewWhen(a, timeZone)}` : ""}${a.appliedOn ? `, applied ${a.appliedOn}` : ""}`,
        ...(a.link ? { url: a.link } : {}),
        ...(actions.length ? { actions } : {}),
      };
    }),
  };
}

/**
 * The jobs kept for later ("bookmark this job: …" saves one as an application with status saved),
 * shown beside the bookmarked questions: "show my bookmarks" listed only questions (trial19 §12).
 */
export async function savedJobs(ctx: ToolContext): Promise<{ total: number; part?: ListPart }> {
  const { items, total } = await listApplications(appsContext(ctx), { status: "saved", limit: PAGE_SIZE });
  return { total, ...(items.length ? { part: listPart(items, "Your saved jobs", ctx.timeZone) } : {}) };
}

export const addApplicationTool = defineTool({
  name: "add_application",
  description:
    "Track a job application: company, position, optional status and the day applied ('yesterday' works).",
  async run(args, ctx) {
    const actx = appsContext(ctx);
    try {
      const app = await addApplication(actx, {
        company: args.company,
        position: args.position,
        status: args.status,
        appliedOn: args.appliedOn,
        ...(args.link ? { link: args.link } : {}),
      });
      return { result: summary(app) };
    } catch (error) {
      // Logged already (the same message twice): said as news, with where it stands.
      const twin = twinOf(error);
      if (!twin) throw error;
      return { result: { ...summary((await getApplication(actx, twin)).application), alreadyTracked: true } };
    }
  },
});

/** The application a refused duplicate already is (tools/applications/service.ts refuseDuplicate). */
function twinOf(error: unknown): string | undefined {
  if (!(error instanceof CareerCraftError) || error.code !== "conflict") return undefined;
  const id = (error.details as { applicationId?: unknown } | undefined)?.applicationId;
  return typeof id === "string" ? id : undefined;
}

/** The names of the stages moved between, for the role applied to ("applied → practical interview"). */
async function stagesSaid(app: ApplicationRecord, to: ApplicationRecord["status"]) {
  return {
    fromStage: await stageNameFor(app.status, app.position),
    toStage: await stageNameFor(to, app.position),
  };
}

export const updateApplicationStatusTool = defineTool({
  name: "update_application_status",
  description:
    "Move an application (by id or company name) to a new status; impossible transitions are refused with the reason.",
  async run(args, ctx) {
    const actx = appsContext(ctx);
    let app: ApplicationRecord;
    try {
      app = await resolveApplication(actx, args.application);
    } catch (error) {
      // An interview or an offer at a company not tracked yet: logged at that stage.
      if (!logsUntracked(error, args.application, args.status)) throw error;
      const logged = await logFromNews(actx, args.application, args.status, args.interviewAt, ctx.timeZone);
      return {
        result: { ...logged, toStage: args.stageSaid ?? (await stageNameFor(logged.to, logged.position)) },
      };
    }
    const was = { id: app.id, company: app.company, position: app.position, from: app.status };
    // "they invited me to an interview next thursday!": the day is kept with the move.
    if (args.interviewAt) {
      const moved = await moveWithInterview(actx, app, args.status, args.interviewAt);
      const interview = interviewWhen(moved, ctx.timeZone);
      const lead = interview ? await chosenInterviewLead(actx, moved.id) : undefined;
      const when = interview
        ? {
            interview,
            // A moved interview with no hour said keeps the hour it had (interview-hour-kept.ts):
            // not "I put it at 09:00".
            hourSaid: saysHour(args.interviewAt) || Boolean(app.interviewAt),
            ...(lead ? { lead } : {}),
          }
        : {};
      const stages = await stagesSaid(app, moved.status);
      // "online assessment friday": the round named as the person named it.
      const toStage = args.stageSaid && moved.status !== app.status ? args.stageSaid : stages.toStage;
      return { result: { ...was, to: moved.status, ...stages, toStage, ...when } };
    }
    const change = await changeOrTakeBack(actx, app, args.status);
    const to = change.application.status;
    return {
      result: { ...was, to, ...(await stagesSaid(app, to)), ...(change.undone ? { undone: true } : {}) },
    };
  },
});

export const listApplicationsTool = defineTool({
  name: "list_applications",
  description:
    "List the person's applications, optionally only one status or one company ('status of my Stripe application').",
  async run(args, ctx) {
    const { items, total } = await listApplications(appsContext(ctx), {
      status: args.status,
      ...(args.company ? { search: args.company } : {}),
      limit: PAGE_SIZE,
    });
    const title = args.status ? `${label(args.status)} applications` : "Your applications";
    const stages = await stageNames(items);
    const page = firstPage(
      { kind: "applications", title, total, status: args.status, company: args.company },
      items.length,
    );
    return {
      result: {
        count: total,
        shown: items.length,
        status: args.status ?? null,
        company: args.company ?? null,
        applications: items.map((a) => summary(a, ctx.timeZone, stages.get(a.id))),
      },
      parts: items.length
        ? withMoreReplies([listPart(items, title, ctx.timeZone, stages)], items.length, total, "applications")
        : [],
      focus: { page },
    };
  },
});

export const applicationStatsTool = defineTool({
  name: "application_stats",
  description:
    "Job-search analytics: counts per status, response/interview/offer rates, funnel and weekly volume charts.",
  async run(_args, ctx) {
    const { analytics: a, charts } = await applicationStatsWithCharts(appsContext(ctx));
    const pct = (x: number | null) => (x === null ? null : Math.round(x * 100));
    return {
      result: {
        total: a.total,
        submitted: a.submitted,
        responseRate: pct(a.responseRate),
        interviewRate: pct(a.interviewRate),
        offerRate: pct(a.offerRate),
        medianDaysToFirstResponse: a.medianDaysToFirstResponse,
        insights: a.insights.slice(0, 3),
      },
      parts: a.total ? charts : [],
    };
  },
});

export const deleteApplicationTool = defineTool({
  name: "delete_application",
  description: "Delete one application (by id or company name) with its history and reminders.",
  async run(args, ctx) {
    const actx = appsContext(ctx);
    const app = await resolveApplication(actx, args.application);
    const deleted = await deleteApplication(actx, app.id);
    return { result: { company: deleted.company, position: deleted.position } };
  },
});
