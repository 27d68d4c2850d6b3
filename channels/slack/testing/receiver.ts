/**
 * A Slack channel behind a real express app on 127.0.0.1, and the requests Slack sends
 * it, signed with the signing secret: Events API callbacks, interactivity payloads and
 * OAuth returns. Shared by the Slack tests (one service instance each).
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import pino from "pino";
import { createSlackChannel, type SlackChannel, type SlackChannelOptions } from "../app.ts";
import { signSlackRequest } from "./stand-in.ts";

export const TEST_SIGNING_SECRET = "test-signing-secret";

export interface SlackReceiver {
  slack: SlackChannel;
  /** http://127.0.0.1:port */
  base: string;
  /** POSTs a signed body to /slack/events. */
  post(body: string, contentType?: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startSlackReceiver(
  options: Omit<SlackChannelOptions, "logger" | "signingSecret"> & { signingSecret?: string },
): Promise<SlackReceiver> {
  const secret = options.signingSecret ?? TEST_SIGNING_SECRET;
  const slack = createSlackChannel({
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    signingSecret: secret,
    retries: 0,
    ...options,
  });
  const app = express();
  if (slack.router) app.use(slack.router);
  const server: Server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  await slack.start();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    slack,
    base,
    post: (body, contentType = "application/json", headers = {}) =>
      fetch(`${base}/slack/events`, {
        method: "POST",
        headers: { "content-type": contentType, ...signSlackRequest(secret, body), ...headers },
        body,
      }),
    async close() {
      await slack.stop();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

let seq = 0;

/** An Events API callback as Slack sends it: `{ eventId, body }`. */
export function eventCallback(
  team: string,
  event: Record<string, unknown>,
): { eventId: string; body: string } {
  const eventId = `Ev${Date.now().toString(36)}${++seq}`;
  const body = JSON.stringify({
    token: "legacy",
    team_id: team,
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
  return { eventId, body };
}

/** A DM from `user` in `team` (channel D<user>), with any extra event fields. */
export function directMessage(team: string, user: string, text: string, extra: Record<string, unknown> = {}) {
  return eventCallback(team, {
    type: "message",
    channel: `D${user}`,
    channel_type: "im",
    user,
    text,
    ts: `${1_800_000_000 + ++seq}.000200`,
    ...extra,
  });
}
