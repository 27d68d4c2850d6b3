/**
 * The gateway half of the Discord stand-in (see discord.ts): a WebSocket on the same
 * server that says HELLO, answers heartbeats, takes IDENTIFY (keeping the intents the
 * bot asked for) with READY and a GUILD_CREATE per guild, and then carries whatever the
 * test dispatches (MESSAGE_CREATE, INTERACTION_CREATE) to the connected client.
 */
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import { WebSocket, WebSocketServer } from "ws";
import type { DiscordState, StandInGuild } from "./discord.ts";

export interface DiscordGateway {
  /** The intents the bot identified with. */
  identifiedIntents(): number | undefined;
  /** Resolves when a client has identified. */
  ready(): Promise<void>;
  /** Dispatches a gateway event to the connected client. */
  dispatch(event: string, data: Record<string, unknown>): void;
  close(): void;
}

export function discordGateway(server: Server, state: DiscordState): DiscordGateway {
  const { botUser, applicationId, guilds } = state;
  let intents: number | undefined;
  let socket: WebSocket | undefined;
  let seq = 0;
  let onReady: (() => void) | undefined;
  const readyPromise = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  const wss = new WebSocketServer({ server });
  const sendOp = (ws: WebSocket, payload: Record<string, unknown>) => ws.send(JSON.stringify(payload));
  const dispatchOn = (ws: WebSocket, t: string, d: unknown) => sendOp(ws, { op: 0, t, s: ++seq, d });

  const guildCreate = (g: StandInGuild) => ({
    id: g.id,
    name: g.name,
    icon: null,
    owner_id: "1",
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: g.id,
        name: "@everyone",
        permissions: "0",
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: "en-US",
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: g.channels
      .filter((c) => (c.type ?? 0) === 0)
      .map((c, i) => ({
        id: c.id,
        type: 0,
        name: c.name,
        position: i,
        permission_overwrites: [],
        guild_id: g.id,
      })),
    threads: g.channels
      .filter((c) => c.type === 11)
      .map((c) => ({
        id: c.id,
        type: 11,
        name: c.name,
        guild_id: g.id,
        parent_id: c.parent_id,
        owner_id: "1",
        thread_metadata: { archived: false, auto_archive_duration: 1440, locked: false },
      })),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  });

  wss.on("connection", (ws) => {
    socket = ws;
    sendOp(ws, { op: 10, d: { heartbeat_interval: 41_250 } });
    ws.on("message", (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (payload.op === 1) sendOp(ws, { op: 11 });
      if (payload.op === 2) {
        intents = Number(payload.d.intents);
        dispatchOn(ws, "READY", {
          v: 10,
          user: { ...botUser, discriminator: "0", bot: true, avatar: null, global_name: null },
          guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
          session_id: randomUUID(),
          resume_gateway_url: state.wsUrl(),
          application: { id: applicationId, flags: 0 },
          private_channels: [],
        });
        for (const g of guilds) dispatchOn(ws, "GUILD_CREATE", guildCreate(g));
        onReady?.();
      }
    });
  });

  return {
    identifiedIntents: () => intents,
    ready: () => readyPromise,
    dispatch(event, data) {
      if (!socket || socket.readyState !== WebSocket.OPEN) throw new Error("no gateway client connected");
      if (event === "INTERACTION_CREATE")
        state.interactionChannels.set(String(data.token), {
          channelId: String((data.channel as { id: string }).id),
        });
      dispatchOn(socket, event, data);
    },
    close() {
      for (const c of wss.clients) c.terminate();
      wss.close();
    },
  };
}
