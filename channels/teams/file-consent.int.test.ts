/**
 * Handing a person a file in Teams through the file-consent flow, end to end: the data
 * export asked for in a personal chat arrives as a FileConsentCard; the person's Allow
 * (a fileConsent/invoke POSTed to /api/messages with a token the stand-in identity
 * provider signed) uploads the bytes to the stand-in OneDrive session and posts the file
 * info card; Decline, a second press, an expired offer, someone else's offer and an
 * unknown tenant are each refused clearly with nothing uploaded or left pending.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Person,
  startTeamsHarness,
  type TeamsHarness,
} from "../../test-support/channel-kit/teams-harness.ts";
import type { ConnectorActivity } from "../../test-support/standins/teams.ts";
import { waitFor } from "../../test-support/wait.ts";
import { uploadToSession } from "./api/upload-session.ts";
import { FILE_CONSENT_CONTENT_TYPE, FILE_INFO_CONTENT_TYPE } from "./format/file-cards.ts";
import {
  FILE_CONSENT_INVOKE,
  FILE_OFFER_GONE_REPLY,
  FILE_OFFER_NOT_YOURS_REPLY,
  UNKNOWN_TENANT_REPLY,
} from "./index.ts";

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness();
});
afterAll(async () => {
  await h?.close();
});

interface ConsentContent {
  description: string;
  sizeInBytes: number;
  acceptContext: { offer: string };
  declineContext: { offer: string };
}

const consentCards = (conversationId: string) =>
  h
    .messagesIn(conversationId)
    .filter((a) => a.attachments?.some((att) => att.contentType === FILE_CONSENT_CONTENT_TYPE));

/** Asks for the data export in `where` and returns the consent card it produced. */
async function askForExport(p: Person, where = h.personal(p), text = "export my data") {
  const personalChat = where.type && where.type !== "personal" ? undefined : where.conversationId;
  const before = personalChat ? consentCards(personalChat).length : 0;
  await h.deliver(h.activity(p, where, { text, ...(personalChat ? {} : mention()) }));
  const chat = personalChat ?? h.teams.created.get(p.id);
  expect(chat, "the personal chat the file was offered in").toBeDefined();
  const cards = consentCards(chat!);
  expect(cards.length).toBe(before + 1);
  const activity = cards.at(-1)!;
  const card = activity.attachments!.find((a) => a.contentType === FILE_CONSENT_CONTENT_TYPE)!;
  return { activity, chat: chat!, name: card.name!, content: card.content as ConsentContent };
}

const mention = () => ({
  text: `<at>CareerCraft</at> export my data`,
  entities: [
    {
      type: "mention",
      mentioned: { id: `28:${h.appId}`, name: "CareerCraft" },
      text: "<at>CareerCraft</at>",
    },
  ],
});

function consentInvoke(
  p: Person,
  chat: string,
  answer: { action: "accept" | "decline"; offer: string; replyToId?: string; uploadInfo?: unknown },
  tenantId?: string,
) {
  return h.activity(
    p,
    { conversationId: chat, ...(tenantId ? { tenantId } : {}) },
    {
      type: "invoke",
      name: FILE_CONSENT_INVOKE,
      ...(answer.replyToId ? { replyToId: answer.replyToId } : {}),
      value: {
        type: "fileUpload",
        action: answer.action,
        context: { offer: answer.offer },
        ...(answer.uploadInfo ? { uploadInfo: answer.uploadInfo } : {}),
      },
    },
  );
}

const pendingRows = async (p: Person) =>
  (await h.db.query(`SELECT id FROM teams_file_offers WHERE external_id = $1`, [h.externalId(p)])).rows;

const lastText = (chat: string) => h.messagesIn(chat).at(-1)?.text;

