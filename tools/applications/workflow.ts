/**
 * Moving an application through the hiring process: status changes that follow the
 * workflow (each one timestamped in the history), undoing a mistaken change, and
 * linking the analysis of the same job.
 */
import { CareerCraftError, notFound, validationError } from "../../data/errors.ts";
import type { ApplicationRecord, StatusEventRecord } from "../../data/repositories/application-records.ts";
import {
  type ApplicationsContext,
  nowOf,
  planOptions,
  requireApplication,
  requireUser,
  todayOf,
} from "./context.ts";
import { armAll, syncReminders } from "./reminders.ts";
import { resolveInterviewAt } from "./service.ts";
import {
  type ApplicationStatus,
  assertTransition,
  INTERVIEW_STAGES,
  isOpen,
  parseStatus,
  STATUS_LABELS,
  transitionRefusal,
} from "./status.ts";

export interface StatusChangeOptions {
  note?: string;
  /** When the interview of the new stage takes place ("Thursday 2pm" or a Date). */
  interviewAt?: Date | string | null;
}

export interface StatusChange {
  application: ApplicationRecord;
  event: StatusEventRecord;
}

const MAX_NOTE = 1_000;

export async function changeStatus(
  ctx: ApplicationsContext,
  id: string,
  statusText: string,
  options: StatusChangeOptions = {},
): Promise<StatusChange> {
  if (typeof statusText !== "string") throw validationError("The status must be text.", { field: "status" });
  const to = parseStatus(statusText);
  if (options.note !== undefined && options.note !== null && typeof options.note !== "string") {
    throw validationError("The note must be text.", { field: "note" });
  }
  const note = options.note?.trim() || null;
  if (note && note.length > MAX_NOTE) {
    throw validationError(`The note is too long (at most ${MAX_NOTE} characters).`, { field: "note" });
  }
  if (options.interviewAt && !INTERVIEW_STAGES.includes(to)) {
    throw validationError(
      `An interview time only fits an interview stage, not ${STATUS_LABELS[to].toLowerCase()}.`,
      {
        field: "interviewAt",
      },
    );
  }
  const newInterviewAt = options.interviewAt ? resolveInterviewAt(ctx, options.interviewAt) : undefined;
  await requireUser(ctx);
  const now = nowOf(ctx);
  const result = await ctx.store.transaction(async (repos) => {
    const current = await requireApplication(repos, ctx, id, { forUpdate: true });
    assertTransition(current.status, to);
    // Leaving "saved" for anything but withdrawing means it was sent: today, unless known.
    const appliedOn =
      current.appliedOn ?? (current.status === "saved" && to !== "withdrawn" ? todayOf(ctx) : null);
    const interviewAt =
      newInterviewAt ??
      // A scheduled interview still ahead stays while the application is open; a past one is history.
      (isOpen(to) && to !== "offer" && current.interviewAt && current.interviewAt.getTime() > now.getTime()
        ? current.interviewAt
        : null);
    const event = await repos.applications.insertEvent(
      ctx.userId,
      current.id,
      current.status,
      to,
      note,
      now,
      current.interviewAt,
    );
    const application = (await repos.applications.setStatus(ctx.userId, current.id, {
      status: to,
      appliedOn,
      interviewAt,
    }))!;
    return { application, event, toArm: await syncReminders(repos, application, planOptions(ctx)) };
  });
  await armAll(ctx.scheduler, result.toArm, now);
  return { application: result.application, event: result.event };
}

/**
 * Takes back the latest status change (a mis-click, a wrong stage). The change stays in
 * the history marked undone, and analytics stop counting it.
 */
export async function undoLastStatusChange(ctx: ApplicationsContext, id: string): Promise<StatusChange> {
  await requireUser(ctx);
  const result = await ctx.store.transaction(async (repos) => {
    const current = await requireApplication(repos, ctx, id, { forUpdate: true });
    const history = await repos.applications.events(ctx.userId, current.id);
    const last = history.filter((e) => e.undoneAt === null).at(-1);
    if (!last || last.fromStatus === null) {
      throw new CareerCraftError("conflict", "There is no status change to undo on this application.");
    }
    await repos.applications.markEventUndone(ctx.userId, last.id, nowOf(ctx));
    const restored = last.fromStatus;
    const application = (await repos.applications.setStatus(ctx.userId, current.id, {
      status: restored,
      appliedOn: restored === "saved" ? null : current.appliedOn,
      // The interview the change cleared ("rejected" after a phone screen) comes back with its stage.
      interviewAt: last.interviewBefore ?? current.interviewAt,
    }))!;
    const event = { ...last, undoneAt: nowOf(ctx) };
    return { application, event, toArm: await syncReminders(repos, application, planOptions(ctx)) };
  });
  await armAll(ctx.scheduler, result.toArm, nowOf(ctx));
  return { application: result.application, event: result.event };
}

/**
 * "No, I meant Microsoft": the move just made on the wrong application goes back. A move
 * the workflow refuses (phone screen -> applied) that only reverses the latest change on
 * this application is that change taken back; any other move is checked as usual.
 */
export async function changeOrTakeBack(
  ctx: ApplicationsContext,
  current: { id: string; status: ApplicationStatus },
  toText: string,
): Promise<StatusChange & { undone: boolean }> {
  const to = parseStatus(toText);
  if (to && transitionRefusal(current.status, to)) {
    const history = await ctx.store.applications.events(ctx.userId, current.id);
    const last = history.filter((e) => e.undoneAt === null).at(-1);
    if (last && last.fromStatus === to && last.toStatus === current.status)
      return { ...(await undoLastStatusChange(ctx, current.id)), undone: true };
  }
  return { ...(await changeStatus(ctx, current.id, toText)), undone: false };
}

/**
 * Links the analysis of this job (made by the gap tool) to the application, or unlinks
 * with null. Only the person's own analyses can be linked.
 */
export async function linkAnalysis(
  ctx: ApplicationsContext,
  id: string,
  analysisId: string | null,
): Promise<ApplicationRecord> {
  await requireUser(ctx);
  return ctx.store.transaction(async (repos) => {
    const app = await requireApplication(repos, ctx, id, { forUpdate: true });
    if (analysisId !== null) {
      const analysis = await repos.applications.findAnalysis(ctx.userId, String(analysisId));
      if (!analysis) throw notFound(`Analysis "${String(analysisId).slice(0, 80)}"`);
    }
    return (await repos.applications.setAnalysis(ctx.userId, app.id, analysisId))!;
  });
}

/** Runs a gap analysis of a job for a person and stores it (the gap tool's run-and-store). */
export type AnalyzeJob = (
  userId: string,
  job: { text: string; title: string; company: string },
) => Promise<{ analysisId: string }>;

/**
 * "Analyse this application": analyses the job description saved with the application
 * and links the result, so analytics can compare readiness with answers.
 */
export async function analyseApplication(
  ctx: ApplicationsContext,
  id: string,
  analyzeJob: AnalyzeJob,
): Promise<{ application: ApplicationRecord; analysisId: string }> {
  await requireUser(ctx);
  const app = await requireApplication(ctx.store, ctx, id);
  if (!app.jobDescription) {
    throw validationError(
      `There is no job description saved for ${app.position} at ${app.company}. Paste the job ad (or add it to the application) and ask again.`,
      { field: "jobDescription" },
    );
  }
  const { analysisId } = await analyzeJob(ctx.userId, {
    text: app.jobDescription,
    title: app.position,
    company: app.company,
  });
  return { application: await linkAnalysis(ctx, app.id, analysisId), analysisId };
}
