/**
 * Discord on 127.0.0.1 for tests, on one HTTP server: the REST API discord.js calls
 * (discord-rest.ts) and the gateway over WebSocket (discord-gateway.ts), sharing what a
 * person would see — every channel's messages with edits applied — and a log of REST
 * calls so a test can count them per turn. The real discord.js client is pointed at it
 * with `rest: { api }`; a worker that only sends needs the REST half alone.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { discordGateway } from "./discord-gateway.ts";
import { discordRest } from "./discord-rest.ts";

export interface StandInMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: Record<string, unknown>[];
  components: { type: number; components: { type: number; custom_id?: string; label?: string }[] }[];
  attachments: { id: string; filename: string; size: number }[];
  flags?: number;
  edits: number;
  /** Sent through an interaction's webhook (deferred reply or follow-up). */
  viaInteraction?: string;
}

export interface RestCall {
  method: string;
  path: string;
  at: number;
  status: number;
}

export interface StandInUser {
  id: string;
  username: string;
}

export interface StandInGuild {
  id: string;
  name: string;
  channels: { id: string; name: string; type?: number; parent_id?: string }[];
}

export interface DiscordStandIn {
  /** For discord.js `rest.api`. */
  api: string;
  botUser: StandInUser;
  applicationId: string;
  calls: RestCall[];
  /** The intents the bot identified with. */
  identifiedIntents(): number | undefined;
  /** Resolves when a client has identified. */
  ready(): Promise<void>;
  messages(channelId: string): StandInMessage[];
  /** A message as the API returns it (what an interaction carries). */
  rawMessage(channelId: string, messageId: string): Record<string, unknown>;
  /** The DM channel the bot opened (or would open) with a user. */
  dmChannelOf(userId: string): string;
  /** Dispatches a gateway event to the connected client. */
  dispatch(event: string, data: Record<string, unknown>): void;
  /** The next REST call whose path matches answers 429 with this retry-after (seconds). */
  rateLimitNext(pathPattern: RegExp, retryAfterSeconds: number): void;
  /** Interaction callbacks received, by interaction id (type 5 deferred reply, 6 deferred update). */
  callbacks: Map<string, number>;
  registeredCommands: unknown[];
  nextId(): string;
  close(): Promise<void>;
}

let snowflake = BigInt(Date.now()) << 22n;
const nextId = () => (++snowflake).toString();

/** What the REST and gateway halves share. */
export interface DiscordState {
  botUser: StandInUser;
  applicationId: string;
  guilds: StandInGuild[];
  nextId(): string;
  /** A channel's messages (created on first use). */
  list(channelId: string): StandInMessage[];
  dmChannelOf(userId: string): string;
  /** Interactions dispatched by the test, by token: where their replies go. */
  interactionChannels: Map<string, { channelId: string; originalId?: string }>;
  rateLimits: { pattern: RegExp; retryAfter: number }[];
  callbacks: Map<string, number>;
  registeredCommands: unknown[];
  wsUrl(): string;
}

export async function startDiscordStandIn(
  options: { guilds?: StandInGuild[] } = {},
): Promise<DiscordStandIn> {
  const botUser = { id: nextId(), username: "careercraft" };
  const channels = new Map<string, StandInMessage[]>();
  const dms = new Map<string, string>();
  const calls: RestCall[] = [];
  let wsUrl = "";
  const state: DiscordState = {
    botUser,
    applicationId: botUser.id,
    guilds: options.guilds ?? [],
    nextId,
    list(channelId) {
      let l = channels.get(channelId);
      if (!l) {
        l = [];
        channels.set(channelId, l);
      }
      return l;
    },
    dmChannelOf(userId) {
      let id = dms.get(userId);
      if (!id) {
        id = nextId();
        dms.set(userId, id);
      }
      return id;
    },
    interactionChannels: new Map(),
    rateLimits: [],
    callbacks: new Map(),
    registeredCommands: [],
    wsUrl: () => wsUrl,
  };
  const rest = discordRest(state);

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(
      /^\/api(\/v\d+)?/,
      "",
    );
    rest
      .route(req, res, path)
      .then((status) => calls.push({ method: req.method ?? "GET", path, at: Date.now(), status }))
      .catch((error) => {
        calls.push({ method: req.method ?? "GET", path, at: Date.now(), status: 500 });
        if (!res.headersSent)
          res
            .writeHead(500, { "content-type": "application/json" })
            .end(JSON.stringify({ message: String(error) }));
      });
  });
  const gateway = discordGateway(server, state);

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  wsUrl = `ws://127.0.0.1:${port}`;

  return {
    api: `http://127.0.0.1:${port}/api`,
    botUser,
    applicationId: state.applicationId,
    calls,
    callbacks: state.callbacks,
    registeredCommands: state.registeredCommands,
    identifiedIntents: gateway.identifiedIntents,
    ready: gateway.ready,
    messages: (channelId) => state.list(channelId),
    rawMessage(channelId, messageId) {
      const m = state.list(channelId).find((x) => x.id === messageId);
      if (!m) throw new Error(`no message ${messageId} in ${channelId}`);
      return rest.messageJson(m);
    },
    dmChannelOf: state.dmChannelOf,
    dispatch: gateway.dispatch,
    rateLimitNext(pattern, retryAfter) {
      state.rateLimits.push({ pattern, retryAfter });
    },
    nextId,
    close: () =>
      new Promise<void>((resolve) => {
        gateway.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
