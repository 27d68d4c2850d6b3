/**
 * A separate `careercraft worker` (RUN_JOBS_IN_PROCESS=false in the service) runs the
 * reminder jobs, so it must reach people on Slack, Discord and Teams itself. The worker
 * is wired as main.ts wires it (wireWorker) on BullMQ in Redis, against stand-ins of the
 * three platforms' APIs on 127.0.0.1; three people last seen on one platform each have
 * an application whose follow-up is due, and each gets the reminder there, as text and
 * a card with answer buttons, with nothing received or connected by the worker.
 */
import { randomUUID } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SlackStandIn, startSlackStandIn } from "./channels/slack/testing/stand-in.ts";
import { loadConfig } from "./config.ts";
import type { Db } from "./data/db/types.ts";
import { createJobQueue, type JobQueue } from "./data/queue/index.ts";
import { createChannelReferencesRepository } from "./data/repositories/channel-references.ts";
import { createUsersRepository } from "./data/repositories/users.ts";
import { createPgliteTestDatabase } from "./test-support/db.ts";
import { REDIS_AVAILABLE, TEST_REDIS_URL } from "./test-support/redis.ts";
import { type DiscordStandIn, startDiscordStandIn } from "./test-support/standins/discord.ts";
import { startTeamsStandIn, type TeamsStandIn } from "./test-support/standins/teams.ts";
import { waitFor } from "./test-support/wait.ts";
import { addApplication, applicationsContextFor } from "./tools/applications/index.ts";
import { type Wired, wireWorker } from "./wiring.ts";

const SLACK_TEAM = "T0WORKER";
const SLACK_TOKEN = "xoxb-worker-test";
const TEAMS_APP_ID = randomUUID();

let db: Db;
let slack: SlackStandIn;
let discord: DiscordStandIn;
let teams: TeamsStandIn;
let queue: JobQueue;
let worker: Wired;

beforeAll(async () => {
  if (!REDIS_AVAILABLE) return;
  db = await createPgliteTestDatabase();
  slack = await startSlackStandIn({ tokens: { [SLACK_TOKEN]: SLACK_TEAM } });
  discord = await startDiscordStandIn();
  teams = await startTeamsStandIn();
  const config = loadConfig({
    MODEL_PROVIDER: "offline",
    LOG_LEVEL: "silent",
    REDIS_URL: TEST_REDIS_URL,
    RUN_JOBS_IN_PROCESS: "false",
    SLACK_SIGNING_SECRET: "worker-test-secret",
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_TEAM_ID: SLACK_TEAM,
    SLACK_API_URL: slack.apiUrl,
    DISCORD_BOT_TOKEN: "worker-test-discord-token",
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.api,
    TEAMS_ENABLED: "true",
    TEAMS_APP_ID,
    TEAMS_TENANT_ID: teams.tenantId,
    TEAMS_AUTH_SIDECAR_URL: teams.url,
  });
  queue = await createJobQueue(db, {
    redisUrl: TEST_REDIS_URL,
    prefix: `careercraft-worker-test-${randomUUID()}`,
  });
  worker = await wireWorker({
    db,
    queue,
    config,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
  });
  await queue.start();
});

afterAll(async () => {
  await worker?.close();
  await queue?.close(2_000);
  await Promise.all([slack?.close(), discord?.close(), teams?.close()]);
  await db?.close();
});

/** A person last seen in a DM on `platform`, whose application's follow-up is due now. */
async function dueFollowUp(platform: string, externalId: string, reference: Record<string, unknown>) {
  const users = createUsersRepository(db);
  const user = await users.resolveIdentity({ channel: platform, externalId, verified: true });
  await createChannelReferencesRepository(db).remember(
    platform,
    externalId,
    { platform, ...reference },
    true,
  );
  await users.touchLastChannel(user.id, platform, `thread-${randomUUID()}`);
  const appliedOn = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  // Armed on the queue the service shares with the worker: only the worker runs it.
  await addApplication(applicationsContextFor(db, user.id, { followUpDays: 7, queue }), {
    company: `Acme ${platform}`,
    position: "Data Engineer",
    status: "applied",
    appliedOn,
  });
  return user.id;
}

describe.skipIf(!REDIS_AVAILABLE)("a separate worker delivers chat-platform reminders", () => {
  it("reaches people on Slack, Discord and Teams through the kit's proactive delivery", {
    timeout: 60_000,
  }, async () => {
    await dueFollowUp("slack", `${SLACK_TEAM}:U0WORKER`, {
      workspace: SLACK_TEAM,
      conversation: "D0WORKER",
      user: "U0WORKER",
    });
    const discordUser = discord.nextId();
    const discordDm = discord.dmChannelOf(discordUser);
    await dueFollowUp("discord", discordUser, { conversation: discordDm, user: discordUser });
    const teamsChat = `a:${randomUUID()}`;
    await dueFollowUp("teams", `${teams.tenantId}:${randomUUID()}`, {
      workspace: teams.tenantId,
      conversation: teamsChat,
      user: `29:${randomUUID()}`,
      extra: { serviceUrl: teams.url, conversationType: "personal", botId: `28:${TEAMS_APP_ID}` },
    });

    // Each as the reminder's words and its card with answer buttons, not text alone.
    const arrived = (messages: () => unknown[], company: string, button: RegExp) =>
      waitFor(
        () => {
          const all = JSON.stringify(messages());
          return all.includes(company) && button.test(all) ? all : undefined;
        },
        30_000,
        `the ${company} reminder`,
      );
    await arrived(() => slack.messages("D0WORKER"), "Acme slack", /"type":"button"/);
    await arrived(() => discord.messages(discordDm), "Acme discord", /"custom_id"/);
    await arrived(() => teams.activities(teamsChat).map((a) => a.raw), "Acme teams", /Action\.Submit/);
    // The worker received nothing and connected to no gateway.
    expect(discord.identifiedIntents()).toBeUndefined();
  });
});
