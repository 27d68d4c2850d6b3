/**
 * /api/applications: track job applications (CRUD), move them through the workflow (a
 * refused move says why; the allowed moves are listed), undo the last move, and the
 * funnel analytics with its charts as SVG or PNG.
 */
import type { Request } from "express";
import { z } from "zod";
import { CareerCraftError } from "../../../data/errors.ts";
import { APPLICATION_STATUSES } from "../../../data/repositories/application-records.ts";
import {
  addApplication,
  applicationCharts,
  applicationStats,
  applicationsContextFor,
  changeStatus,
  deleteApplication,
  getApplication,
  listApplications,
  parseStatus,
  STATUS_LABELS,
  transitionRefusal,
  undoLastStatusChange,
  updateApplication,
} from "../../../tools/applications/index.ts";
import { applicationChangesSchema, newApplicationSchema } from "../../../tools/applications/input.ts";
import type { ApiContext } from "../context.ts";
import { type AnyRoute, route } from "../route.ts";
import { idParams, objectSchema, okSchema } from "../schemas.ts";

const TAG = "Applications";

export const application = objectSchema(
  "Application",
  "id, company, position, location, salary, link, source, jobDescription, notes, status, appliedOn, interviewAt, analysisId, createdAt, updatedAt",
);
const statusEnum = z.enum(APPLICATION_STATUSES);

