/**
 * The Slack channel: a Bolt app whose receiver verifies every request (signing secret,
 * 5-minute window) and hands DMs, @mentions, file shares, button presses and the
 * /careercraft command to the channel kit, and publishes the App Home tab. HTTP events
 * arrive on `router` (mounted in our express app), which with OAuth configured also
 * serves `/slack/install` and `/slack/oauth_redirect` (Bolt's InstallProvider; api/oauth.ts)
 * for installs into many workspaces; Socket Mode (an app-level token) serves installs
 * that cannot expose a URL. Repeats (Slack retries what it did not see acknowledged) are
 * the kit's job: it handles an event_id once across instances. Each person's time zone
 * and locale come from users.info (api/people.ts).
 */
import { App, ExpressReceiver, LogLevel, SocketModeReceiver } from "@slack/bolt";
import type { Router } from "express";
import type { Queryable } from "../../data/db/types.ts";
import type { Logger } from "../../data/logger.ts";
import type { ChannelEvent } from "../core/adapter.ts";
import type { ChannelKit } from "../core/kit.ts";
import { SlackAdapter } from "./adapter.ts";
import { createInstallationStore, type InstallationStore } from "./api/installations.ts";
import {
  boltInstallationStore,
  installPages,
  SLACK_BOT_SCOPES,
  type SlackOAuthOptions,
} from "./api/oauth.ts";
import { createPeopleSettings } from "./api/people.ts";
import { homeBlocks } from "./home.ts";
import {
  parseBlockAction,
  parseMessage,
  type SlackBlockAction,
  type SlackMessageEvent,
} from "./receive/parse.ts";

export interface SlackChannelOptions {
  kit: ChannelKit;
  db: Queryable;
  logger: Logger;
  signingSecret: string;
  /** A single-workspace install: the bot token (and the workspace it belongs to). */
  botToken?: string;
  teamId?: string;
  /** Socket Mode instead of HTTP events (xapp- token). */
  appToken?: string;
  /** OAuth install for many workspaces (HTTP mode): /slack/install and /slack/oauth_redirect. */
  oauth?: SlackOAuthOptions;
  /** Web API base URL (tests: a stand-in on 127.0.0.1). */
  apiUrl?: string;
  retries?: number;
  onApiCall?: (method: string) => void;
}

export interface SlackChannel {
  adapter: SlackAdapter;
  installations: InstallationStore;
  /** Express router serving POST /slack/events (HTTP mode). */
  router?: Router;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What `/careercraft <word>` says to the agent. */
const COMMANDS: Record<string, string> = {
  analyze: "am I a fit?",
  analyse: "am I a fit?",
  roadmap: "show my roadmap",
  applications: "show my applications",
};

export const SLACK_HELP =
  "I'm CareerCraft, your career agent. Send me your resume as a PDF or Word file in this DM, " +
  "tell me the job you want, then try `/careercraft analyze`, `/careercraft roadmap` or " +
  "`/careercraft applications`.";

export function createSlackChannel(options: SlackChannelOptions): SlackChannel {
  const { kit, logger } = options;
  const installations = createInstallationStore(
    options.db,
    options.botToken
      ? { botToken: options.botToken, ...(options.teamId ? { teamId: options.teamId } : {}) }
      : undefined,
  );
  const adapter = new SlackAdapter({
    installations,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.onApiCall ? { onCall: options.onApiCall } : {}),
  });
  kit.register(adapter);

