/**
 * The REST half of the Discord stand-in (see discord.ts): the API discord.js calls —
 * gateway/bot, channel messages (JSON or multipart with files), edits, typing, DMs,
 * interaction callbacks and webhook follow-ups, command registration. Messages are kept
 * per channel with edits applied; a matching `rateLimitNext` pattern answers 429 with a
 * retry-after, as Discord does. Calls without the bot token are refused, except the
 * interaction endpoints, which authenticate by the interaction token alone.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import busboy from "busboy";
import type { DiscordState, StandInMessage } from "./discord.ts";

type Body = {
  content?: string;
  embeds?: Record<string, unknown>[];
  components?: StandInMessage["components"];
  flags?: number;
};

export interface DiscordRest {
  /** Answers one REST request (path without the /api/vN prefix); resolves with the status sent. */
  route(req: IncomingMessage, res: ServerResponse, path: string): Promise<number>;
  /** A message as the API returns it. */
  messageJson(m: StandInMessage): Record<string, unknown>;
}

export function discordRest(state: DiscordState): DiscordRest {
  const { botUser, applicationId, nextId, list, dmChannelOf, interactionChannels, rateLimits } = state;
  const callbacks = state.callbacks;
  const registeredCommands = state.registeredCommands;

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
        url: state.wsUrl(),
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

  return { route, messageJson };
}
