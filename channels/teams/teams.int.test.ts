/**
 * The Teams channel end to end: activities POSTed to /api/messages of an express app
 * with Bot Connector tokens signed by a stand-in identity provider (OpenID metadata and
 * JWKS on 127.0.0.1) and validated on the SDK's real path; replies reach a stand-in Bot
 * Connector at the activity's serviceUrl with the bot's own token. The real kit and
 * conversation (offline planner) run on an embedded database.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChannelScenario } from "../../test-support/channel-kit/scenario.ts";
import {
  type Person,
  seen,
  startTeamsHarness,
  type TeamsHarness,
} from "../../test-support/channel-kit/teams-harness.ts";
import { oneColumnPdf } from "../../test-support/fixtures/resume/index.ts";
import { waitFor } from "../../test-support/wait.ts";
import { encodeAction } from "../core/cards/actions.ts";
import { NOT_YOURS_REPLY, UNKNOWN_TENANT_REPLY } from "./index.ts";

const PNG_1PX =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const OTHER_TENANT = randomUUID();

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness();
});
afterAll(async () => {
  await h?.close();
});

const person = (name: string) => h.person(name);
const personal = (p: Person) => h.personal(p);
const activity: TeamsHarness["activity"] = (...args) => h.activity(...args);
const post: TeamsHarness["post"] = (...args) => h.post(...args);
const deliver: TeamsHarness["deliver"] = (a) => h.deliver(a);
const fileAttachment: TeamsHarness["fileAttachment"] = (...args) => h.fileAttachment(...args);
const messagesIn: TeamsHarness["messagesIn"] = (id) => h.messagesIn(id);
const externalId: TeamsHarness["externalId"] = (p) => h.externalId(p);
const identityRows: TeamsHarness["identityRows"] = (p) => h.identityRows(p);

describe("Teams channel", () => {
  // Seven turns take ~30 s alone and well past vitest's 60 s default on a loaded machine.
  it("runs the shared scenario in a personal chat: upload, dream job, analysis, roadmap tick by card action, application, reminder", {
    timeout: 240_000,
  }, async () => {
    const alice = person("Alice");
    const d = h.driver(alice);
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
            mentioned: { id: `28:${h.appId}`, name: "CareerCraft" },
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
    const before = h.teams.calls.length;
    const res = await post(activity(bob, thread, { text: "lunch anyone?" }));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.teams.calls.slice(before).filter((c) => c.path.startsWith("/v3/"))).toEqual([]);
  });

  it.each([
    ["a missing token", async () => null],
    ["an expired token", async () => h.teams.token({ aud: h.appId, expiresIn: -3600 })],
    ["a token signed by another key", async () => h.teams.token({ aud: h.appId, key: "other" })],
    ["a token for another app id", async () => h.teams.token({ aud: randomUUID() })],
  ])("refuses %s with 401 and stores nothing", async (_what, token) => {
    const mallory = person("Mallory");
    // Her conversation only: other tests' turns may still be talking to the connector.
    const hers = () =>
      h.teams.calls.filter((c) => c.path.startsWith(`/v3/conversations/${personal(mallory).conversationId}/`))
        .length;
    const res = await post(activity(mallory, personal(mallory), { text: "hi" }), await token());
    expect(res.status).toBe(401);
    expect(await res.json()).toHaveProperty("jwt-auth-error");
    await new Promise((r) => setTimeout(r, 200));
    expect(hers()).toBe(0);
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
    const { rows } = await h.db.query(
      `SELECT r.id FROM resumes r JOIN channel_identities ci ON ci.user_id = r.user_id
       WHERE ci.external_id = $1 AND r.parsed IS NOT NULL`,
      [externalId(carol)],
    );
    expect(rows).toEqual([]);
  });

  it("refuses a card action on someone else's roadmap, changing nothing", async () => {
    const owner = person("Dana");
    const other = person("Eve");
    const d = h.driver(owner);
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
    const { rows } = await h.db.query(
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
    await h.env.kit.sendTo(row!.user_id, "teams", "Here is your funnel.", [
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
            mentioned: { id: `28:${h.appId}`, name: "CareerCraft" },
            text: "<at>CareerCraft</at>",
          },
        ],
      }),
    );
    const [row] = (await identityRows(frank)) as { user_id: string }[];
    await h.env.kit.sendTo(row!.user_id, "teams", "Time to follow up on Acme Data.");
    const chat = h.teams.created.get(frank.id);
    expect(chat).toBeDefined();
    expect(messagesIn(chat!).map((a) => a.text)).toEqual(["Time to follow up on Acme Data."]);
  });
});