  const clientOptions = {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: options.retries ?? 10 },
  };
  const oauth = options.appToken ? undefined : options.oauth;
  const receiver = options.appToken
    ? new SocketModeReceiver({
        appToken: options.appToken,
        logLevel: LogLevel.ERROR,
        ...(options.apiUrl ? { installerOptions: { clientOptions } } : {}),
      } as ConstructorParameters<typeof SocketModeReceiver>[0])
    : new ExpressReceiver({
        signingSecret: options.signingSecret,
        endpoints: "/slack/events",
        logLevel: LogLevel.ERROR,
        ...(oauth
          ? {
              clientId: oauth.clientId,
              clientSecret: oauth.clientSecret,
              stateSecret: oauth.stateSecret,
              scopes: oauth.scopes ?? SLACK_BOT_SCOPES,
              installationStore: boltInstallationStore(installations),
              installerOptions: {
                stateVerification: true,
                clientOptions,
                ...(oauth.authorizationUrl ? { authorizationUrl: oauth.authorizationUrl } : {}),
                callbackOptions: {
                  success: (installation, _options, _req, res) => installPages.success(installation, res),
                  failure: (error, _options, req, res) => installPages.failure(error, req, res),
                },
              },
            }
          : {}),
      });
  const app = new App({
    receiver,
    clientOptions,
    logLevel: LogLevel.ERROR,
    // With OAuth, Bolt's InstallProvider authorizes from the same store; otherwise this does.
    // Either way a workspace that never installed gets no answer (and no token to answer with).
    ...(oauth
      ? {}
      : {
          authorize: async ({ teamId, enterpriseId }: { teamId?: string; enterpriseId?: string }) => {
            const installation = teamId ? await installations.find(teamId) : undefined;
            if (!installation)
              throw new Error(
                `Slack workspace ${teamId ?? enterpriseId ?? "?"} has not installed CareerCraft.`,
              );
            return {
              botToken: installation.botToken,
              ...(installation.botUserId ? { botUserId: installation.botUserId } : {}),
            };
          },
        }),
  });

  const people = createPeopleSettings(adapter, logger);
  const receive = async (parsed: ChannelEvent | undefined) => {
    if (!parsed) return;
    const { workspace } = parsed.identity;
    const user = parsed.ref.user;
    const settings = workspace && user ? await people.of(workspace, user) : {};
    const event = { ...parsed, identity: { ...parsed.identity, ...settings } };
    await kit
      .receive(event)
      .catch((err) => logger.error({ err, eventId: event.eventId }, "a Slack turn failed"));
  };

  app.event("message", async ({ event, body }) => {
    const message = event as unknown as SlackMessageEvent;
    // Channel messages reach us only as app_mention; here DMs alone.
    if (message.channel_type !== "im") return;
    await receive(parseMessage(body.event_id, body.team_id, message));
  });

  app.event("app_mention", async ({ event, body }) => {
    await receive(parseMessage(body.event_id, body.team_id, event as unknown as SlackMessageEvent));
  });

  app.action(/^cc-/, async ({ ack, body }) => {
    await ack();
    await receive(parseBlockAction(body as unknown as SlackBlockAction));
  });

  app.command("/careercraft", async ({ ack, command }) => {
    const word = command.text.trim().toLowerCase().split(/\s+/)[0] ?? "";
    const text = COMMANDS[word];
    if (!text) {
      await ack({ response_type: "ephemeral", text: SLACK_HELP });
      return;
    }
    await ack({ response_type: "ephemeral", text: "On it — I'll answer in our direct messages." });
    const ref = await adapter.openDirect({
      platform: "slack",
      workspace: command.team_id,
      user: command.user_id,
    });
    await receive({
      platform: "slack",
      eventId: `command:${command.trigger_id}`,
      identity: {
        channel: "slack",
        externalId: `${command.team_id}:${command.user_id}`,
        verified: true,
        workspace: command.team_id,
      },
      ref,
      threadKey: `${command.team_id}:${ref.conversation}`,
      text,
      attachments: [],
      direct: true,
    });
  });

  app.event("app_home_opened", async ({ event, body }) => {
    if (event.tab !== "home") return;
    await homeBlocks(options.db, `${body.team_id}:${event.user}`)
      .then((blocks) => adapter.publishHome(body.team_id, event.user, blocks))
      .catch((err) => logger.error({ err }, "publishing the Slack Home tab failed"));
  });

  // An uninstall, or the bot token revoked, takes the token with it.
  app.event("app_uninstalled", async ({ body }) => {
    await installations.remove(body.team_id);
  });
  app.event("tokens_revoked", async ({ event, body }) => {
    if (event.tokens.bot?.length) await installations.remove(body.team_id);
  });

  return {
    adapter,
    installations,
    ...(receiver instanceof ExpressReceiver ? { router: receiver.router as unknown as Router } : {}),
    async start() {
      if (receiver instanceof SocketModeReceiver) await app.start();
    },
    async stop() {
      if (receiver instanceof SocketModeReceiver) await app.stop();
    },
  };
}
