/**
 * Everything main.ts plugs into the app beyond the foundation: job handlers, the agent's
 * conversation entry and the channels. Kept apart from main.ts so the composition
 * root stays readable as capabilities land.
 */
import type { Express } from "express";
import type { Conversation } from "./agent/conversation/converse.ts";
import { createThreadsRepository } from "./agent/conversation/threads.ts";
import { createApiRouter } from "./channels/api/index.ts";
import { startChatPlatforms } from "./channels/chat-platforms.ts";
import { createWebChannel } from "./channels/web/index.ts";
import { RedisRateCounter } from "./channels/web/redis-rate-counter.ts";
import { webReminderDelivery } from "./channels/web/reminder-delivery.ts";
import type { Config } from "./config.ts";
import type { Converse } from "./contract/conversation.ts";
import { type CacheBus, createCacheBus } from "./data/cache-bus.ts";
import type { Db } from "./data/db/types.ts";
import type { Logger } from "./data/logger.ts";
import type { JobQueue } from "./data/queue/types.ts";
import { dateParser } from "./tools/applications/dates.ts";
import { routeReminders, wireReminderJobs } from "./tools/applications/index.ts";
import type { ReminderDelivery } from "./tools/applications/reminders.ts";
import { warmInterviews } from "./tools/interviews/service.ts";
import { createResumeReaderFromSettings, type ResumeReader } from "./tools/resume/reader/pool.ts";

export interface WiringDeps {
  app: Express;
  db: Db;
  queue: JobQueue;
  config: Config;
  logger: Logger;
  /** The package version (/health, the API document). */
  version?: string;
}

export interface Wired {
  /** Loads what start-up does not wait for (the agent, the question bank); call once listening. */
  warmUp?(): void;
  close(): Promise<void>;
}

/**
 * The agent (LangGraph, LangChain, the model providers) loads after the service listens:
 * start-up does not wait for it; a turn that arrives first waits for it instead.
 */
function lazyConversation(deps: Omit<WiringDeps, "app">, resumeReader: ResumeReader, cacheBus: CacheBus) {
  let loading: Promise<Conversation> | undefined;
  let loaded: Conversation | undefined;
  const load = () => {
    loading ??= import("./agent/index.ts")
      .then(({ createConversation }) =>
        createConversation({
          db: deps.db,
          config: deps.config,
          queue: deps.queue,
          logger: deps.logger,
          resumeReader,
          cacheBus,
        }),
      )
      .then((c) => {
        loaded = c;
        return c;
      });
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
  const converse: Converse = (identity, threadId, inbound, options) =>
    (async function* () {
      yield* (await load()).converse(identity, threadId, inbound, options);
    })();
  return {
    load,
    converse,
    // Every instance forgets the person (a link or a deletion through the API), this one too.
    forgetUser: (userId: string) => {
      loaded?.forgetUser(userId);
      cacheBus
        .publish("user-deleted", userId)
        .catch((err) => deps.logger.warn({ err }, "telling other instances about a deletion failed"));
    },
    eraseConversations: async (userId: string) =>
      createThreadsRepository(deps.db).eraseForUser(userId, (await load()).checkpointer),
    close: async () => {
      await loaded?.close();
    },
  };
}

/** Job handlers only: what both the service and a separate worker run. */
export async function wireJobs(
  deps: Omit<WiringDeps, "app">,
  /** Chat platforms' reminder delivery (the service passes the ones it started). */
  chatDelivery: Record<string, ReminderDelivery> = {},
): Promise<Wired> {
  const { db, queue, logger } = deps;
  // Reminders reach the person through the channel they last used; channels that cannot
  // start a conversation (the terminal) are skipped rather than retried.
  const delivery = routeReminders({ ...chatDelivery, web: webReminderDelivery(db) });
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

/**
 * What the service and a separate worker share: one resume reader pool, the cache bus, the
 * conversation (the agent loaded on first use), Slack/Discord/Teams and the job handlers.
 * Given an app, the chat platforms mount their receivers on it; without one they are built
 * for proactive delivery only.
 */
async function wireCore(deps: Omit<WiringDeps, "app"> & { app?: Express }) {
  const { app, db, queue, config, logger } = deps;
  // One reader pool for every channel: people take turns across the agent and the API alike.
  const resumeReader = createResumeReaderFromSettings(config.resume, logger);
  // Identity caches of every instance hear of deletions and links (Redis pub/sub when set).
  const cacheBus = createCacheBus({
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    onError: (err) => logger.warn({ err }, "cache bus connection problem"),
  });
  const conversation = lazyConversation(deps, resumeReader, cacheBus);
  // Slack, Discord and Teams when configured: their receivers go before the API router.
  const chats = await startChatPlatforms({
    ...(app ? { app } : {}),
    db,
    queue,
    config,
    logger,
    converse: conversation.converse,
    cacheBus,
  });
  const jobs = await wireJobs(deps, chats.delivery);
  return {
    resumeReader,
    cacheBus,
    conversation,
    chats,
    async close() {
      await chats.close();
      await conversation.close();
      await cacheBus.close();
      await resumeReader.close();
      await jobs.close();
    },
  };
}

/**
 * `careercraft worker`: the job handlers, with what they need to reach people. Chat
 * platforms are built without receivers (nothing is mounted or connected) so reminders
 * reach Slack, Discord and Teams through the kit's proactive delivery, and queued chat
 * turns (files) run here with the agent loaded on first use, as in the service.
 */
export async function wireWorker(deps: Omit<WiringDeps, "app">): Promise<Wired> {
  const core = await wireCore(deps);
  return { close: core.close };
}

/** Job handlers, the conversation entry and every channel the app serves. */
export async function wireServices(deps: WiringDeps): Promise<Wired> {
  const { app, db, queue, config, logger } = deps;
  const core = await wireCore(deps);
  const { resumeReader, conversation, chats } = core;
  // Several instances share one Redis: their rate limits must count together.
  const rateCounter = config.redisUrl
    ? new RedisRateCounter({ redisUrl: config.redisUrl, logger })
    : undefined;
  // The REST API first: its routes answer before the web channel's /api body parser sees them.
  app.use(
    createApiRouter({
      db,
      config,
      logger,
      queue,
      rateCounter,
      version: deps.version ?? "unknown",
      conversation,
      resumeReader,
    }),
  );
  app.use(createWebChannel({ converse: conversation.converse, db, config, logger, rateCounter }));

  let bankReady: Promise<void> = Promise.resolve();
  return {
    warmUp() {
      chats.start().catch((err) => logger.error({ err }, "a chat platform could not connect"));
      conversation.load().catch((err) => logger.error({ err }, "the agent could not be loaded"));
      // Loaded on first use; now, so that nobody's first date phrase waits for it.
      dateParser();
      // Loading and embedding the interview bank takes seconds on a fresh database: do it
      // now, in the background, instead of in someone's first interview question.
      bankReady = warmInterviews(db, config).then(
        () => logger.debug("interview question bank ready"),
        (err) =>
          logger.warn(
            { err },
            "interview question bank could not be loaded; it will be retried on first use",
          ),
      );
    },
    async close() {
      await bankReady;
      await core.close();
      await rateCounter?.close();
    },
  };
}
