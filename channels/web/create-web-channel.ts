/**
 * The web channel as one express Router: the demo page, the widget bundle, and the
 * chat API the widget talks to. main.ts mounts it at the root:
 *   app.use(createWebChannel({ converse, db, config, logger }))
 * The app must run the data/migrations (0500_web_channel) before the first request.
 */
import express, { type Router } from "express";
import type { BaseLogger } from "pino";
import type { Converse } from "../../contract/conversation.ts";
import type { Queryable } from "../../data/db/types.ts";
import type { WebContext, WebSettings } from "./context.ts";
import { corsGuard } from "./http/cors.ts";
import { errorHandler } from "./http/errors.ts";
import { type RateCounter, RateLimiter, type RateLimitRule } from "./rate-limit.ts";
import { widgetAsset, widgetRoute } from "./routes/assets.ts";
import { chatRoute } from "./routes/chat.ts";
import { demoPageRoute } from "./routes/demo-page.ts";
import { historyRoute } from "./routes/history.ts";
import { newThreadRoute, sessionRoute } from "./routes/session.ts";
import { uploadRoute } from "./routes/uploads.ts";
import { SSE_PING_INTERVAL_MS } from "./sse.ts";
import { ThreadTurns } from "./thread-turns.ts";
import { WebStore } from "./web-store.ts";

export interface WebChannelOptions {
  converse: Converse;
  db: Queryable;
  config: {
    env?: string;
    web: WebSettings;
    resume: { maxBytes: number };
  };
  logger: BaseLogger;
  /** Overrides for tests and load runs; defaults derive from config.web.rateLimitPerMinute. */
  limits?: { perSession?: RateLimitRule; perAddress?: RateLimitRule };
  /**
   * Where the limits count: shared Redis counters when the app runs several instances
   * (wiring.ts passes them when REDIS_URL is set), this process's memory by default.
   */
  rateCounter?: RateCounter;
  pingIntervalMs?: number;
  /** Serve the demo page at GET / (default true). */
  demoPage?: boolean;
}

/** One address may hold many sessions (a campus network), so its budget is ten sessions' worth. */
const ADDRESS_MULTIPLIER = 10;

export function createWebChannel(options: WebChannelOptions): Router {
  const { config, logger } = options;
  const store = new WebStore(options.db);
  const perMinute = config.web.rateLimitPerMinute;
  let secret: Promise<string> | undefined;
  const ctx: WebContext = {
    converse: options.converse,
    store,
    logger,
    settings: config.web,
    maxUploadBytes: config.resume.maxBytes,
    sessionLimiter: new RateLimiter(
      options.limits?.perSession ?? { limit: perMinute, windowMs: 60_000 },
      options.rateCounter,
    ),
    addressLimiter: new RateLimiter(
      options.limits?.perAddress ?? { limit: perMinute * ADDRESS_MULTIPLIER, windowMs: 60_000 },
      options.rateCounter,
    ),
    pingIntervalMs: options.pingIntervalMs ?? SSE_PING_INTERVAL_MS,
    threadTurns: new ThreadTurns(),
    sessionSecret() {
      if (config.web.sessionSecret) return Promise.resolve(config.web.sessionSecret);
      secret ??= store.sessionSecret();
      secret.catch(() => {
        secret = undefined;
      });
      return secret;
    },
  };

  const asset = widgetAsset({ watch: config.env !== "production", logger });
  // Build now so the first visitor does not wait for esbuild; a failure is retried on request.
  asset.get().catch((error) => logger.error({ err: error }, "building widget.js failed"));

  const router = express.Router();
  if (options.demoPage !== false) router.get("/", demoPageRoute());
  router.get("/widget.js", widgetRoute(asset));

  const api = express.Router();
  api.use(corsGuard(config.web.corsOrigins));
  api.use(express.json({ limit: "128kb" }));
  api.post("/session", sessionRoute(ctx));
  api.post("/threads", newThreadRoute(ctx));
  api.post("/chat", chatRoute(ctx));
  api.post("/uploads", uploadRoute(ctx));
  api.get("/history", historyRoute(ctx));
  api.use(errorHandler(logger));
  router.use("/api", api);
  return router;
}
