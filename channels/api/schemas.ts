/**
 * zod schemas the REST routes share: errors, paging, ids, tokens, and the shapes the
 * services return. Where a service already owns a schema (profile edits, applications,
 * preferences, accounts) the routes import that one instead; the analysis result is
 * built from the contract's score names so the document follows the analysis contract.
 */
import { z } from "zod";
import { SCORE_KEYS } from "../../contract/scores.ts";

export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .meta({ id: "Error", description: "What went wrong, written for the person" });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const idParams = z.object({ id: z.string().min(1).max(200) });

export const okSchema = z.object({ ok: z.literal(true) });

export const tokensSchema = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal("Bearer"),
    expiresIn: z.number().int().meta({ description: "Seconds until the access token expires" }),
    refreshToken: z
      .string()
      .meta({ description: "Good for one use; the answer to a refresh carries the next one" }),
    refreshExpiresAt: z.string(),
  })
  .meta({ id: "Tokens" });

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    displayName: z.string().nullable(),
    role: z.enum(["student", "advisor", "admin"]),
    organizationId: z.string(),
    createdAt: z.string(),
    linkedChannels: z.array(z.object({ channel: z.string(), lastSeenAt: z.string() })),
  })
  .meta({ id: "User" });

export const sessionSchema = z.object({ user: userSchema, tokens: tokensSchema }).meta({ id: "Session" });

const scoreValue = z.number().nullable();

export const analysisSchema = z
  .looseObject({
    verdict: z.enum(["FIT", "UNFIT"]),
    confidence: z.number(),
    scores: z.object(Object.fromEntries(SCORE_KEYS.map((k) => [k, scoreValue]))),
    scoreDetails: z.record(
      z.string(),
      z.looseObject({ explanation: z.string(), evidence: z.array(z.string()) }),
    ),
    matched: z.array(
      z.looseObject({ requirement: z.string(), skill: z.string(), via: z.string(), credit: z.number() }),
    ),
    strengths: z.array(z.looseObject({ text: z.string() })),
    gaps: z.array(
      z.looseObject({
        skill: z.string(),
        kind: z.enum(["required", "preferred"]),
        severity: z.enum(["critical", "high", "medium", "low"]),
        priority: z.number(),
        reason: z.string(),
      }),
    ),
    recommendations: z.array(z.string()),
    nextSteps: z.array(z.string()),
    learningResources: z.array(z.looseObject({ skill: z.string(), title: z.string(), url: z.string() })),
  })
  .meta({ id: "Analysis", description: "The analysis contract (tools/gap/README.md)" });

export const storedAnalysisSchema = z
  .object({
    id: z.string(),
    jobId: z.string().nullable(),
    verdict: z.enum(["FIT", "UNFIT"]),
    readiness: z.number(),
    confidence: z.number(),
    createdAt: z.string(),
    result: analysisSchema,
  })
  .meta({ id: "StoredAnalysis" });

export const analysisSummarySchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    jobTitle: z.string().optional(),
    verdict: z.enum(["FIT", "UNFIT"]),
    readiness: z.number(),
    confidence: z.number(),
  })
  .meta({ id: "AnalysisSummary" });

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

/** Any JSON object a service returns whose exact shape lives in that service's types. */
export const objectSchema = (id: string, description: string) => z.looseObject({}).meta({ id, description });

export const sseNote =
  "text/event-stream: one `event:` per step, `data:` is its JSON; the stream ends with `done` (or `error` then `done`)";
