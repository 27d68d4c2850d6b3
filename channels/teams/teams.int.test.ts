/**
 * The Teams channel end to end: activities POSTed to /api/messages of an express app
 * with Bot Connector tokens signed by a stand-in identity provider (OpenID metadata and
 * JWKS on 127.0.0.1) and validated on the SDK's real path; replies reach a stand-in Bot
 * Connector at the activity's serviceUrl with the bot's own token. The real kit and
 * conversation (offline planner) run on an embedded database.
 */
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../data/db/types.ts";
import { type KitEnvironment, startKitEnvironment } from "../../test-support/channel-kit/environment.ts";
import { type FileServer, startFileServer } from "../../test-support/channel-kit/file-server.ts";
import {
  runChannelScenario,
  type ScenarioDriver,
  type ScenarioMessage,
} from "../../test-support/channel-kit/scenario.ts";
import { createPgliteTestDatabase } from "../../test-support/db.ts";
import { oneColumnPdf } from "../../test-support/fixtures/resume/index.ts";
import {
  type ConnectorActivity,
  startTeamsStandIn,
  type TeamsStandIn,
} from "../../test-support/standins/teams.ts";
import { waitFor } from "../../test-support/wait.ts";
import { decodeAction, encodeAction } from "../core/cards/actions.ts";
import { parseOrganizationMap } from "../core/organizations.ts";
import { createTeamsChannel, NOT_YOURS_REPLY, UNKNOWN_TENANT_REPLY } from "./index.ts";
import { FILE_DOWNLOAD_INFO } from "./receive/parse.ts";

const APP_ID = randomUUID();
const PNG_1PX =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const OTHER_TENANT = randomUUID();

let db: Db;
let files: FileServer;
let teams: TeamsStandIn;
let env: KitEnvironment;
let server: Server;
let endpoint: string;

beforeAll(async () => {
  db = await createPgliteTestDatabase();
  files = await startFileServer();
  teams = await startTeamsStandIn();
  const channel = createTeamsChannel({
    auth: {
      appId: APP_ID,
      tenantId: teams.tenantId,
      authority: teams.authority,
      issuers: [teams.issuer],
      sidecarUrl: teams.url,
    },
    kit: { receive: (event) => env.kit.receive(event) },
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    tenants: new Set([teams.tenantId]),
  });
  env = await startKitEnvironment({
    db,
    adapters: [channel.adapter],
    organizations: parseOrganizationMap([`teams:${teams.tenantId}=state-u`]),
    maxAttachmentBytes: 200_000,
  });
  const app = express();
  app.use(channel.router);
  server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
});

afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await env?.close();
  await teams?.close();
  await files?.close();
  await db?.close();
});

interface Person {
  id: string;
  aadObjectId: string;
  name: string;
}
const person = (name: string): Person => ({ id: `29:${randomUUID()}`, aadObjectId: randomUUID(), name });

interface Where {
  conversationId: string;
  type?: "personal" | "channel" | "groupChat";
  tenantId?: string;
}
const personal = (p: Person): Where => ({ conversationId: `a:${p.aadObjectId}` });

function activity(p: Person, where: Where, over: Record<string, unknown> = {}) {
  const tenantId = where.tenantId ?? teams.tenantId;
  return {
    type: "message",
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    serviceUrl: teams.url,
    channelId: "msteams",
    from: { id: p.id, name: p.name, aadObjectId: p.aadObjectId },
    conversation: {
      id: where.conversationId,
      conversationType: where.type ?? "personal",
      tenantId,
      ...(where.type && where.type !== "personal" ? { isGroup: true } : {}),
    },
    recipient: { id: `28:${APP_ID}`, name: "CareerCraft" },
    text: "",
    locale: "en-GB",
    entities: [{ type: "clientInfo", locale: "en-GB", timezone: "Europe/London" }],
    channelData: { tenant: { id: tenantId } },
    ...over,
  };
}

async function post(body: unknown, token?: string | null) {
  const auth = token === null ? undefined : (token ?? (await teams.token({ aud: APP_ID })));
  return fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify(body),
  });
}

/** Posts an activity and waits for the kit to finish its turn. */
async function deliver(a: ReturnType<typeof activity>) {
  const res = await post(a);
  expect(res.status).toBe(200);
  await env.turnDone(`${a.conversation.id}:${a.id}`);
}

const fileAttachment = (name: string, bytes: Uint8Array) => ({
  contentType: FILE_DOWNLOAD_INFO,
  name,
  content: {
    downloadUrl: files.put(`${randomUUID()}-${name}`, bytes),
    uniqueId: randomUUID(),
    fileType: name.split(".").pop(),
  },
});

type CardJson = {
  body?: CardJson[];
  items?: CardJson[];
  columns?: CardJson[];
  actions?: CardJson[];
} & Record<string, unknown>;

