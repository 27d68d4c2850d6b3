/**
 * The REST API as one express Router that main.ts mounts before the web channel:
 *   app.use(createApiRouter({ db, config, logger, queue, conversation, rateCounter }))
 * Routes (routes/*.ts) call the services in tools/, the same ones the agent's tools and
 * the CLI use. GET /openapi.json and /docs describe every route.
 */
import express, { type Router } from "express";
import type { BaseLogger } from "pino";
import type { Db } from "../../data/db/types.ts";
import type { JobQueue } from "../../data/queue/types.ts";
import { createAccountsRepository } from "../../data/repositories/accounts.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { accountsSecret } from "../../tools/accounts/link.ts";
import { type AccountSettings, createAccountsService } from "../../tools/accounts/service.ts";
import { createResumeReaderFromSettings, type ResumeReader } from "../../tools/resume/reader/pool.ts";
import type { RateCounter } from "../web/rate-limit.ts";
import { SSE_PING_INTERVAL_MS } from "../web/sse.ts";
import { WebStore } from "../web/web-store.ts";
import type { ApiConfig, ApiContext, ApiConversation } from "./context.ts";
import { docsRouter } from "./docs.ts";
import { buildRouter } from "./router.ts";
import { apiRoutes } from "./routes/index.ts";

export type { ApiConfig, ApiConversation } from "./context.ts";
export { apiRoutes } from "./routes/index.ts";

export interface ApiOptions {
  db: Db;
  config: ApiConfig;
  logger: BaseLogger;
  queue?: JobQueue;
  conversation?: ApiConversation;
  /** The resume reader pool the agent uses too; one of the API's own is made when absent (tests). */
  resumeReader?: ResumeReader;
  /** Shared counters (Redis) when several instances serve; this process's memory otherwise. */
  rateCounter?: RateCounter;
  /** Tests shorten token lifetimes and lockouts, or pin the clock. */
  accountSettings?: Partial<AccountSettings>;
  now?: () => Date;
  pingIntervalMs?: number;
  version: string;
}

/** Resolves once, retries after a failure (the database may not answer yet). */
function once(load: () => Promise<string>): () => Promise<string> {
  let value: Promise<string> | undefined;
  return () => {
    value ??= load();
    value.catch(() => {
      value = undefined;
    });
    return value;
  };
}

export function createApiRouter(options: ApiOptions): Router {
  const { db, config } = options;
  const accountsRepo = createAccountsRepository(db);
  const secret = once(accountsSecret(db, config.api.authSecret));
  const widgetStore = new WebStore(db);
  const ctx: ApiContext = {
    db,
    config,
    logger: options.logger,
    ...(options.queue ? { queue: options.queue } : {}),
    ...(options.conversation ? { conversation: options.conversation } : {}),
    resumeReader: options.resumeReader ?? createResumeReaderFromSettings(config.resume, options.logger),
    secret,
    widgetSessionSecret: once(async () => config.web.sessionSecret ?? widgetStore.sessionSecret()),
    accounts: createAccountsService({
      accounts: accountsRepo,
      users: createUsersRepository(db),
      secret,
      ...(options.accountSettings ? { settings: options.accountSettings } : {}),
      ...(options.now ? { now: options.now } : {}),
    }),
    pingIntervalMs: options.pingIntervalMs ?? SSE_PING_INTERVAL_MS,
  };
  const router = express.Router();
  // zod-openapi loads when the document is first asked for, not at start-up.
  router.use(
    docsRouter(async () => (await import("./openapi.ts")).buildOpenApiDocument(apiRoutes, options.version)),
  );
  router.use(buildRouter(ctx, apiRoutes, options.rateCounter));
  return router;
}
