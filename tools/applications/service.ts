/**
 * Adding, editing, listing and deleting applications. Each write validates everything
 * first, then stores the application, its history and its reminders in one transaction,
 * so a refused request changes nothing.
 */
import { CareerCraftError, validationError } from "../../data/errors.ts";
import type {
  ApplicationFields,
  ApplicationRecord,
  ReminderRecord,
  StatusEventRecord,
} from "../../data/repositories/application-records.ts";
import { type ApplicationsContext, nowOf, planOptions, requireApplication, requireUser } from "./context.ts";
import { parseFutureInstant, parsePastDay } from "./dates.ts";
import {
  type ApplicationChangesInput,
  applicationChangesSchema,
  type NewApplicationInput,
  newApplicationSchema,
  parseInput,
  ROLE_NOT_GIVEN,
} from "./input.ts";
import { armAll, syncReminders } from "./reminders.ts";
import { type ApplicationStatus, isOpen, parseStatus, STATUS_LABELS } from "./status.ts";

export async function addApplication(
  ctx: ApplicationsContext,
  input: NewApplicationInput,
): Promise<ApplicationRecord> {
  const parsed = parseInput(newApplicationSchema, input);
  const status = parseStatus(parsed.status ?? "applied");
  const fields: ApplicationFields = {
    company: parsed.company,
    position: parsed.position,
    location: parsed.location || null,
    salary: parsed.salary || null,
    link: parsed.link || null,
    source: parsed.source || null,
    jobDescription: parsed.jobDescription || null,
    notes: parsed.notes || null,
    appliedOn: resolveAppliedOn(ctx, status, parsed.appliedOn),
    interviewAt: resolveInterviewAt(ctx, parsed.interviewAt),
  };
  await requireUser(ctx);
  const { app, toArm } = await ctx.store.transaction(async (repos) => {
    await refuseDuplicate(repos, ctx, fields, status);
    const app = await repos.applications.insert(ctx.userId, fields, status);
    await repos.applications.insertEvent(ctx.userId, app.id, null, status, null, nowOf(ctx));
    return { app, toArm: await syncReminders(repos, app, planOptions(ctx)) };
  });
  await armAll(ctx.scheduler, toArm, nowOf(ctx));
  return app;
}

type Repos = Parameters<Parameters<ApplicationsContext["store"]["transaction"]>[0]>[0];

/**
 * The same application logged twice in a row ("I applied to Spotify for data scientist", said
 * again) made two identical rows and counted twice in the funnel (trial F16.2). An open
 * application at the same company for the same role (or with no role said) is already tracked:
 * refused with where it stands, nothing stored. A different role is another application; so is
 * applying again after a closed one (rejected, withdrawn, accepted, ghosted), or sending one
 * only saved before (that saved row is not the one sent).
 */
async function refuseDuplicate(
  repos: Repos,
  ctx: ApplicationsContext,
  fields: ApplicationFields,
  status: ApplicationStatus,
) {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const { items } = await repos.applications.list(ctx.userId, {
    statuses: [],
    search: fields.company,
    limit: 50,
    offset: 0,
  });
  const twin = items.find(
    (a) =>
      same(a.company, fields.company) &&
      isOpen(a.status) &&
      (a.status !== "saved" || status === "saved") &&
      (same(a.position, fields.position) || same(fields.position, ROLE_NOT_GIVEN)),
  );
  if (!twin) return;
  throw new CareerCraftError(
    "conflict",
    `You already track ${twin.position} at ${twin.company} (${STATUS_LABELS[twin.status].toLowerCase()}${twin.appliedOn ? `, applied ${twin.appliedOn}` : ""}); I left it as it is.`,
    { details: { applicationId: twin.id } },
  );
}

/**
 * Changes the given fields; a field left out stays as it is, null or "" clears it.
 * The status has its own operation (changeStatus) because it follows the workflow.
 */
export async function updateApplication(
  ctx: ApplicationsContext,
  id: string,
  changes: ApplicationChangesInput,
): Promise<ApplicationRecord> {
  if (changes && typeof changes === "object" && "status" in changes) {
    throw validationError("Change the status with the status command, not as a field.", { field: "status" });
  }
  const parsed = parseInput(applicationChangesSchema, changes);
  await requireUser(ctx);
  const { app, toArm } = await ctx.store.transaction(async (repos) => {
    const current = await requireApplication(repos, ctx, id, { forUpdate: true });
    const keep = <T>(value: T | null | undefined, old: T | null): T | null =>
      value === undefined ? old : value === null || value === "" ? null : value;
    const fields: ApplicationFields = {
      company: parsed.company ?? current.company,
      position: parsed.position ?? current.position,
      location: keep(parsed.location, current.location),
      salary: keep(parsed.salary, current.salary),
      link: keep(parsed.link, current.link),
      source: keep(parsed.source, current.source),
      jobDescription: keep(parsed.jobDescription, current.jobDescription),
      notes: keep(parsed.notes, current.notes),
      appliedOn: changedAppliedOn(ctx, current, parsed.appliedOn),
      interviewAt:
        parsed.interviewAt === undefined ? current.interviewAt : resolveInterviewAt(ctx, parsed.interviewAt),
    };
    const app = (await repos.applications.update(ctx.userId, current.id, fields))!;
    return { app, toArm: await syncReminders(repos, app, planOptions(ctx)) };
  });
  await armAll(ctx.scheduler, toArm, nowOf(ctx));
  return app;
}