/** Text and Action.Submit buttons of an Adaptive Card, in reading order. */
function walk(node: CardJson, out: { text: string[]; buttons: ScenarioMessage["buttons"] }) {
  if (node.type === "TextBlock") out.text.push(String(node.text));
  if (node.type === "FactSet")
    for (const f of node.facts as { title: string; value: string }[]) out.text.push(`${f.title}: ${f.value}`);
  if (node.type === "Action.Submit")
    out.buttons.push({ label: String(node.title), action: decodeAction((node.data as { cc: string }).cc) });
  for (const child of [
    ...(node.body ?? []),
    ...(node.items ?? []),
    ...(node.columns ?? []),
    ...(node.actions ?? []),
  ])
    walk(child, out);
}

function seen(a: ConnectorActivity): ScenarioMessage {
  const out = { text: [a.text ?? ""], buttons: [] as ScenarioMessage["buttons"] };
  const files: string[] = [];
  for (const att of a.attachments ?? []) {
    if (att.contentType === "application/vnd.microsoft.card.adaptive") walk(att.content as CardJson, out);
    else if (att.name) files.push(att.name);
  }
  return { text: out.text.join("\n"), buttons: out.buttons, files };
}

const messagesIn = (conversationId: string) =>
  teams.activities(conversationId).filter((a) => a.type === "message");

function driver(p: Person): ScenarioDriver & { connectorCallsPerTurn: number[]; turnMs: number[] } {
  const where = personal(p);
  const connectorCallsPerTurn: number[] = [];
  const turnMs: number[] = [];
  const counted = async (a: ReturnType<typeof activity>) => {
    const before = teams.calls.filter((c) => c.path.startsWith("/v3/")).length;
    const t0 = performance.now();
    await deliver(a);
    turnMs.push(Math.round(performance.now() - t0));
    connectorCallsPerTurn.push(teams.calls.filter((c) => c.path.startsWith("/v3/")).length - before);
  };
  return {
    connectorCallsPerTurn,
    turnMs,
    async send(text, file) {
      await counted(
        activity(p, where, {
          text,
          ...(file ? { attachments: [fileAttachment(file.filename, file.bytes)] } : {}),
        }),
      );
    },
    async press(button) {
      await counted(activity(p, where, { value: { cc: encodeAction(button.action!), owner: p.id } }));
    },
    async messages() {
      return messagesIn(where.conversationId).map(seen);
    },
  };
}

/** The person as the service knows them: tenant + Entra object id. */
const externalId = (p: Person) => `${teams.tenantId}:${p.aadObjectId}`;

const identityRows = async (p: Person) =>
  // Any tenant: a refused stranger must not be stored under theirs either.
  (
    await db.query(`SELECT user_id FROM channel_identities WHERE channel = 'teams' AND external_id LIKE $1`, [
      `%:${p.aadObjectId}`,
    ])
  ).rows;

