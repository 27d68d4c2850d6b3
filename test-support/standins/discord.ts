/**
 * Discord on 127.0.0.1 for tests: a gateway (HELLO, IDENTIFY, READY, GUILD_CREATE,
 * heartbeats, then MESSAGE_CREATE and INTERACTION_CREATE dispatched by the test) over
 * WebSocket, and the REST API discord.js calls (gateway/bot, messages, typing, DMs,
 * interaction callbacks and webhook follow-ups, command registration). The real
 * discord.js client is pointed at it with `rest: { api }`. It keeps every channel's
 * messages with edits applied, as a person would see them, and logs each REST call so a
 * test can count them per turn. `rateLimitNext` answers the next matching call with a
 * 429 and a retry-after, as Discord does.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import busboy from "busboy";
import { WebSocket, WebSocketServer } from "ws";

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

export async function startDiscordStandIn(
  options: { guilds?: StandInGuild[] } = {},
): Promise<DiscordStandIn> {
  const botUser = { id: nextId(), username: "careercraft" };
  const applicationId = botUser.id;
  const guilds = options.guilds ?? [];
  const channels = new Map<string, StandInMessage[]>();
  const dms = new Map<string, string>();
  const interactionChannels = new Map<string, { channelId: string; originalId?: string }>();
  const calls: RestCall[] = [];
  const callbacks = new Map<string, number>();
  const registeredCommands: unknown[] = [];
  const rateLimits: { pattern: RegExp; retryAfter: number }[] = [];
  let intents: number | undefined;
  let socket: WebSocket | undefined;
  let seq = 0;
  let onReady: (() => void) | undefined;
  const readyPromise = new Promise<void>((resolve) => {
    onReady = resolve;
  });

  const list = (channelId: string) => {
    let l = channels.get(channelId);
    if (!l) {
      l = [];
      channels.set(channelId, l);
    }
    return l;
  };
  const dmChannelOf = (userId: string) => {
    let id = dms.get(userId);
    if (!id) {
      id = nextId();
      dms.set(userId, id);
    }
    return id;
  };

  const messageJson = (m: StandInMessage) => ({
    id: m.id,
    channel_id: m.channel_id,
    type: 0,
    content: m.content,
    author: { id: botUser.id, username: botUser.username, discriminator: "0", bot: true, avatar: null },
    timestamp: new Date().toISOString(),
    edited_timestamp: m.edits ? new Date().toISOString() : null,
    tts: false,
    mention_everyone: false,
    // Discord lists who the content mentions, whether or not they were notified.
    mentions: [...m.content.matchAll(/<@!?(\d+)>/g)].map((x) => ({
      id: x[1],
      username: `user-${x[1]}`,
      discriminator: "0",
      avatar: null,
    })),
    mention_roles: [],
    attachments: m.attachments.map((a) => ({ ...a, url: `http://127.0.0.1/${a.filename}`, proxy_url: "" })),
    embeds: m.embeds,
    components: m.components,
    pinned: false,
    flags: m.flags ?? 0,
  });

  type Body = {
    content?: string;
    embeds?: Record<string, unknown>[];
    components?: StandInMessage["components"];
    flags?: number;
  };
  const create = (channelId: string, body: Body, files: string[], via?: string): StandInMessage => {
    const m: StandInMessage = {
      id: nextId(),
      channel_id: channelId,
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: files.map((f) => ({ id: nextId(), filename: f, size: 1 })),
      ...(body.flags ? { flags: body.flags } : {}),
      edits: 0,
      ...(via ? { viaInteraction: via } : {}),
    };
    list(channelId).push(m);
    return m;
  };
  const edit = (channelId: string, id: string, body: Body): StandInMessage | undefined => {
    const m = list(channelId).find((x) => x.id === id);
    if (!m) return undefined;
    if (body.content !== undefined) m.content = body.content;
    if (body.embeds !== undefined) m.embeds = body.embeds;
    if (body.components !== undefined) m.components = body.components;
    m.edits++;
    return m;
  };

  async function readBody(
    req: IncomingMessage,
  ): Promise<{ json: Body & Record<string, unknown>; files: string[] }> {
    const type = req.headers["content-type"] ?? "";
    if (type.startsWith("multipart/form-data")) {
      return new Promise((resolve, reject) => {
        const files: string[] = [];
        let json: Body = {};
        const bb = busboy({ headers: req.headers });
        bb.on("file", (_name, stream, info) => {
          files.push(info.filename ?? "file");
          stream.resume();
        });
        bb.on("field", (name, value) => {
          if (name === "payload_json") json = JSON.parse(value);
        });
        bb.on("close", () => resolve({ json, files }));
        bb.on("error", reject);
        req.pipe(bb);
      });
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    return { json: text ? JSON.parse(text) : {}, files: [] };
  }

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    if (body === undefined) res.writeHead(status).end();
    else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<number> {
    const method = req.method ?? "GET";
    const limited = rateLimits.findIndex((r) => r.pattern.test(path));
    if (limited >= 0) {
      const { retryAfter } = rateLimits.splice(limited, 1)[0]!;
      res
        .writeHead(429, {
          "content-type": "application/json",
          "retry-after": String(retryAfter),
          "x-ratelimit-scope": "user",
        })
        .end(
          JSON.stringify({ message: "You are being rate limited.", retry_after: retryAfter, global: false }),
        );
      return 429;
    }
    const isBot = req.headers.authorization?.startsWith("Bot ");
    let m: RegExpExecArray | null = null;
    if (method === "GET" && path === "/gateway/bot") {
      send(res, 200, {
        url: wsUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 1 },
      });
      return 200;
    }
    // Interaction callbacks and webhooks authenticate by the interaction token alone.
    m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m && method === "POST") {
      const { json } = await readBody(req);
      callbacks.set(m[1]!, Number(json.type));
      const entry = interactionChannels.get(m[2]!);
      if (entry && json.type === 4) create(entry.channelId, json.data as Body, [], m[2]);
      if (entry && json.type === 5) {
        const original = create(
          entry.channelId,
          { content: "", flags: (json.data as Body)?.flags },
          [],
          m[2],
        );
        entry.originalId = original.id;
      }
      send(res, 204);
      return 204;
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path);
    if (m) {
      const entry = interactionChannels.get(m[2]!);
      if (!entry || m[1] !== applicationId) {
        send(res, 404, { message: "Unknown Webhook", code: 10015 });
        return 404;
      }
      const { json, files } = await readBody(req);
      if (method === "POST" && !m[3]) {
        send(res, 200, messageJson(create(entry.channelId, json, files, m[2])));
        return 200;
      }
      if (method === "PATCH" && m[3]) {
        const id = m[3] === "@original" ? entry.originalId : m[3];
        const edited = id ? edit(entry.channelId, id, json) : undefined;
        if (edited) {
          for (const f of files) edited.attachments.push({ id: nextId(), filename: f, size: 1 });
          send(res, 200, messageJson(edited));
          return 200;
        }
        send(res, 404, { message: "Unknown Message", code: 10008 });
        return 404;
      }
    }
    if (!isBot) {
      send(res, 401, { message: "401: Unauthorized", code: 0 });
      return 401;
    }
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === "POST") {
      const { json, files } = await readBody(req);
      send(res, 200, messageJson(create(m[1]!, json, files)));
      return 200;
    }
    m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path);
    if (m && method === "PATCH") {
      const { json } = await readBody(req);
      const edited = edit(m[1]!, m[2]!, json);
      if (!edited) {
        send(res, 404, { message: "Unknown Message", code: 10008 });
        return 404;
      }
      send(res, 200, messageJson(edited));
      return 200;
    }
    m = /^\/channels\/(\d+)\/typing$/.exec(path);
    if (m && method === "POST") {
      send(res, 204);
      return 204;
    }
    if (path === "/users/@me/channels" && method === "POST") {
      const { json } = await readBody(req);
      const recipient = String(json.recipient_id);
      send(res, 200, {
        id: dmChannelOf(recipient),
        type: 1,
        last_message_id: null,
        recipients: [{ id: recipient, username: `user-${recipient}`, discriminator: "0", avatar: null }],
      });
      return 200;
    }
    m = /^\/applications\/(\d+)\/commands$/.exec(path);
    if (m && method === "PUT") {
      const { json } = await readBody(req);
      registeredCommands.splice(0, registeredCommands.length, ...(json as unknown as unknown[]));
      send(
        res,
        200,
        (json as unknown as Record<string, unknown>[]).map((c) => ({
          ...c,
          id: nextId(),
          application_id: m![1],
        })),
      );
      return 200;
    }
    send(res, 404, { message: `404: Not Found (${method} ${path})`, code: 0 });
    return 404;
  }

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(
      /^\/api(\/v\d+)?/,
      "",
    );
    route(req, res, path)
      .then((status) => calls.push({ method: req.method ?? "GET", path, at: Date.now(), status }))
      .catch((error) => {
        calls.push({ method: req.method ?? "GET", path, at: Date.now(), status: 500 });
        if (!res.headersSent) send(res, 500, { message: String(error) });
      });
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
          resume_gateway_url: wsUrl,
          application: { id: applicationId, flags: 0 },
          private_channels: [],
        });
        for (const g of guilds) dispatchOn(ws, "GUILD_CREATE", guildCreate(g));
        onReady?.();
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const wsUrl = `ws://127.0.0.1:${port}`;

  return {
    api: `http://127.0.0.1:${port}/api`,
    botUser,
    applicationId,
    calls,
    callbacks,
    registeredCommands,
    identifiedIntents: () => intents,
    ready: () => readyPromise,
    messages: (channelId) => list(channelId),
    rawMessage(channelId, messageId) {
      const m = list(channelId).find((x) => x.id === messageId);
      if (!m) throw new Error(`no message ${messageId} in ${channelId}`);
      return messageJson(m);
    },
    dmChannelOf,
    dispatch(event, data) {
      if (!socket || socket.readyState !== WebSocket.OPEN) throw new Error("no gateway client connected");
      if (event === "INTERACTION_CREATE")
        interactionChannels.set(String(data.token), {
          channelId: String((data.channel as { id: string }).id),
        });
      dispatchOn(socket, event, data);
    },
    rateLimitNext(pattern, retryAfter) {
      rateLimits.push({ pattern, retryAfter });
    },
    nextId,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
