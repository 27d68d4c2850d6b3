/**
 * A stand-in for Slack on 127.0.0.1, for tests: the Web API methods the adapter calls
 * (chat.postMessage, chat.update, conversations.open, files.getUploadURLExternal, the
 * upload URL, files.completeUploadExternal, auth.test, users.info, views.publish), each
 * checking the bot token, `oauth.v2.access` (client id and secret, a one-time code that
 * grants a new workspace's bot token), and
 * a sender of signed Events API / interactivity requests to our receiver, as Slack sends
 * them. It keeps every channel's messages with edits applied so a test reads what a
 * person would see. Block Kit is checked against Slack's documented limits on arrival.
 */
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { BLOCK_LIMITS, type Block } from "../format/cards.ts";

export interface StandInMessage {
  ts: string;
  channel: string;
  text: string;
  blocks: Block[];
  files: string[];
  threadTs?: string;
  edits: number;
}

/** A person as users.info describes them. */
export interface StandInUser {
  tz?: string;
  locale?: string;
  realName?: string;
}

/** What an OAuth code grants when the app exchanges it. */
export interface StandInGrant {
  teamId: string;
  teamName: string;
  botToken: string;
  installer: string;
}

export interface StandInOptions {
  /** Bot token -> the workspace it belongs to (OAuth grants add to it). */
  tokens: Record<string, string>;
  users?: Record<string, StandInUser>;
  oauth?: { clientId: string; clientSecret: string; codes: Record<string, StandInGrant> };
  /** Socket Mode: the app-level token and the WebSocket URL apps.connections.open hands out. */
  socketMode?: { appToken: string; url: string };
}

