/**
 * The express 5 application every HTTP channel mounts into: request ids, JSON logs,
 * liveness (/healthz: the process is up) and readiness (/readyz: database and queue
 * answer), and one error handler that turns CareerCraftError into a clear JSON reply.
 */
import { randomUUID } from "node:crypto";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import { pinoHttp } from "pino-http";
import type { Db } from "../../data/db/types.ts";
import { isCareerCraftError } from "../../data/errors.ts";
import type { Logger } from "../../data/logger.ts";
import type { JobQueue } from "../../data/queue/types.ts";

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
}

export function createHttpApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", deps.trustProxy ?? false);
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
    }),
  );

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
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
