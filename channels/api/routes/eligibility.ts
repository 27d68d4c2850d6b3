/**
 * /api/jobs/eligibility: FIT/UNFIT analyses of the caller's stored profile against a job
 * ad or a described role (plain JSON, or streamed stage by stage), chat with the agent
 * about one analysis, reanalysis with something new, and the caller's analysis history.
 */
import { z } from "zod";
import { CareerCraftError } from "../../../data/errors.ts";
import { API_CHANNEL } from "../../../tools/accounts/service.ts";
import { type AnalysisOutcome, createAnalysisService } from "../../../tools/gap/service.ts";
import { MAX_JOB_TEXT } from "../../../tools/jobs/target.ts";
import { openSse } from "../../web/sse.ts";
import { route } from "../route.ts";
import {
  analysisSummarySchema,
  idParams,
  okSchema,
  pageOf,
  pageQuery,
  sseNote,
  storedAnalysisSchema,
} from "../schemas.ts";

const TAG = "Eligibility";

const analyzeBody = z
  .object({
    jobDescription: z
      .string()
      .trim()
      .min(1)
      .max(MAX_JOB_TEXT)
      .optional()
      .meta({ description: "A pasted job ad" }),
    role: z
      .string()
      .trim()
      .min(2)
      .max(1000)
      .optional()
      .meta({ description: 'The role wanted, e.g. "data engineer at a fintech, remote, ~120k EUR"' }),
  })
  .strict()
  .refine((b) => Boolean(b.jobDescription) !== Boolean(b.role), "give either jobDescription or role");

const chatBody = z
  .object({
    analysisId: z.string().min(1).max(100),
    message: z.string().trim().min(1).max(20_000),
    threadId: z
      .string()
      .regex(/^[\w.-]{1,100}$/)
      .optional()
      .meta({ description: "Continue a conversation; default: one conversation per analysis" }),
  })
  .strict();

const reanalyzeBody = z
  .object({
    analysisId: z.string().min(1).max(100),
    context: z
      .string()
      .trim()
      .min(3)
      .max(2000)
      .meta({ description: 'What is new, e.g. "I also have 2 years of Kubernetes"' }),
  })
  .strict();

const EMPTY_PROFILE =
  "Your profile is empty, so there is nothing to compare yet: upload a resume (POST /api/profiles/upload-resume/) or add skills (POST /api/skills/user/) first.";

function storedOrThrow(outcome: AnalysisOutcome) {
  if (!outcome.ok) {
    throw new CareerCraftError(
      "conflict",
      outcome.needs === "profile" ? EMPTY_PROFILE : "Give a job description or a role.",
      { details: { needs: outcome.needs } },
    );
  }
  return { ...outcome.stored, result: outcome.analysis };
}

const kindOf = (body: z.output<typeof analyzeBody>) =>
  body.jobDescription
    ? { text: body.jobDescription, kind: "posting" as const }
    : { text: body.role!, kind: "role" as const };

