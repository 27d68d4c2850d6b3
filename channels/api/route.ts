/**
 * One table describes every REST route: method, the seed's path (trailing slash, OpenAPI
 * `{id}` form), who may call it, its rate-limit class, zod schemas for params, query,
 * body and answers, and the handler. The express router (router.ts) and the OpenAPI
 * document (openapi.ts) are both generated from it, so a route cannot exist without its
 * documentation and a documented route cannot go unvalidated.
 */
import type { Request, Response } from "express";
import type { z } from "zod";
import type { Caller } from "../../tools/accounts/service.ts";
import type { ApiContext } from "./context.ts";

export type Method = "get" | "post" | "patch" | "delete";

/**
 * auth: login, register, refresh (per address, strict); standard: reads and small edits;
 * heavy: analyses, chat turns, uploads, exports (per person, tighter).
 */
export type LimitClass = "auth" | "standard" | "heavy";

export interface ResponseSpec {
  description: string;
  /** JSON body schema; for other content types give `content` instead. */
  schema?: z.ZodType;
  /** Non-JSON bodies: content type -> description (SSE streams, files, images). */
  content?: Record<string, string>;
}

export interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** The authenticated caller (routes with auth: false get undefined). */
  caller: Caller;
  req: Request;
  res: Response;
}

/** A JSON answer; `undefined` means the handler wrote the response itself (SSE, files). */
export type HandlerResult = { status?: number; body: unknown } | undefined;

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: Method;
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** Default true: needs `Authorization: Bearer <access token>`. */
  auth?: boolean;
  limit?: LimitClass;
  params?: P;
  query?: Q;
  body?: B;
  /** A multipart upload instead of a JSON body (the handler reads the stream). */
  multipart?: { field: string; description: string };
  responses: Record<number, ResponseSpec>;
  handler(
    ctx: ApiContext,
    input: HandlerInput<z.output<P>, z.output<Q>, z.output<B>>,
  ): Promise<HandlerResult>;
}

// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous table of routes; each keeps its own types where defined.
export type AnyRoute = RouteSpec<any, any, any>;

/** Infers each route's handler types from its own schemas. */
export function route<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
>(spec: RouteSpec<P, Q, B>): AnyRoute {
  return spec as AnyRoute;
}

/** "/api/jobs/eligibility/{id}/" -> "/api/jobs/eligibility/:id" (express also matches the trailing slash). */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1").replace(/(.)\/$/, "$1");
}