export interface ListOptions {
  /** One status, several, or comma-separated text ("applied,phone_screen"). */
  status?: string | string[];
  search?: string;
  limit?: number;
  offset?: number;
}

export const MAX_LIST_LIMIT = 500;

export async function listApplications(
  ctx: ApplicationsContext,
  options: ListOptions = {},
): Promise<{ items: ApplicationRecord[]; total: number }> {
  const raw =
    options.status === undefined ? [] : Array.isArray(options.status) ? options.status : [options.status];
  const statuses = raw
    .flatMap((s) => String(s).split(","))
    .filter((s) => s.trim())
    .map(parseStatus);
  const limit = options.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
    throw validationError(`The limit must be a whole number from 1 to ${MAX_LIST_LIMIT}.`, {
      field: "limit",
    });
  }
  const offset = options.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) {
    throw validationError("The offset must be a whole number, 0 or more.", { field: "offset" });
  }
  if (options.search !== undefined && (typeof options.search !== "string" || options.search.length > 200)) {
    throw validationError("Search text must be at most 200 characters.", { field: "search" });
  }
  await requireUser(ctx);
  return ctx.store.applications.list(ctx.userId, {
    statuses,
    search: options.search?.trim() || undefined,
    limit,
    offset,
  });
}

/**
 * The companies the person tracks, each once, as stored: the planner matches a message's
 * words against them ("google said no" with Google tracked). Reads only; no user is created.
 */
export async function trackedCompanies(ctx: ApplicationsContext): Promise<string[]> {
  const { items } = await ctx.store.applications.list(ctx.userId, {
    statuses: [],
    search: undefined,
    limit: MAX_LIST_LIMIT,
    offset: 0,
  });
  return [...new Set(items.map((a) => a.company))];
}

export interface ApplicationDetails {
  application: ApplicationRecord;
  history: StatusEventRecord[];
  reminders: ReminderRecord[];
}

export async function getApplication(ctx: ApplicationsContext, id: string): Promise<ApplicationDetails> {
  await requireUser(ctx);
  const application = await requireApplication(ctx.store, ctx, id);
  const [history, reminders] = await Promise.all([
    ctx.store.applications.events(ctx.userId, application.id),
    ctx.store.reminders.forApplication(ctx.userId, application.id),
  ]);
  return { application, history, reminders };
}

/** Deletes the application with its history and reminders; returns what was deleted. */
export async function deleteApplication(ctx: ApplicationsContext, id: string): Promise<ApplicationRecord> {
  await requireUser(ctx);
  return ctx.store.transaction(async (repos) => {
    const app = await requireApplication(repos, ctx, id, { forUpdate: true });
    await repos.applications.delete(ctx.userId, app.id);
    return app;
  });
}

/** A saved application has not been sent, so it has no applied day; anything else defaults to today. */
function resolveAppliedOn(
  ctx: ApplicationsContext,
  status: ApplicationStatus,
  phrase: string | null | undefined,
): string | null {
  if (status === "saved") {
    if (phrase) {
      throw validationError(
        "A saved application hasn't been sent yet, so it has no applied date. Use status applied to record when you applied.",
        { field: "appliedOn" },
      );
    }
    return null;
  }
  return parsePastDay(phrase || "today", { now: nowOf(ctx), timeZone: ctx.timeZone });
}

function changedAppliedOn(
  ctx: ApplicationsContext,
  current: ApplicationRecord,
  phrase: string | null | undefined,
): string | null {
  if (phrase === undefined) return current.appliedOn;
  if (current.status === "saved") return resolveAppliedOn(ctx, "saved", phrase);
  if (!phrase) {
    throw validationError("An application that was sent needs an applied date; give the day you applied.", {
      field: "appliedOn",
    });
  }
  return parsePastDay(phrase, { now: nowOf(ctx), timeZone: ctx.timeZone });
}

export function resolveInterviewAt(
  ctx: ApplicationsContext,
  value: Date | string | null | undefined,
): Date | null {
  if (value === undefined || value === null || value === "") return null;
  const now = nowOf(ctx);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw validationError("The interview time is not a valid date.");
    if (value.getTime() <= now.getTime()) {
      throw validationError("The interview time is in the past; give the upcoming date and time.", {
        field: "interviewAt",
      });
    }
    return value;
  }
  return parseFutureInstant(value, { now, timeZone: ctx.timeZone });
}
