/**
 * The express 5 application every HTTP channel mounts into: security headers (helmet),
 * request ids, one log line per request (method, path, status, time; headers only at
 * debug), request-latency metrics by route, liveness (/healthz, and /health with version
 * and uptime), readiness (/readyz: database and queue answer), Prometheus metrics
 * (/metrics), and one error handler that turns CareerCraftError into a clear JSON reply.
 */
import { randomUUID } from "node:crypto";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Db } from "../../data/db/types.ts";
import { isCareerCraftError } from "../../data/errors.ts";
import type { Logger } from "../../data/logger.ts";
import {
  collectProcessMetrics,
  httpRequestDuration,
  metricsRegistry,
  queueDepth,
} from "../../data/metrics.ts";
import type { JobQueue } from "../../data/queue/types.ts";

const QUIET_PATHS = new Set(["/healthz", "/readyz", "/health", "/metrics"]);

export interface AppDeps {
  db: Db;
  queue: JobQueue;
  logger: Logger;
  /** Flipped on shutdown so /readyz fails and load balancers stop sending traffic. */
  isShuttingDown?: () => boolean;
  /**
   * Which hops may set X-Forwarded-For (TRUST_PROXY). None by default: trusting even
   * loopback let any client on the host pick the address its rate limit counts under.
   */
  trustProxy?: false | number | string[];
  /** The package version /health reports. */
  version?: string;
}

/** The route template a request matched ("/api/jobs/eligibility/{id}/"), never its ids. */
function routeLabel(req: Request, res: Response): string {
  if (typeof res.locals.route === "string") return res.locals.route;
  if (req.route?.path) return `${req.baseUrl}${String(req.route.path)}`;
  if (QUIET_PATHS.has(req.path)) return req.path;
  return res.statusCode === 404 ? "unmatched" : "other";
}

export function createHttpApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", deps.trustProxy ?? false);
  collectProcessMetrics();
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Plain http on localhost must keep working: no forced upgrade to https.
          "upgrade-insecure-requests": null,
          "img-src": ["'self'", "data:"],
        },
      },
      // widget.js is loaded by other sites' pages; the API is protected by tokens, not cookies.
      crossOriginResourcePolicy: { policy: "cross-origin" },
    }),
  );
  app.use((req, res, next) => {
    const start = performance.now();
    res.once("finish", () => {
      httpRequestDuration.observe(
        { method: req.method, route: routeLabel(req, res), status: String(res.statusCode) },
        (performance.now() - start) / 1000,
      );
    });
    next();
  });
  const debug = deps.logger.isLevelEnabled("debug");
  app.use(
    pinoHttp({
      logger: deps.logger,
      // One line per request; headers (and so tokens, even redacted) only when debugging.
      serializers: debug
        ? undefined
        : {
            req: (req: { id: unknown; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      autoLogging: { ignore: (req) => QUIET_PATHS.has(req.url ?? "") },
    }),
  );

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
  });

  app.get("/health", (_req, res) => {
    res.json({
      status: "ok",
      version: deps.version ?? "unknown",
      uptimeSeconds: Math.round(process.uptime()),
    });
  });

  app.get("/metrics", async (_req, res) => {
    // Read at scrape time: what is waiting now, not a count kept in this process.
    const depth = await deps.queue.pendingCount().catch(() => undefined);
    if (depth !== undefined) queueDepth.set({ queue: deps.queue.kind }, depth);
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });

  app.get("/readyz", async (_req, res) => {
    if (deps.isShuttingDown?.()) {
      res.status(503).json({ status: "shutting_down" });
      return;
    }
    const [database, queue] = await Promise.all([deps.db.ping(), deps.queue.ping()]);
    res.status(database && queue ? 200 : 503).json({
      status: database && queue ? "ready" : "not_ready",
      database: { kind: deps.db.kind, ok: database },
      queue: { kind: deps.queue.kind, ok: queue },
    });
  });

  return app;
}

/** Mounted last: unknown routes and errors get JSON, never an HTML stack trace. */
export function finishHttpApp(app: Express, logger: Logger): void {
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: { code: "not_found", message: "No such endpoint." } });
  });
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (isCareerCraftError(error)) {
      res.status(error.status).json({ error: { code: error.code, message: error.userMessage } });
      return;
    }
    const status =
      (error as { status?: number; statusCode?: number }).status ??
      (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      res.status(status).json({ error: { code: "bad_request", message: (error as Error).message } });
      return;
    }
    logger.error({ err: error, reqId: req.id }, "unhandled request error");
    res
      .status(500)
      .json({ error: { code: "internal", message: "Something went wrong on our side. Please try again." } });
  });
}