export interface SlackStandIn {
  /** Web API base URL for WebClient's slackApiUrl. */
  apiUrl: string;
  messages(channel: string): StandInMessage[];
  /** The Home tab last published for a user, by `team:user`. */
  homeViews: Map<string, { type: string; blocks: Block[] }>;
  /** Web API calls by method name. */
  calls: Map<string, number>;
  /** Block Kit problems found in what was posted (should stay empty). */
  blockErrors: string[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function formOrJson(req: IncomingMessage, raw: Buffer): Record<string, unknown> {
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) return JSON.parse(raw.toString("utf8") || "{}");
  const params = new URLSearchParams(raw.toString("utf8"));
  const out: Record<string, unknown> = {};
  for (const [k, v] of params) out[k] = v;
  return out;
}

/** Slack's documented Block Kit limits, as errors. */
export function checkBlocks(blocks: Block[], maxBlocks: number = BLOCK_LIMITS.blocksPerMessage): string[] {
  const errors: string[] = [];
  if (blocks.length > maxBlocks) errors.push(`${blocks.length} blocks > ${maxBlocks}`);
  const ids = new Set<string>();
  // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON is walked loosely, as Slack's own clients read it
  const checkButton = (b: Record<string, any>) => {
    if (b.text?.text?.length > BLOCK_LIMITS.buttonText) errors.push(`button text ${b.text.text.length} > 75`);
    if (b.value?.length > BLOCK_LIMITS.buttonValue) errors.push("button value > 2000");
    if (!b.action_id || b.action_id.length > BLOCK_LIMITS.actionId) errors.push("bad action_id");
    if (ids.has(b.action_id)) errors.push(`duplicate action_id ${b.action_id}`);
    ids.add(b.action_id);
  };
  // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON is walked loosely, as Slack's own clients read it
  for (const block of blocks as Record<string, any>[]) {
    if (block.type === "section") {
      if (block.text && block.text.text.length > BLOCK_LIMITS.sectionText) errors.push("section text > 3000");
      if (!block.text && !block.fields) errors.push("section without text or fields");
      if (block.fields?.length > BLOCK_LIMITS.fieldsPerSection) errors.push("more than 10 fields");
      for (const f of block.fields ?? [])
        if (f.text.length > BLOCK_LIMITS.fieldText) errors.push("field > 2000");
      if (block.accessory) checkButton(block.accessory);
    } else if (block.type === "header") {
      if (block.text.type !== "plain_text" || block.text.text.length > BLOCK_LIMITS.headerText)
        errors.push("bad header");
    } else if (block.type === "actions") {
      if (block.elements.length > BLOCK_LIMITS.actionsElements) errors.push("more than 25 actions");
      for (const e of block.elements) checkButton(e);
    } else if (block.type === "context") {
      if (block.elements.length > BLOCK_LIMITS.contextElements) errors.push("more than 10 context elements");
    } else if (block.type !== "divider") errors.push(`unknown block ${block.type}`);
  }
  return errors;
}

export async function startSlackStandIn(options: StandInOptions): Promise<SlackStandIn> {
  const homeViews = new Map<string, { type: string; blocks: Block[] }>();
  const byChannel = new Map<string, StandInMessage[]>();
  const uploads = new Map<string, { filename: string; bytes: number }>();
  const calls = new Map<string, number>();
  const blockErrors: string[] = [];
  let clock = 1_700_000_000;
  let nextFile = 1;
  const nextTs = () => `${++clock}.000100`;
  const post = (channel: string, m: Omit<StandInMessage, "ts" | "channel" | "edits">) => {
    const message = { ts: nextTs(), channel, edits: 0, ...m };
    byChannel.set(channel, [...(byChannel.get(channel) ?? []), message]);
    return message;
  };
  const parseBlocks = (value: unknown): Block[] => {
    if (value === undefined) return [];
    const blocks = (typeof value === "string" ? JSON.parse(value) : value) as Block[];
    blockErrors.push(...checkBlocks(blocks));
    return blocks;
  };

  /** oauth.v2.access: the app's own credentials and a code used once. */
  const exchangeCode = (body: Record<string, unknown>) => {
    const oauth = options.oauth;
    if (!oauth || body.client_id !== oauth.clientId || body.client_secret !== oauth.clientSecret)
      return { ok: false, error: "invalid_client_id" };
    const grant = oauth.codes[String(body.code)];
    if (!grant) return { ok: false, error: "invalid_code" };
    delete oauth.codes[String(body.code)];
    options.tokens[grant.botToken] = grant.teamId;
    return {
      ok: true,
      app_id: "A0CAREER",
      authed_user: { id: grant.installer },
      scope: String(body.scope ?? "chat:write,im:history,users:read"),
      token_type: "bot",
      access_token: grant.botToken,
      bot_user_id: "UBOT",
      team: { id: grant.teamId, name: grant.teamName },
      enterprise: null,
      is_enterprise_install: false,
    };
  };

  let url = "";
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (path.startsWith("/upload/")) {
      const upload = uploads.get(path.slice(8));
      if (upload) upload.bytes = raw.length;
      return res.writeHead(upload ? 200 : 404).end("OK");
    }
    const method = path.replace(/^\/api\//, "");
    calls.set(method, (calls.get(method) ?? 0) + 1);
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    const body = formOrJson(req, raw);
    if (method === "oauth.v2.access") return json(200, exchangeCode(body));
    if (method === "apps.connections.open")
      return json(
        200,
        options.socketMode && token === options.socketMode.appToken
          ? { ok: true, url: options.socketMode.url }
          : { ok: false, error: "invalid_auth" },
      );
    const team = options.tokens[token || String(body.token ?? "")];
    if (!team) return json(200, { ok: false, error: "invalid_auth" });
    switch (method) {
      case "auth.test":
        return json(200, { ok: true, team_id: team, user_id: "UBOT", bot_id: "BBOT" });
      case "chat.postMessage": {
        const channel = String(body.channel);
        const m = post(channel, {
          text: String(body.text ?? ""),
          blocks: parseBlocks(body.blocks),
          files: [],
          ...(body.thread_ts ? { threadTs: String(body.thread_ts) } : {}),
        });
        return json(200, { ok: true, channel, ts: m.ts, message: { text: m.text } });
      }
      case "chat.update": {
        const m = byChannel.get(String(body.channel))?.find((x) => x.ts === String(body.ts));
        if (!m) return json(200, { ok: false, error: "message_not_found" });
        m.text = String(body.text ?? "");
        m.blocks = parseBlocks(body.blocks);
        m.edits++;
        return json(200, { ok: true, channel: m.channel, ts: m.ts });
      }
      case "users.info": {
        const user = options.users?.[String(body.user)];
        if (!user) return json(200, { ok: false, error: "user_not_found" });
        const locale = body.include_locale === "true" || body.include_locale === true;
        return json(200, {
          ok: true,
          user: {
            id: String(body.user),
            team_id: team,
            real_name: user.realName,
            ...(user.tz ? { tz: user.tz } : {}),
            ...(locale && user.locale ? { locale: user.locale } : {}),
          },
        });
      }
      case "views.publish": {
        const view = (typeof body.view === "string" ? JSON.parse(body.view) : body.view) as {
          type: string;
          blocks: Block[];
        };
        if (view.type !== "home") return json(200, { ok: false, error: "invalid_arguments" });
        blockErrors.push(...checkBlocks(view.blocks, BLOCK_LIMITS.blocksPerView));
        homeViews.set(`${team}:${String(body.user_id)}`, view);
        return json(200, { ok: true, view: { id: `V${homeViews.size}` } });
      }
      case "conversations.open":
        return json(200, { ok: true, channel: { id: `D${String(body.users).split(",")[0]}` } });
      case "files.getUploadURLExternal": {
        const id = `F${nextFile++}`;
        uploads.set(id, { filename: String(body.filename), bytes: 0 });
        return json(200, { ok: true, upload_url: `${url}/upload/${id}`, file_id: id });
      }
      case "files.completeUploadExternal": {
        const files = JSON.parse(String(body.files)) as { id: string; title?: string }[];
        const channel = String(body.channel_id);
        const names = files.map((f) => uploads.get(f.id)?.filename ?? f.id);
        if (files.some((f) => !uploads.get(f.id)?.bytes))
          return json(200, { ok: false, error: "file_not_uploaded" });
        post(channel, {
          text: files.map((f) => f.title ?? "").join(" "),
          blocks: [],
          files: names,
          ...(body.thread_ts ? { threadTs: String(body.thread_ts) } : {}),
        });
        return json(200, { ok: true, files: files.map((f) => ({ id: f.id })) });
      }
      default:
        return json(200, { ok: false, error: "unknown_method" });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${url}/api/`,
    messages: (channel) => byChannel.get(channel) ?? [],
    homeViews,
    calls,
    blockErrors,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Signs a request body as Slack does (v0 HMAC-SHA256 over "v0:timestamp:body"). */
export function signSlackRequest(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return {
    "x-slack-signature": signature,
    "x-slack-request-timestamp": String(timestamp),
  };
}
