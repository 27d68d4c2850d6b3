/**
 * The chat platforms the operator configured (Slack, Discord, Teams), on one channel kit:
 * Slack's /slack/events and Teams' /api/messages are mounted (before anything parses bodies:
 * they verify the raw request), the Discord gateway client is started, and each platform
 * gets a reminder delivery through the kit's stored references. Nothing starts when no
 * platform is configured.
 *
 * A separate `careercraft worker` builds the same kit without an `app` and never calls
 * `start()`: nothing is received there, but its jobs (reminders, queued turns) speak to
 * each platform's API through the same adapters and the same proactive delivery.
 */
import type { Express } from "express";
import type { Config } from "../config.ts";
import type { Converse } from "../contract/conversation.ts";
import type { CacheBus } from "../data/cache-bus.ts";
import type { Db } from "../data/db/types.ts";
import type { Logger } from "../data/logger.ts";
import type { JobQueue } from "../data/queue/types.ts";
import type { ReminderDelivery } from "../tools/applications/reminders.ts";
import type { ChannelAdapter } from "./core/adapter.ts";
import { createChannelKit } from "./core/kit.ts";
import { parseOrganizationMap } from "./core/organizations.ts";

export interface ChatPlatforms {
  /** Reminder delivery by platform name, for routeReminders. */
  delivery: Record<string, ReminderDelivery>;
  /** Connects what has a connection (the Discord gateway); call once the app listens. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startChatPlatforms(deps: {
  /** Where the receivers are mounted; absent in a worker, which only sends. */
  app?: Express;
  db: Db;
  queue: JobQueue;
  config: Config;
  logger: Logger;
  converse: Converse;
  /** Deletions and links elsewhere make the kit forget what it remembered of the person. */
  cacheBus?: CacheBus;
}): Promise<ChatPlatforms> {
  const { config, logger } = deps;
  if (!config.slack && !config.discord && !config.teams)
    return { delivery: {}, start: async () => {}, close: async () => {} };
  const organizations = parseOrganizationMap(config.organizationMap);
  const kit = createChannelKit({
    converse: deps.converse,
    db: deps.db,
    logger,
    queue: deps.queue,
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    organizations,
    maxAttachmentBytes: config.resume.maxBytes,
    ...(deps.cacheBus ? { cacheBus: deps.cacheBus } : {}),
  });
  const adapters: ChannelAdapter[] = [];
  /** Platforms whose channel registered its own adapter. */
  const platforms: string[] = [];
  const starts: (() => Promise<void>)[] = [];
  const closes: (() => Promise<void>)[] = [];

  if (config.slack) {
    const { createSlackChannel } = await import("./slack/app.ts");
    // The Slack channel registers its adapter with the kit itself.
    const slack = createSlackChannel({
      kit,
      db: deps.db,
      logger: logger.child({ channel: "slack" }),
      ...config.slack,
    });
    if (slack.router) deps.app?.use(slack.router);
    platforms.push("slack");
    starts.push(() => slack.start());
    closes.push(() => slack.stop());
  }

  if (config.discord) {
    const { createDiscordChannel } = await import("./discord/index.ts");
    const discord = createDiscordChannel({
      token: config.discord.token,
      applicationId: config.discord.applicationId,
      kit,
      logger: logger.child({ channel: "discord" }),
      ...(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}),
    });
    adapters.push(discord.adapter);
    starts.push(() => discord.start());
    closes.push(() => discord.close());
  }

  if (config.teams) {
    const { createTeamsChannel } = await import("./teams/index.ts");
    // A tenant may use the bot when the operator mapped it to an organisation, or it is the bot's own.
    const tenants = new Set(
      [...organizations.keys()].filter((k) => k.startsWith("teams:")).map((k) => k.slice("teams:".length)),
    );
    if (config.teams.tenantId) tenants.add(config.teams.tenantId);
    const teams = createTeamsChannel({
      ...(config.teams.appId
        ? {
            auth: {
              appId: config.teams.appId,
              ...(config.teams.tenantId ? { tenantId: config.teams.tenantId } : {}),
              ...(config.teams.appPassword ? { appPassword: config.teams.appPassword } : {}),
              ...(config.teams.sidecarUrl ? { sidecarUrl: config.teams.sidecarUrl } : {}),
            },
          }
        : {}),
      kit,
      db: deps.db,
      logger: logger.child({ channel: "teams" }),
      tenants,
    });
    adapters.push(teams.adapter);
    deps.app?.use(teams.router);
    if (tenants.size === 0)
      logger.warn(
        "Teams is enabled but no tenant is allowed: add teams:<tenant id>=<org> to ORGANIZATION_MAP",
      );
  }

  for (const adapter of adapters) kit.register(adapter);
  return {
    delivery: Object.fromEntries(
      [...platforms, ...adapters.map((a) => a.platform)].map((platform) => [platform, kit.delivery]),
    ),
    async start() {
      for (const start of starts) await start();
    },
    async close() {
      for (const close of closes)
        await close().catch((err) => logger.warn({ err }, "closing a chat platform failed"));
      await kit.close();
    },
  };
}