describe("Teams file-consent flow", () => {
  it("offers the data export by consent card, uploads it on Allow and posts the file info card", async () => {
    const ivy = h.person("Ivy");
    const where = h.personal(ivy);
    await h.deliver(h.activity(ivy, where, { text: "add Python as an advanced skill" }));
    const callsBefore = h.connectorCalls();
    const offer = await askForExport(ivy);
    const exportTurnCalls = h.connectorCalls() - callsBefore;
    expect(offer.name).toMatch(/^careercraft-export-\d{4}-\d{2}-\d{2}\.json$/);
    expect(offer.content.acceptContext).toEqual(offer.content.declineContext);
    expect(offer.content.description).toContain(offer.name);
    expect(await pendingRows(ivy)).toHaveLength(1);

    const session = h.teams.uploadSession(offer.name);
    const before = h.connectorCalls();
    const res = await h.post(
      consentInvoke(ivy, offer.chat, {
        action: "accept",
        offer: offer.content.acceptContext.offer,
        replyToId: offer.activity.id,
        uploadInfo: session,
      }),
    );
    expect(res.status).toBe(200);
    const acceptTurnCalls = h.connectorCalls() - before;
    const uploaded = h.teams.uploaded(session.uniqueId).bytes;
    expect(uploaded?.byteLength).toBe(offer.content.sizeInBytes);
    const exported = JSON.parse(Buffer.from(uploaded!).toString("utf8"));
    expect(JSON.stringify(exported)).toContain("Python");
    const info = h.messagesIn(offer.chat).at(-1)!.attachments;
    expect(info).toEqual([
      {
        contentType: FILE_INFO_CONTENT_TYPE,
        contentUrl: session.contentUrl,
        name: offer.name,
        content: { uniqueId: session.uniqueId, fileType: "json" },
      },
    ]);
    expect(await pendingRows(ivy)).toEqual([]);
    console.log(JSON.stringify({ teamsFileConsent: { exportTurnCalls, acceptTurnCalls } }));

    // Pressing Allow again finds nothing to send and uploads nothing.
    const again = h.teams.uploadSession(offer.name);
    const second = await h.post(
      consentInvoke(ivy, offer.chat, {
        action: "accept",
        offer: offer.content.acceptContext.offer,
        uploadInfo: again,
      }),
    );
    expect(second.status).toBe(200);
    expect(lastText(offer.chat)).toBe(FILE_OFFER_GONE_REPLY);
    expect(h.teams.uploaded(again.uniqueId).puts).toBe(0);
  });

  it("on Decline says so, uploads nothing and keeps nothing pending", async () => {
    const jon = h.person("Jon");
    await h.deliver(h.activity(jon, h.personal(jon), { text: "hi" }));
    const offer = await askForExport(jon);
    const res = await h.post(
      consentInvoke(jon, offer.chat, { action: "decline", offer: offer.content.declineContext.offer }),
    );
    expect(res.status).toBe(200);
    expect(lastText(offer.chat)).toBe(`OK, I won't send ${offer.name}. Ask me again whenever you want it.`);
    expect(await pendingRows(jon)).toEqual([]);
  });

  it("refuses an answer naming someone else's offer, leaving it to its owner", async () => {
    const kim = h.person("Kim");
    const mallory = h.person("Mallory");
    await h.deliver(h.activity(kim, h.personal(kim), { text: "hi" }));
    await h.deliver(h.activity(mallory, h.personal(mallory), { text: "hi" }));
    const offer = await askForExport(kim);
    const session = h.teams.uploadSession(offer.name);
    const res = await h.post(
      consentInvoke(mallory, h.personal(mallory).conversationId, {
        action: "accept",
        offer: offer.content.acceptContext.offer,
        uploadInfo: session,
      }),
    );
    expect(res.status).toBe(403);
    expect(lastText(h.personal(mallory).conversationId)).toBe(FILE_OFFER_NOT_YOURS_REPLY);
    expect(h.teams.uploaded(session.uniqueId).puts).toBe(0);
    expect(await pendingRows(kim)).toHaveLength(1);
    expect(await pendingRows(mallory)).toEqual([]);
  });

  it("refuses Allow on an expired offer, uploading nothing, and drops the offer", async () => {
    const lou = h.person("Lou");
    await h.deliver(h.activity(lou, h.personal(lou), { text: "hi" }));
    const offer = await askForExport(lou);
    // An hour has passed.
    await h.db.query(
      `UPDATE teams_file_offers SET expires_at = now() - interval '1 second' WHERE external_id = $1`,
      [h.externalId(lou)],
    );
    const session = h.teams.uploadSession(offer.name);
    const res = await h.post(
      consentInvoke(lou, offer.chat, {
        action: "accept",
        offer: offer.content.acceptContext.offer,
        uploadInfo: session,
      }),
    );
    expect(res.status).toBe(200);
    expect(lastText(offer.chat)).toBe(FILE_OFFER_GONE_REPLY);
    expect(h.teams.uploaded(session.uniqueId).puts).toBe(0);
    expect(await pendingRows(lou)).toEqual([]);
  });

  it("refuses a consent answer from a tenant nobody configured", async () => {
    const stranger = h.person("Stranger");
    const chat = h.personal(stranger).conversationId;
    const res = await h.post(
      consentInvoke(
        stranger,
        chat,
        { action: "accept", offer: randomUUID(), uploadInfo: h.teams.uploadSession("x.json") },
        randomUUID(),
      ),
    );
    expect(res.status).toBe(403);
    expect(lastText(chat)).toBe(UNKNOWN_TENANT_REPLY);
  });

  it("sends a file asked for in a channel to the personal chat, saying so in the channel", async () => {
    const max = h.person("Max");
    const thread = {
      conversationId: `19:${randomUUID()}@thread.tacv2;messageid=1`,
      type: "channel" as const,
    };
    const offer = await askForExport(max, thread);
    expect(offer.chat).not.toBe(thread.conversationId);
    const inChannel = h.messagesIn(thread.conversationId).map((a: ConnectorActivity) => a.text ?? "");
    expect(inChannel).toContain(`I've sent ${offer.name} to our personal chat: files only go there.`);
    expect(
      h
        .messagesIn(thread.conversationId)
        .flatMap((a) => a.attachments ?? [])
        .map((a) => a.contentType),
    ).not.toContain(FILE_CONSENT_CONTENT_TYPE);
    await waitFor(async () => (await pendingRows(max)).length === 1 || undefined, 2_000, "the pending offer");
  });

  it("withdraws the offer when its consent card could not be delivered", async () => {
    const noa = h.person("Noa");
    await h.deliver(h.activity(noa, h.personal(noa), { text: "hi" }));
    h.teams.failNext(/card\.file\.consent/, 503);
    await h.deliver(h.activity(noa, h.personal(noa), { text: "export my data" }));
    expect(consentCards(h.personal(noa).conversationId)).toEqual([]);
    expect(await pendingRows(noa)).toEqual([]);
    // The SDK's own error text ("please fix the source code") never reaches the person.
    expect(
      h
        .messagesIn(h.personal(noa).conversationId)
        .map((a) => a.text ?? "")
        .join("\n"),
    ).not.toMatch(/source code|encountered an error/);
  });

  it("uploads a file larger than one fragment in ordered Content-Range pieces", async () => {
    const bytes = new Uint8Array(1_000).map((_, i) => i % 251);
    const session = h.teams.uploadSession("big.bin");
    await uploadToSession(session.uploadUrl, bytes, { fragmentBytes: 320 });
    const done = h.teams.uploaded(session.uniqueId);
    expect(done.puts).toBe(4);
    expect(done.bytes).toEqual(bytes);
  });
});
