/**
 * Composition root: config -> database -> queue -> agent -> channels. `npm start`
 * runs this file; `careercraft serve` calls the same startService().
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { type Config, loadConfig } from "./config.ts";
import { type Db, migrateToLatest, openDatabase, redact } from "./data/db/index.ts";
import { CareerCraftError, isCareerCraftError } from "./data/errors.ts";
import { createLogger, type Logger } from "./data/logger.ts";
import { jobFailures } from "./data/metrics.ts";
import { createJobQueue, type JobQueue } from "./data/queue/index.ts";
import { syncSkillsTable } from "./data/repositories/skills.ts";

/** The version in package.json, for /health and the API document. */
function packageVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string }
    ).version;
  } catch {
    return "unknown";
  }
}

export interface RunningService {
  config: Config;
  db: Db;
  queue: JobQueue;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/**
 * The HTTP app, the channels and the services behind them: imported while the embedded
 * database starts on its own thread, so the two overlap instead of taking turns.
 */
const loadServing = () => Promise.all([import("./channels/http/app.ts"), import("./wiring.ts")]);

export async function startService(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
): Promise<RunningService> {
  const t0 = Date.now();
  const serving = loadServing();
  // Awaited below; a database that fails first must not leave this rejection unheard.
  serving.catch(() => undefined);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log: (message) => logger.warn(message),
    fromTemplate: true,
  });
  let queue: JobQueue | undefined;
  try {
    const { applied } = await migrateToLatest(db);
    if (applied.length) logger.debug({ applied }, "database migrated");
    const synced = await syncSkillsTable(db);
    if (synced.written)
      logger.debug({ skills: synced.written, version: synced.version }, "skill taxonomy stored");
    queue = await createJobQueue(db, {
      redisUrl: config.redisUrl,
      concurrency: config.queue.concurrency,
      onError: (err, job) => {
        jobFailures.inc({ job: job.name });
        logger.warn({ err, job }, "job failed");
      },
    });

    const [{ createHttpApp, finishHttpApp }, { wireServices }] = await serving;
    let shuttingDown = false;
    const version = packageVersion();
    const app = createHttpApp({
      db,
      queue,
      logger,
      version,
      isShuttingDown: () => shuttingDown,
      trustProxy: config.trustProxy,
    });
    const wired = await wireServices({ app, db, queue, config, logger, version });
    finishHttpApp(app, logger);
    // Embedded mode always runs its own jobs; with Redis a separate worker may.
    if (config.queue.runInProcess || queue.kind === "embedded") await queue.start();

    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, config.host, () => resolve(s));
      s.once("error", reject);
    });
    // Streaming chats hold connections; proxies keep idle ones ~60 s. Node's 5 s default
    // made busy clients hit ECONNRESET on reused connections.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    const database = config.databaseUrl ? redact(config.databaseUrl) : `embedded in ${config.dataDir}`;
    const model = config.models.provider === "offline" ? "offline planner" : config.models.provider;
    logger.debug({ url, database, queue: queue.kind, model, startupMs: Date.now() - t0 }, "ready");
    // One line for the person who ran `npm start`; the JSON logs carry the rest.
    if (config.logLevel !== "silent")
      process.stdout.write(
        `CareerCraft is ready at ${url} (database ${database}, model ${model}, started in ${process.uptime().toFixed(1)} s; API docs at ${url}/docs)\n`,
      );
    wired.warmUp?.();

    const q = queue;
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        shuttingDown = true;
        logger.info("shutting down: no new connections, draining jobs");
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Streams (SSE) hold connections open; give them a moment, then cut them.
        const force = setTimeout(
          () => server.closeAllConnections(),
          Math.min(3000, config.shutdownTimeoutMs),
        ).unref();
        server.closeIdleConnections();
        await wired.close();
        await q.close(config.shutdownTimeoutMs);
        await closed;
        clearTimeout(force);
        await db.close();
        logger.info("stopped");
      })();
      return stopping;
    };
    return { config, db, queue: q, server, url, stop };
  } catch (error) {
    await queue?.close(1000).catch(() => undefined);
    await db.close();
    throw error;
  }
}

/**
 * Calls `stop` on the first SIGTERM/SIGINT, then exits 0 (1 if stopping failed); a
 * second signal while stopping exits at once. Listening starts before start-up, so a
 * signal that arrives while the service is still starting (or in the instant after it
 * said it was ready) shuts it down too instead of killing it mid-write.
 */
function onStopSignal(logger: Logger, what: string): { stopWith(stop: () => Promise<void>): void } {
  let stop: (() => Promise<void>) | undefined;
  let signalled = false;
  const run = () => {
    stop!().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  const onSignal = (signal: string) => {
    if (signalled) {
      logger.warn({ signal }, "second signal: exiting without waiting");
      process.exit(1);
    }
    signalled = true;
    logger.info({ signal }, what);
    if (stop) run();
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return {
    stopWith(fn) {
      stop = fn;
      if (signalled) run();
    },
  };
}

/** Runs the service until SIGTERM/SIGINT, then shuts down gracefully and exits 0. */
export async function runUntilSignal(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const signals = onStopSignal(logger, "signal received");
  const service = await startService(config, logger);
  signals.stopWith(() => service.stop());
}

/** `careercraft worker`: runs queued jobs only (no HTTP), for the scaled-out shape. */
export async function runWorkerUntilSignal(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  if (!config.redisUrl) {
    throw new CareerCraftError(
      "config",
      "A separate worker needs REDIS_URL; in embedded mode the service runs its own jobs.",
    );
  }
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(db);
  const queue = await createJobQueue(db, {
    redisUrl: config.redisUrl,
    concurrency: config.queue.concurrency,
  });
  const signals = onStopSignal(logger, "worker draining");
  // Loaded here, not at the top: the service's start-up imports wiring lazily too.
  const { wireWorker } = await import("./wiring.ts");
  const wired = await wireWorker({ db, queue, config, logger });
  await queue.start();
  logger.info({ queue: queue.kind }, "worker is running");
  signals.stopWith(async () => {
    await wired.close();
    await queue.close(config.shutdownTimeoutMs);
    await db.close();
  });
}

export function exitWithStartupError(error: unknown): never {
  const message = isCareerCraftError(error)
    ? error.userMessage
    : `Start-up failed: ${(error as Error)?.stack ?? String(error)}`;
  process.stderr.write(`careercraft: ${message}\n`);
  process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await runUntilSignal(loadConfig());
  } catch (error) {
    exitWithStartupError(error);
  }
}
