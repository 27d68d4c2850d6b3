/**
 * The chat platforms of the service (Slack today; Discord and Teams plug in the same way):
 * one channel kit shared by every platform that is configured, its queued-turn jobs and
 * the proactive delivery reminders use. Nothing is created when no platform is configured.
 */
import type { Router } from "express";
import type { Config } from "../config.ts";
import type { Converse } from "../contract/conversation.ts";
import type { Db } from "../data/db/types.ts";
import type { Logger } from "../data/logger.ts";
import type { JobQueue } from "../data/queue/types.ts";
import type { ReminderDelivery } from "../tools/applications/reminders.ts";
import { createChannelKit } from "./core/kit.ts";
import { parseOrganizationMap } from "./core/organizations.ts";
import { createSlackChannel } from "./slack/app.ts";

export interface ChatPlatforms {
  /** Reminder delivery per platform name, for routeReminders. */
  deliveries: Record<string, ReminderDelivery>;
  /** HTTP receivers to mount before any body parser (they verify the raw body's signature). */
  routers: Router[];
  start(): Promise<void>;
  close(): Promise<void>;
}

export function createChatPlatforms(deps: {
  db: Db;
  queue: JobQueue;
  config: Config;
  logger: Logger;
  converse: Converse;
}): ChatPlatforms | undefined {
  const { config } = deps;
  if (!config.slack) return undefined;
  const kit = createChannelKit({
    converse: deps.converse,
    db: deps.db,
    logger: deps.logger,
    queue: deps.queue,
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    organizations: parseOrganizationMap(config.organizationMap),
    maxAttachmentBytes: config.resume.maxBytes,
  });
  const slack = createSlackChannel({
    kit,
    db: deps.db,
    logger: deps.logger,
    ...config.slack,
  });
  return {
    deliveries: { slack: kit.delivery },
    routers: slack.router ? [slack.router] : [],
    start: () => slack.start(),
    async close() {
      await slack.stop();
      await kit.close();
    },
  };
}
