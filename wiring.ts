/**
 * Everything main.ts plugs into the app beyond the foundation: job handlers, the agent's
 * conversation entry and the channels. Kept apart from main.ts so the composition
 * root stays readable as capabilities land.
 */
import type { Express } from "express";
import { createConversation } from "./agent/index.ts";
import { createWebChannel } from "./channels/web/index.ts";
import { RedisRateCounter } from "./channels/web/redis-rate-counter.ts";
import { webReminderDelivery } from "./channels/web/reminder-delivery.ts";
import type { Config } from "./config.ts";
import type { Db } from "./data/db/types.ts";
import { embedderFromConfig } from "./data/embeddings/index.ts";
import type { Logger } from "./data/logger.ts";
import type { JobQueue } from "./data/queue/types.ts";
import { routeReminders, wireReminderJobs } from "./tools/applications/index.ts";
import { createInterviewContext } from "./tools/interviews/context.ts";

export interface WiringDeps {
  app: Express;
  db: Db;
  queue: JobQueue;
  config: Config;
  logger: Logger;
}

export interface Wired {
  close(): Promise<void>;
}

/** Job handlers only: what both the service and a separate worker run. */
export async function wireJobs(deps: Omit<WiringDeps, "app">): Promise<Wired> {
  const { db, queue, logger } = deps;
  // Reminders reach the person through the channel they last used; channels that cannot
  // start a conversation (the terminal) are skipped rather than retried.
  const delivery = routeReminders({ web: webReminderDelivery(db) });
  const { rearmed } = await wireReminderJobs({
    db,
    queue,
    delivery,
    onOutcome: (outcome, payload) =>
      logger.info({ outcome, reminderId: payload.reminderId }, "reminder handled"),
  });
  if (rearmed) logger.info({ rearmed }, "pending reminders re-armed");
  return { async close() {} };
}

/** Job handlers, the conversation entry and every channel the app serves. */
export async function wireServices(deps: WiringDeps): Promise<Wired> {
  const { app, db, queue, config, logger } = deps;
  const jobs = await wireJobs(deps);
  const conversation = await createConversation({ db, config, queue, logger });
  // Several instances share one Redis: their rate limits must count together.
  const rateCounter = config.redisUrl
    ? new RedisRateCounter({ redisUrl: config.redisUrl, logger })
    : undefined;
  app.use(createWebChannel({ converse: conversation.converse, db, config, logger, rateCounter }));

  // Loading and embedding the interview bank takes seconds on a fresh database: do it
  // now, in the background, instead of in someone's first interview question.
  const bankReady = createInterviewContext(db, { embedder: embedderFromConfig(config) })
    .ready()
    .then(
      (report) => logger.info({ report }, "interview question bank ready"),
      (err) =>
        logger.warn({ err }, "interview question bank could not be loaded; it will be retried on first use"),
    );
  return {
    async close() {
      await bankReady;
      await conversation.close();
      await rateCounter?.close();
      await jobs.close();
    },
  };
}