const listQuery = z.object({
  status: z.string().max(300).optional().meta({ description: "One status or several, comma-separated" }),
  search: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const statusBody = z
  .object({
    status: z
      .string()
      .min(1)
      .max(40)
      .meta({ description: `One of ${APPLICATION_STATUSES.join(", ")}` }),
    note: z.string().max(1000).optional(),
    interviewAt: z
      .string()
      .max(100)
      .optional()
      .meta({ description: 'When the interview is ("Thursday 2pm", an ISO time)' }),
  })
  .strict();

const chartQuery = z.object({
  chart: z.enum(["funnel", "weekly"]).default("funnel"),
  format: z.enum(["svg", "png"]).default("svg"),
});

/** A time zone the person is in, so "yesterday" means their yesterday (default UTC). */
export function appsCtx(ctx: ApiContext, userId: string, req: Request) {
  const timeZone = req.get("x-time-zone")?.trim() || undefined;
  return applicationsContextFor(ctx.db, userId, {
    followUpDays: ctx.config.applications.followUpDays,
    ...(ctx.queue ? { queue: ctx.queue } : {}),
    ...(timeZone ? { timeZone } : {}),
  });
}

export const applicationRoutes: AnyRoute[] = [
  route({
    method: "get",
    path: "/api/applications/",
    tag: TAG,
    summary: "Your applications, newest first",
    query: listQuery,
    responses: {
      200: {
        description: "One page",
        schema: z.object({ items: z.array(application), total: z.number().int() }),
      },
    },
    async handler(ctx, { caller, query, req }) {
      return { body: await listApplications(appsCtx(ctx, caller.userId, req), query) };
    },
  }),
  route({
    method: "post",
    path: "/api/applications/",
    tag: TAG,
    summary: "Track an application (dates may be phrases such as 'yesterday'; send X-Time-Zone)",
    body: newApplicationSchema,
    responses: { 201: { description: "Stored, with its follow-up reminders planned", schema: application } },
    async handler(ctx, { caller, req }) {
      return { status: 201, body: await addApplication(appsCtx(ctx, caller.userId, req), req.body) };
    },
  }),
  route({
    method: "get",
    path: "/api/applications/stats/",
    tag: TAG,
    summary: "Funnel analytics: counts per status, response, interview and offer rates, insights",
    responses: {
      200: {
        description: "The numbers",
        schema: objectSchema("ApplicationStats", "tools/applications/analytics.ts"),
      },
    },
    async handler(ctx, { caller, req }) {
      return { body: await applicationStats(appsCtx(ctx, caller.userId, req)) };
    },
  }),
  route({
    method: "get",
    path: "/api/applications/charts/",
    tag: TAG,
    summary: "The funnel or weekly-volume chart as an SVG or PNG image",
    query: chartQuery,
    responses: { 200: { description: "The chart", content: { "image/svg+xml": "SVG", "image/png": "PNG" } } },
    async handler(ctx, { caller, query, req, res }) {
      const analytics = await applicationStats(appsCtx(ctx, caller.userId, req));
      const charts = await applicationCharts(analytics);
      const chart = charts[query.chart === "funnel" ? 0 : 1];
      if (!chart) throw new CareerCraftError("not_found", "That chart is not available.");
      res.setHeader("Cache-Control", "private, no-store");
      if (query.format === "png") res.type("image/png").send(Buffer.from(chart.pngBase64 ?? "", "base64"));
      else res.type("image/svg+xml").send(chart.svg);
      return undefined;
    },
  }),
  route({
    method: "get",
    path: "/api/applications/{id}/",
    tag: TAG,
    summary: "One application with its status history and reminders",
    params: idParams,
    responses: {
      200: {
        description: "The application",
        schema: z.object({
          application,
          history: z.array(z.looseObject({})),
          reminders: z.array(z.looseObject({})),
        }),
      },
    },
    async handler(ctx, { caller, params, req }) {
      return { body: await getApplication(appsCtx(ctx, caller.userId, req), params.id) };
    },
  }),
  route({
    method: "patch",
    path: "/api/applications/{id}/",
    tag: TAG,
    summary: "Change fields (left out: unchanged; null or empty: cleared); the status has its own call",
    params: idParams,
    body: applicationChangesSchema,
    responses: { 200: { description: "The application after the change", schema: application } },
    async handler(ctx, { caller, params, req }) {
      return { body: await updateApplication(appsCtx(ctx, caller.userId, req), params.id, req.body ?? {}) };
    },
  }),
  route({
    method: "delete",
    path: "/api/applications/{id}/",
    tag: TAG,
    summary: "Delete an application with its history and reminders",
    params: idParams,
    responses: { 200: { description: "Deleted", schema: okSchema } },
    async handler(ctx, { caller, params, req }) {
      await deleteApplication(appsCtx(ctx, caller.userId, req), params.id);
      return { body: { ok: true } };
    },
  }),
  route({
    method: "get",
    path: "/api/applications/{id}/status/",
    tag: TAG,
    summary: "Where the application can move next, and why not elsewhere",
    params: idParams,
    responses: {
      200: {
        description: "The current status, allowed moves and refused moves with the workflow's reason",
        schema: z.object({
          status: statusEnum,
          allowed: z.array(z.object({ status: statusEnum, label: z.string() })),
          refused: z.array(z.object({ status: statusEnum, reason: z.string() })),
        }),
      },
    },
    async handler(ctx, { caller, params, req }) {
      const { application: app } = await getApplication(appsCtx(ctx, caller.userId, req), params.id);
      const moves = APPLICATION_STATUSES.map((to) => ({ to, reason: transitionRefusal(app.status, to) }));
      return {
        body: {
          status: app.status,
          allowed: moves.filter((m) => !m.reason).map((m) => ({ status: m.to, label: STATUS_LABELS[m.to] })),
          refused: moves.filter((m) => m.reason).map((m) => ({ status: m.to, reason: m.reason! })),
        },
      };
    },
  }),
  route({
    method: "post",
    path: "/api/applications/{id}/status/",
    tag: TAG,
    summary: "Move an application through the workflow",
    description:
      "A move the workflow does not allow is refused with 400 and the reason (e.g. accepting without an offer).",
    params: idParams,
    body: statusBody,
    responses: {
      200: { description: "The change", schema: z.object({ application, event: z.looseObject({}) }) },
    },
    async handler(ctx, { caller, params, body, req }) {
      parseStatus(body.status);
      const change = await changeStatus(appsCtx(ctx, caller.userId, req), params.id, body.status, {
        ...(body.note ? { note: body.note } : {}),
        ...(body.interviewAt ? { interviewAt: body.interviewAt } : {}),
      });
      return { body: change };
    },
  }),
  route({
    method: "post",
    path: "/api/applications/{id}/status/undo/",
    tag: TAG,
    summary: "Undo the last status change",
    params: idParams,
    responses: {
      200: {
        description: "The restored status",
        schema: z.object({ application, event: z.looseObject({}) }),
      },
    },
    async handler(ctx, { caller, params, req }) {
      return { body: await undoLastStatusChange(appsCtx(ctx, caller.userId, req), params.id) };
    },
  }),
];
