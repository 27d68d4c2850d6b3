/**
 * A Teams bot as the service runs it, for tests: the Teams channel on an express app's
 * /api/messages, the real kit and conversation (offline planner) on an embedded
 * database, a stand-in identity provider + Bot Connector + OneDrive (standins/teams.ts)
 * and a file host. Activities are POSTed with tokens the stand-in signs, so every one
 * is validated on the SDK's real path; replies are read back from the stand-in connector.
 */
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import pino from "pino";
import { expect } from "vitest";
import { decodeAction, encodeAction } from "../../channels/core/cards/actions.ts";
import { parseOrganizationMap } from "../../channels/core/organizations.ts";
import { createTeamsChannel } from "../../channels/teams/index.ts";
import { FILE_DOWNLOAD_INFO } from "../../channels/teams/receive/parse.ts";
import type { Db } from "../../data/db/types.ts";
import { createPgliteTestDatabase } from "../db.ts";
import { type ConnectorActivity, startTeamsStandIn, type TeamsStandIn } from "../standins/teams.ts";
import { type KitEnvironment, startKitEnvironment } from "./environment.ts";
import { type FileServer, startFileServer } from "./file-server.ts";
import type { ScenarioDriver, ScenarioMessage } from "./scenario.ts";

export interface Person {
  id: string;
  aadObjectId: string;
  name: string;
}

export interface Where {
  conversationId: string;
  type?: "personal" | "channel" | "groupChat";
  tenantId?: string;
}

export type TeamsActivity = ReturnType<TeamsHarness["activity"]>;

export type TeamsHarness = Awaited<ReturnType<typeof startTeamsHarness>>;

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

/** A connector activity as the person sees it: text (cards' too), buttons and file names. */
export function seen(a: ConnectorActivity): ScenarioMessage {
  const out = { text: [a.text ?? ""], buttons: [] as ScenarioMessage["buttons"] };
  const files: string[] = [];
  for (const att of a.attachments ?? []) {
    if (att.contentType === "application/vnd.microsoft.card.adaptive") walk(att.content as CardJson, out);
    else if (att.name) files.push(att.name);
  }
  return { text: out.text.join("\n"), buttons: out.buttons, files };
}

export async function startTeamsHarness(
  options: { maxAttachmentBytes?: number; fileOfferTtlMs?: number } = {},
) {
  const appId = randomUUID();
  const db: Db = await createPgliteTestDatabase();
  const files: FileServer = await startFileServer();
  const teams: TeamsStandIn = await startTeamsStandIn();
  let env: KitEnvironment | undefined;
  const channel = createTeamsChannel({
    auth: {
      appId,
      tenantId: teams.tenantId,
      authority: teams.authority,
      issuers: [teams.issuer],
      sidecarUrl: teams.url,
    },
    kit: { receive: (event) => env!.kit.receive(event) },
    db,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    tenants: new Set([teams.tenantId]),
    ...(options.fileOfferTtlMs ? { fileOfferTtlMs: options.fileOfferTtlMs } : {}),
  });
  env = await startKitEnvironment({
    db,
    adapters: [channel.adapter],
    organizations: parseOrganizationMap([`teams:${teams.tenantId}=state-u`]),
    maxAttachmentBytes: options.maxAttachmentBytes ?? 200_000,
  });
  const kitEnv = env;
  const app = express();
  app.use(channel.router);
  const server: Server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;

  const person = (name: string): Person => ({ id: `29:${randomUUID()}`, aadObjectId: randomUUID(), name });
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
      recipient: { id: `28:${appId}`, name: "CareerCraft" },
      text: "",
      locale: "en-GB",
      entities: [{ type: "clientInfo", locale: "en-GB", timezone: "Europe/London" }] as unknown[],
      channelData: { tenant: { id: tenantId } },
      ...over,
    };
  }

  async function post(body: unknown, token?: string | null) {
    const auth = token === null ? undefined : (token ?? (await teams.token({ aud: appId })));
    return fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: JSON.stringify(body),
    });
  }

  /**
   * Posts an activity and waits for the kit to finish its turn: up to 90 s, as a first
   * turn that reads a resume takes ~10 s alone and several times that on a loaded machine.
   */
  async function deliver(a: ReturnType<typeof activity>, timeoutMs = 90_000) {
    const res = await post(a);
    expect(res.status).toBe(200);
    await kitEnv.turnDone(`${a.conversation.id}:${a.id}`, timeoutMs);
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

  const messagesIn = (conversationId: string) =>
    teams.activities(conversationId).filter((a) => a.type === "message");
  const connectorCalls = () => teams.calls.filter((c) => c.path.startsWith("/v3/")).length;

  function driver(p: Person): ScenarioDriver & { connectorCallsPerTurn: number[]; turnMs: number[] } {
    const where = personal(p);
    const connectorCallsPerTurn: number[] = [];
    const turnMs: number[] = [];
    const counted = async (a: ReturnType<typeof activity>) => {
      const before = connectorCalls();
      const t0 = performance.now();
      await deliver(a);
      turnMs.push(Math.round(performance.now() - t0));
      connectorCallsPerTurn.push(connectorCalls() - before);
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
      await db.query<{ user_id: string }>(
        `SELECT user_id FROM channel_identities WHERE channel = 'teams' AND external_id LIKE $1`,
        [`%:${p.aadObjectId}`],
      )
    ).rows;

  return {
    appId,
    db,
    files,
    teams,
    env: kitEnv,
    endpoint,
    person,
    personal,
    activity,
    post,
    deliver,
    fileAttachment,
    messagesIn,
    connectorCalls,
    driver,
    externalId,
    identityRows,
    async close() {
      server.closeAllConnections();
      server.close();
      await kitEnv.close();
      await teams.close();
      await files.close();
      await db.close();
    },
  };
}