describe("Teams channel", () => {
  it("runs the shared scenario in a personal chat: upload, dream job, analysis, roadmap tick by card action, application, reminder", async () => {
    const alice = person("Alice");
    const d = driver(alice);
    try {
      await runChannelScenario(d);
    } finally {
      console.log(
        JSON.stringify({
          teamsScenario: { turnMs: d.turnMs, connectorCallsPerTurn: d.connectorCallsPerTurn },
        }),
      );
    }
  });

  it("answers an @mention in a channel thread there, and ignores channel messages without one", async () => {
    const bob = person("Bob");
    const thread = {
      conversationId: `19:${randomUUID()}@thread.tacv2;messageid=1700000000000`,
      type: "channel" as const,
    };
    await deliver(
      activity(bob, thread, {
        text: "<at>CareerCraft</at> hi, what can you do?",
        entities: [
          {
            type: "mention",
            mentioned: { id: `28:${APP_ID}`, name: "CareerCraft" },
            text: "<at>CareerCraft</at>",
          },
        ],
      }),
    );
    expect(
      messagesIn(thread.conversationId)
        .map((a) => seen(a).text)
        .join("\n"),
    ).toMatch(/resume/i);
    const before = teams.calls.length;
    const res = await post(activity(bob, thread, { text: "lunch anyone?" }));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(teams.calls.slice(before).filter((c) => c.path.startsWith("/v3/"))).toEqual([]);
  });

  it.each([
    ["a missing token", async () => null],
    ["an expired token", async () => teams.token({ aud: APP_ID, expiresIn: -3600 })],
    ["a token signed by another key", async () => teams.token({ aud: APP_ID, key: "other" })],
    ["a token for another app id", async () => teams.token({ aud: randomUUID() })],
  ])("refuses %s with 401 and stores nothing", async (_what, token) => {
    const mallory = person("Mallory");
    const before = teams.calls.filter((c) => c.path.startsWith("/v3/")).length;
    const res = await post(activity(mallory, personal(mallory), { text: "hi" }), await token());
    expect(res.status).toBe(401);
    expect(await res.json()).toHaveProperty("jwt-auth-error");
    await new Promise((r) => setTimeout(r, 200));
    expect(teams.calls.filter((c) => c.path.startsWith("/v3/")).length).toBe(before);
    expect(await identityRows(mallory)).toEqual([]);
  });

  it("tells someone from a tenant nobody configured so, and stores nothing", async () => {
    const stranger = person("Stranger");
    const where = { ...personal(stranger), tenantId: OTHER_TENANT };
    const res = await post(activity(stranger, where, { text: "hi" }));
    expect(res.status).toBe(200);
    const reply = await waitFor(() => messagesIn(where.conversationId)[0], 5_000, "the refusal");
    expect(reply.text).toBe(UNKNOWN_TENANT_REPLY);
    expect(await identityRows(stranger)).toEqual([]);
  });

  it("refuses an oversize file and a file that is not a resume, reading neither into the profile", async () => {
    const carol = person("Carol");
    const where = personal(carol);
    await deliver(
      activity(carol, where, {
        text: "my cv",
        attachments: [fileAttachment("cv.pdf", new Uint8Array(300_000).fill(65))],
      }),
    );
    expect(seen(messagesIn(where.conversationId).at(-1)!).text).toMatch(/cv\.pdf is larger than/);
    const archive = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]);
    await deliver(activity(carol, where, { text: "my cv", attachments: [fileAttachment("cv.gz", archive)] }));
    expect(seen(messagesIn(where.conversationId).at(-1)!).text).toMatch(/compressed archive/);
    const { rows } = await db.query(
      `SELECT r.id FROM resumes r JOIN channel_identities ci ON ci.user_id = r.user_id
       WHERE ci.external_id = $1 AND r.parsed IS NOT NULL`,
      [externalId(carol)],
    );
    expect(rows).toEqual([]);
  });

  it("refuses a card action on someone else's roadmap, changing nothing", async () => {
    const owner = person("Dana");
    const other = person("Eve");
    const d = driver(owner);
    await d.send("here is my resume", {
      filename: "resume.pdf",
      mimeType: "application/pdf",
      bytes: new Uint8Array(oneColumnPdf()),
    });
    await d.send("I want to be a data engineer");
    await d.send("am I a fit?");
    await d.send("make me a roadmap");
    const done = (await d.messages())
      .flatMap((m) => m.buttons)
      .find((b) => b.action?.type === "roadmap_item");
    expect(done).toBeDefined();
    // Eve presses Dana's button (as if the card had been shared to a group chat with her).
    const group = { conversationId: `19:${randomUUID()}@thread.v2`, type: "groupChat" as const };
    const res = await post(
      activity(other, group, { value: { cc: encodeAction(done!.action!), owner: owner.id } }),
    );
    expect(res.status).toBe(200);
    const reply = await waitFor(() => messagesIn(group.conversationId)[0], 5_000, "the refusal");
    expect(reply.text).toBe(NOT_YOURS_REPLY);
    const { rows } = await db.query(
      `SELECT p.item_id FROM roadmap_progress p JOIN channel_identities ci ON ci.user_id = p.user_id WHERE ci.external_id = ANY($1)`,
      [[externalId(owner), externalId(other)]],
    );
    expect(rows).toEqual([]);
  });

  it("answers a redelivered activity once, and the same message id in two chats twice", async () => {
    const gus = person("Gus");
    const hal = person("Hal");
    const id = "1700000000123"; // Teams message ids are timestamps: unique per conversation only
    const first = activity(gus, personal(gus), { id, text: "hi" });
    await deliver(first);
    expect((await post(first)).status).toBe(200);
    await deliver(activity(hal, personal(hal), { id, text: "hi" }));
    await new Promise((r) => setTimeout(r, 300));
    expect(messagesIn(personal(gus).conversationId)).toHaveLength(1);
    expect(messagesIn(personal(hal).conversationId)).toHaveLength(1);
  });

  it("sends a chart as an inline PNG image", async () => {
    const lee = person("Lee");
    const where = personal(lee);
    await deliver(activity(lee, where, { text: "hi" }));
    const [row] = (await identityRows(lee)) as { user_id: string }[];
    await env.kit.sendTo(row!.user_id, "teams", "Here is your funnel.", [
      { type: "chart", title: "Application funnel", pngBase64: PNG_1PX, alt: "3 applied, 1 interview" },
    ]);
    const chart = messagesIn(where.conversationId).at(-1)!;
    expect(chart.attachments).toEqual([
      {
        contentType: "image/png",
        contentUrl: `data:image/png;base64,${PNG_1PX}`,
        name: "application-funnel.png",
      },
    ]);
  });

  it("reaches a person proactively through their stored reference, opening a 1:1 chat for someone seen only in a channel", async () => {
    const frank = person("Frank");
    const thread = {
      conversationId: `19:${randomUUID()}@thread.tacv2;messageid=1`,
      type: "channel" as const,
    };
    await deliver(
      activity(frank, thread, {
        text: "<at>CareerCraft</at> add Go as a beginner skill",
        entities: [
          {
            type: "mention",
            mentioned: { id: `28:${APP_ID}`, name: "CareerCraft" },
            text: "<at>CareerCraft</at>",
          },
        ],
      }),
    );
    const [row] = (await identityRows(frank)) as { user_id: string }[];
    await env.kit.sendTo(row!.user_id, "teams", "Time to follow up on Acme Data.");
    const chat = teams.created.get(frank.id);
    expect(chat).toBeDefined();
    expect(messagesIn(chat!).map((a) => a.text)).toEqual(["Time to follow up on Acme Data."]);
  });
});
