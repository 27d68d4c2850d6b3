/**
 * An image pasted into a Teams chat (a photo of a resume) is read like an uploaded one:
 * Teams sends it as an `image/*` attachment kept by the Bot Connector, fetched by the
 * kit's size-limited download with the bot's own token (the stand-in connector refuses
 * it without one), then read by OCR into the profile. Too large an image is refused
 * with nothing stored; an image hosted anywhere else never gets the bot's token.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTeamsHarness, type TeamsHarness } from "../../test-support/channel-kit/teams-harness.ts";
import { fontAvailable, pngPhoto, SAMPLE } from "../../test-support/fixtures/resume/index.ts";
import { parseActivity } from "./receive/parse.ts";

// Rendering the photo fixture needs a system font (Debian: fonts-dejavu-core).
if (!fontAvailable() && process.env.CI === "true")
  throw new Error("The resume photo fixture needs fonts-dejavu-core (apt-get install fonts-dejavu-core)");

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness({ maxAttachmentBytes: 400_000 });
});
afterAll(async () => {
  await h?.close();
});

/** What Teams sends for a pasted image: the image, and the message's HTML that shows it. */
const pasted = (contentUrl: string) => [
  { contentType: "image/*", contentUrl },
  { contentType: "text/html", content: `<div><div><span><img src="${contentUrl}"></span></div></div>` },
];

const resumesOf = async (externalId: string) =>
  (
    await h.db.query<{ name: string | null }>(
      `SELECT r.parsed->'contact'->'name'->>'value' AS name FROM resumes r
       JOIN channel_identities ci ON ci.user_id = r.user_id
       WHERE ci.channel = 'teams' AND ci.external_id = $1 AND r.parsed IS NOT NULL`,
      [externalId],
    )
  ).rows;

describe.skipIf(!fontAvailable())("images pasted into a Teams chat", () => {
  it("reads a pasted photo of a resume with the bot's token and OCR, into the profile", {
    timeout: 180_000,
  }, async () => {
    const nia = h.person("Nia");
    const where = h.personal(nia);
    const url = h.teams.putAttachment(new Uint8Array(pngPhoto()), "image/png");
    await h.deliver(h.activity(nia, where, { text: "here's my cv", attachments: pasted(url) }), 150_000);
    const path = new URL(url).pathname;
    // Fetched once, with a token the connector accepted (it answers 401 without one).
    expect(h.teams.calls.filter((c) => c.path === path).map((c) => c.status)).toEqual([200]);
    expect(await resumesOf(h.externalId(nia))).toEqual([{ name: SAMPLE.name }]);
    const said = h
      .messagesIn(where.conversationId)
      .map((a) => a.text ?? "")
      .join("\n");
    expect(said).toMatch(/pasted-image-1\.png/);
  });

  it("refuses a pasted image over the size limit before reading it, storing nothing", async () => {
    const oto = h.person("Oto");
    const where = h.personal(oto);
    const url = h.teams.putAttachment(new Uint8Array(500_000).fill(7), "image/png");
    await h.deliver(h.activity(oto, where, { text: "cv", attachments: pasted(url) }));
    expect(h.messagesIn(where.conversationId).at(-1)?.text).toMatch(/pasted-image-1\.png is larger than/);
    expect(await resumesOf(h.externalId(oto))).toEqual([]);
  });
});

describe("pasted images in the activity", () => {
  const base = (attachments: unknown[]) =>
    ({
      type: "message",
      id: "1",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      from: { id: "29:x", aadObjectId: randomUUID() },
      conversation: { id: "a:1", conversationType: "personal", tenantId: "t" },
      recipient: { id: "28:bot" },
      text: "",
      attachments,
    }) as never;

  it("takes images the connector keeps and leaves images hosted elsewhere alone", () => {
    const parsed = parseActivity(
      base([
        {
          contentType: "image/*",
          contentUrl: "https://smba.trafficmanager.net/emea/v3/attachments/0-abc/views/original",
        },
        { contentType: "image/png", contentUrl: "https://evil.example/v3/attachments/1/views/original" },
        { contentType: "text/html", content: "<img>" },
      ]),
    );
    expect(parsed.kind).toBe("event");
    if (parsed.kind !== "event") return;
    expect(parsed.event.attachments).toEqual([
      {
        filename: "pasted-image-1.png",
        url: "https://smba.trafficmanager.net/emea/v3/attachments/0-abc/views/original",
      },
    ]);
  });
});
