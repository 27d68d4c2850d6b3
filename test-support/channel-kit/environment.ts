/**
 * Everything a chat-platform test needs behind its adapter, wired as the service wires
 * it (wiring.ts): the real conversation (offline planner, checkpoints in the test
 * database), a job queue, the channel kit with the adapters, and reminder jobs that
 * deliver through the kit. Two environments on one database and one Redis behave as two
 * service instances, so they must be configured alike (same adapters): either one's queue
 * runs any queued turn or reminder. An environment that plays a differently configured
 * service needs a database of its own.
 */
import pino from "pino";
import { createConversation } from "../../agent/conversation/converse.ts";
import type { ChannelAdapter } from "../../channels/core/adapter.ts";
import { type ChannelKit, createChannelKit, type TurnReport } from "../../channels/core/kit.ts";
import type { OrganizationMap } from "../../channels/core/organizations.ts";
import { loadConfig } from "../../config.ts";
import { type CacheBus, createCacheBus } from "../../data/cache-bus.ts";
import type { Db } from "../../data/db/types.ts";
import { createJobQueue, type JobQueue } from "../../data/queue/index.ts";
import { wireReminderJobs } from "../../tools/applications/index.ts";

export interface KitEnvironment {
  kit: ChannelKit;
  queue: JobQueue;
  cacheBus: CacheBus;
  reports: TurnReport[];
  reminderOutcomes: unknown[];
  /** Resolves with the report of the turn for `eventId` once it has finished. */
  turnDone(eventId: string, timeoutMs?: number): Promise<TurnReport>;
  close(): Promise<void>;
}

export async function startKitEnvironment(options: {
  db: Db;
  adapters: ChannelAdapter[];
  /** Set to share locks, de-duplication, queue and cache bus through Redis. */
  redisUrl?: string;
  /** Redis key prefix for this test run (shared by instances that act as one service). */
  prefix?: string;
  organizations?: OrganizationMap;
  maxAttachmentBytes?: number;
  /** Run the job queue in this instance (default true). */
  runJobs?: boolean;
}): Promise<KitEnvironment> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });
  const prefix = options.prefix ?? `careercraft-test-${process.pid}-${Date.now()}`;
  const queue = await createJobQueue(options.db, {
    redisUrl: options.redisUrl,
    concurrency: 4,
    prefix,
  });
  const cacheBus = createCacheBus({ redisUrl: options.redisUrl, prefix: `${prefix}:cache:` });
  await cacheBus.ready();
  const conversation = await createConversation({ db: options.db, config, queue, logger, cacheBus });
  const reports: TurnReport[] = [];
  const reminderOutcomes: unknown[] = [];
  const waiting = new Map<string, (r: TurnReport) => void>();
  const kit = createChannelKit({
    converse: conversation.converse,
    db: options.db,
    logger,
    queue,
    cacheBus,
    redisUrl: options.redisUrl,
    keyPrefix: `${prefix}:channels:`,
    organizations: options.organizations,
    maxAttachmentBytes: options.maxAttachmentBytes ?? config.resume.maxBytes,
    onTurn: (report) => {
      reports.push(report);
      waiting.get(report.eventId)?.(report);
    },
  });
  for (const adapter of options.adapters) kit.register(adapter);
  await wireReminderJobs({
    db: options.db,
    queue,
    // The kit routes by platform itself, so adapters registered later (a platform channel
    // that registers its own adapter with the kit) are reachable too.
    delivery: kit.delivery,
    onOutcome: (outcome, payload) =>
      reminderOutcomes.push({ at: new Date().toISOString(), outcome, payload }),
  });
  if (options.runJobs !== false) await queue.start();
  return {
    kit,
    queue,
    cacheBus,
    reports,
    reminderOutcomes,
    turnDone(eventId, timeoutMs = 30_000) {
      const done = reports.find((r) => r.eventId === eventId);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`turn ${eventId} did not finish`)), timeoutMs);
        waiting.set(eventId, (r) => {
          clearTimeout(timer);
          waiting.delete(eventId);
          resolve(r);
        });
      });
    },
    async close() {
      await queue.close(2000);
      await kit.close();
      await conversation.close();
      await cacheBus.close();
    },
  };
}
