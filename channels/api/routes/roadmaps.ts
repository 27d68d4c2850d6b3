/** /api/roadmaps: week-by-week plans from an analysis, their progress, and deletion. */
import { z } from "zod";
import { CareerCraftError } from "../../../data/errors.ts";
import { weekLineSchema } from "../../../tools/roadmap/line-schema.ts";
import { createRoadmapService } from "../../../tools/roadmap/service.ts";
import { type AnyRoute, route } from "../route.ts";
import { idParams, objectSchema, okSchema, pageQuery } from "../schemas.ts";

const TAG = "Roadmaps";

const roadmapView = z
  .object({
    id: z.string(),
    analysisId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    roadmap: objectSchema(
      "Roadmap",
      "title, hoursPerWeek, fits, cut, message, items, weeks (tools/roadmap/types.ts)",
    ),
    progress: z.object({
      done: z.number().int(),
      total: z.number().int(),
      currentWeek: z.object({ week: z.number().int(), title: z.string() }).nullable(),
    }),
  })
  .meta({ id: "RoadmapView" });

const createBody = z
  .object({
    analysisId: z.string().min(1).max(100).optional().meta({ description: "Default: your latest analysis" }),
    hoursPerWeek: z.number().min(1).max(80).optional(),
    weeks: z.number().int().min(1).max(104).optional(),
    replaceRoadmapId: z
      .string()
      .max(100)
      .optional()
      .meta({ description: "Replan this roadmap of the same analysis, keeping finished work" }),
  })
  .strict();

const progressBody = z
  .object({
    week: z.number().int().min(1).max(1000).optional(),
    line: weekLineSchema
      .optional()
      .meta({ description: "With week: one line of that week by position (1 = first, -1 = last)" }),
    item: z.string().trim().min(1).max(200).optional().meta({ description: "An item id or skill name" }),
    done: z.boolean().default(true),
  })
  .strict()
  .refine((b) => (b.week === undefined) !== (b.item === undefined), "give either week or item")
  .refine((b) => b.line === undefined || b.week !== undefined, "line needs week");

const noAnalysis = () =>
  new CareerCraftError(
    "conflict",
    "Run an analysis first (POST /api/jobs/eligibility/analyze/): a roadmap closes its gaps.",
  );

export const roadmapRoutes: AnyRoute[] = [
  route({
    method: "get",
    path: "/api/roadmaps/",
    tag: TAG,
    summary: "Your roadmaps, newest first",
    query: pageQuery,
    responses: { 200: { description: "One page", schema: z.object({ items: z.array(roadmapView) }) } },
    async handler(ctx, { caller, query }) {
      return { body: { items: await createRoadmapService(ctx.db).list(caller.userId, query) } };
    },
  }),
  route({
    method: "post",
    path: "/api/roadmaps/",
    tag: TAG,
    summary: "Plan the weeks that close an analysis's gaps, for a time budget",
    body: createBody,
    responses: {
      201: { description: "The roadmap", schema: roadmapView },
      409: { description: "No analysis yet" },
    },
    async handler(ctx, { caller, body }) {
      const created = await createRoadmapService(ctx.db).create(caller.userId, {
        ...(body.analysisId ? { analysisId: body.analysisId } : {}),
        ...(body.replaceRoadmapId ? { replanRoadmapId: body.replaceRoadmapId } : {}),
        ...(body.hoursPerWeek ? { hoursPerWeek: body.hoursPerWeek } : {}),
        ...(body.weeks ? { weeks: body.weeks } : {}),
      });
      if (!created) throw noAnalysis();
      return { status: 201, body: created };
    },
  }),
  route({
    method: "get",
    path: "/api/roadmaps/{id}/",
    tag: TAG,
    summary: "One roadmap with its progress",
    params: idParams,
    responses: { 200: { description: "The roadmap", schema: roadmapView } },
    async handler(ctx, { caller, params }) {
      return { body: await createRoadmapService(ctx.db).get(caller.userId, params.id) };
    },
  }),
  route({
    method: "post",
    path: "/api/roadmaps/{id}/progress/",
    tag: TAG,
    summary: "Mark a week or an item done (or not done)",
    params: idParams,
    body: progressBody,
    responses: { 200: { description: "The roadmap after the change", schema: roadmapView } },
    async handler(ctx, { caller, params, body }) {
      const target =
        body.week !== undefined
          ? { week: body.week, ...(body.line !== undefined ? { line: body.line } : {}) }
          : { item: body.item! };
      const r = await createRoadmapService(ctx.db).recordProgress(
        caller.userId,
        params.id,
        target,
        body.done,
      );
      return { body: r!.view };
    },
  }),
  route({
    method: "delete",
    path: "/api/roadmaps/{id}/",
    tag: TAG,
    summary: "Delete a roadmap",
    params: idParams,
    responses: { 200: { description: "Deleted", schema: okSchema } },
    async handler(ctx, { caller, params }) {
      await createRoadmapService(ctx.db).remove(caller.userId, params.id);
      return { body: { ok: true } };
    },
  }),
];