export const eligibilityRoutes = [
  route({
    method: "post",
    path: "/api/jobs/eligibility/analyze/",
    tag: TAG,
    summary: "Analyse your profile against a job ad or a role: FIT/UNFIT with 11 scores",
    limit: "heavy",
    body: analyzeBody,
    responses: {
      201: { description: "The stored analysis", schema: storedAnalysisSchema },
      409: { description: "Your profile is empty: upload a resume or add skills first" },
    },
    async handler(ctx, { body, caller }) {
      const outcome = await createAnalysisService(ctx.db).analyzeText(caller.userId, kindOf(body));
      return { status: 201, body: storedOrThrow(outcome) };
    },
  }),
  route({
    method: "post",
    path: "/api/jobs/eligibility/stream-analyze/",
    tag: TAG,
    summary: "The same analysis, streamed: one event per stage with the metrics known so far",
    description:
      "Events: `stage` {stage, message, metrics, elapsedMs} for each analysis stage, then `result` (the stored analysis), then `done`. A failure is an `error` {code, message} event before `done`.",
    limit: "heavy",
    body: analyzeBody,
    responses: { 200: { description: "The analysis as it runs", content: { "text/event-stream": sseNote } } },
    async handler(ctx, { body, caller, res }) {
      const stream = openSse(res, ctx.pingIntervalMs);
      const start = performance.now();
      try {
        const outcome = await createAnalysisService(ctx.db).analyzeText(caller.userId, kindOf(body), (step) =>
          stream.send("stage", { ...step, elapsedMs: Math.round(performance.now() - start) }),
        );
        stream.send("result", storedOrThrow(outcome));
      } catch (error) {
        const known = error instanceof CareerCraftError ? error : undefined;
        if (!known) ctx.logger.error({ err: error }, "streamed analysis failed");
        stream.send("error", {
          code: known?.code ?? "internal",
          message: known?.userMessage ?? "Something went wrong on our side. Please try again.",
        });
      }
      stream.send("done", {});
      stream.end();
      return undefined;
    },
  }),
  route({
    method: "post",
    path: "/api/jobs/eligibility/chat/",
    tag: TAG,
    summary: "Ask the agent about one of your analyses (streamed reply)",
    description:
      "One turn of the conversation about the analysis: events are the agent's reply events (`progress`, `text_delta`, `part`, `tool_call`, `error`, `turn_end`), `data:` is the event's JSON. Closing the request stops the turn.",
    limit: "heavy",
    body: chatBody,
    responses: {
      200: { description: "The agent's reply as it is written", content: { "text/event-stream": sseNote } },
    },
    async handler(ctx, { body, caller, req, res }) {
      if (!ctx.conversation) throw new CareerCraftError("internal", "Chat is not available on this server.");
      const analysis = await createAnalysisService(ctx.db).get(caller.userId, body.analysisId);
      const abort = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) abort.abort();
      });
      req.on("aborted", () => abort.abort());
      const stream = openSse(res, ctx.pingIntervalMs);
      const events = ctx.conversation.converse(
        { channel: API_CHANNEL, externalId: caller.userId },
        body.threadId ?? `analysis-${analysis.id}`,
        { text: body.message, attachments: [] },
        {
          signal: abort.signal,
          focus: { analysisId: analysis.id, ...(analysis.jobId ? { jobId: analysis.jobId } : {}) },
        },
      );
      for await (const event of events) {
        if (stream.closed) break;
        if (!stream.send(event.type, event)) await stream.drained();
      }
      stream.end();
      return undefined;
    },
  }),
  route({
    method: "post",
    path: "/api/jobs/eligibility/reanalyze/",
    tag: TAG,
    summary: "Add something new about you and analyse the same job again",
    limit: "heavy",
    body: reanalyzeBody,
    responses: {
      201: {
        description: "The new analysis, what was added and what changed",
        schema: z.object({
          analysis: storedAnalysisSchema,
          added: z.array(z.object({ name: z.string(), proficiency: z.string() })),
          comparison: z.looseObject({ summary: z.string() }),
        }),
      },
    },
    async handler(ctx, { body, caller }) {
      const r = await createAnalysisService(ctx.db).reanalyze(caller.userId, body.analysisId, body.context);
      return {
        status: 201,
        body: {
          analysis: { ...r.stored, result: r.analysis },
          added: r.added.map((a) => ({ name: a.name, proficiency: a.proficiency })),
          comparison: r.comparison,
        },
      };
    },
  }),
  route({
    method: "get",
    path: "/api/jobs/eligibility/",
    tag: TAG,
    summary: "Your analyses, newest first",
    query: pageQuery,
    responses: { 200: { description: "One page", schema: pageOf(analysisSummarySchema) } },
    async handler(ctx, { query, caller }) {
      const page = await createAnalysisService(ctx.db).list(caller.userId, query);
      return { body: { ...page, ...query } };
    },
  }),
  route({
    method: "get",
    path: "/api/jobs/eligibility/{id}/",
    tag: TAG,
    summary: "One of your analyses",
    params: idParams,
    responses: { 200: { description: "The analysis", schema: storedAnalysisSchema } },
    async handler(ctx, { params, caller }) {
      return { body: await createAnalysisService(ctx.db).get(caller.userId, params.id) };
    },
  }),
  route({
    method: "delete",
    path: "/api/jobs/eligibility/{id}/",
    tag: TAG,
    summary: "Delete one of your analyses",
    params: idParams,
    responses: { 200: { description: "Deleted", schema: okSchema } },
    async handler(ctx, { params, caller }) {
      await createAnalysisService(ctx.db).remove(caller.userId, params.id);
      return { body: { ok: true } };
    },
  }),
];
