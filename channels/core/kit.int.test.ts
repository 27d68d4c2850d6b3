/**
 * The channel kit on the real conversation core (offline planner, checkpoints in the
 * database, the job queue) with a recording platform stand-in: the shared scenario,
 * de-duplication, attachment download and its failures, organisation mapping, and the
 * streamed reply by throttled edits.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../data/db/types.ts";
import { type KitEnvironment, startKitEnvironment } from "../../test-support/channel-kit/environment.ts";
import { type FileServer, startFileServer } from "../../test-support/channel-kit/file-server.ts";
import { RecordingAdapter } from "../../test-support/channel-kit/recording-adapter.ts";
import { runChannelScenario, type ScenarioDriver } from "../../test-support/channel-kit/scenario.ts";
import { createPgliteTestDatabase } from "../../test-support/db.ts";
import type { ChannelAdapter, ChannelEvent } from "./adapter.ts";
import { parseOrganizationMap } from "./organizations.ts";

const TOKEN = "xoxb-recording-token";
let db: Db;
let files: FileServer;
let adapter: RecordingAdapter;
let env: KitEnvironment;
let seq = 0;

function event(user: string, over: Partial<ChannelEvent> = {}): ChannelEvent {
  const id = `E${++seq}`;
  return {
    platform: "recording",
    eventId: id,
    identity: { channel: "recording", externalId: `W1:${user}`, verified: true, workspace: "W1" },
    ref: { platform: "recording", workspace: "W1", conversation: `D-${user}`, user },
    threadKey: `W1:D-${user}`,
    text: "",
    attachments: [],
    direct: true,
    ...over,
  };
}

beforeAll(async () => {
  db = await createPgliteTestDatabase();
  files = await startFileServer({ token: TOKEN });
  adapter = new RecordingAdapter("recording", undefined, { authorization: `Bearer ${TOKEN}` });
  env = await startKitEnvironment({
    db,
    adapters: [adapter],
    organizations: parseOrganizationMap(["recording:W1=state-u"]),
    maxAttachmentBytes: 200_000,
  });
});

afterAll(async () => {
  await env?.close();
  await files?.close();
  await db?.close();
});

/**
 * An environment configured differently from the main one (other adapters). Environments
 * on one database are instances of one service: each one's queue runs any queued turn, so
 * this one gets its own database.
 */
async function separateEnvironment(adapters: ChannelAdapter[]): Promise<KitEnvironment & { db: Db }> {
  const own = await createPgliteTestDatabase();
  const environment = await startKitEnvironment({ db: own, adapters });
  return {
    ...environment,
    db: own,
    async close() {
      await environment.close();
      await own.close();
    },
  };
}

/** Sends and waits for the turn, queued or not. */
async function deliver(e: ChannelEvent) {
  const outcome = await env.kit.receive(e);
  if (outcome === "queued") await env.turnDone(e.eventId);
  return outcome;
}

function recordingDriver(user: string): ScenarioDriver {
  return {
    async send(text, file) {
      const attachments = file
        ? [
            {
              filename: file.filename,
              mimeType: file.mimeType,
              url: files.put(`${user}-${file.filename}`, file.bytes, { contentType: file.mimeType }),
            },
          ]
        : [];
      await deliver(event(user, { text, attachments }));
    },
    async press(button) {
      await deliver(event(user, { action: button.action }));
    },
    async messages() {
      return adapter.seen(`D-${user}`);
    },
  };
}

describe("channel kit", () => {
  it("runs the shared scenario: upload, dream job, analysis, roadmap tick by id, application, proactive reminder", async () => {
    const result = await runChannelScenario(recordingDriver("U-scenario")).catch(async (error: Error) => {
      // What the reminder path did, so a failure here says which step dropped it.
      const state = async (sql: string) =>
        JSON.stringify((await db.query(sql).catch((x) => ({ rows: [String(x)] }))).rows);
      error.message += `\nreminder jobs: ${JSON.stringify(env.reminderOutcomes)}
reminders: ${await state("SELECT id, status, due_at::text, created_at::text FROM reminders")}
queue: ${await state("SELECT id, name, status, attempts, run_at::text, updated_at::text, last_error FROM queue_jobs")}`;
      throw error;
    });
    expect(result.turnMs.length).toBeGreaterThanOrEqual(7);
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM roadmap_progress p JOIN channel_identities ci ON ci.user_id = p.user_id
       WHERE ci.external_id = 'W1:U-scenario'`,
    );
    expect(Number(rows[0]!.n)).toBe(1);
    const status = await db.query<{ status: string }>(
      `SELECT a.status FROM applications a JOIN channel_identities ci ON ci.user_id = a.user_id
       WHERE ci.external_id = 'W1:U-scenario'`,
    );
    expect(status.rows.map((r) => r.status)).toEqual(["phone_screen"]);
  });

  it("answers a redelivered event once", async () => {
    const e = event("U-dup", { text: "hi" });
    expect(await env.kit.receive(e)).toBe("answered");
    expect(await env.kit.receive({ ...e })).toBe("duplicate");
    const replies = adapter.seen("D-U-dup");
    expect(replies.length).toBe(1);
  });

  it("maps a configured workspace to its organisation, and nothing else", async () => {
    await deliver(event("U-org", { text: "hi" }));
    await deliver(
      event("U-stranger", {
        text: "hi",
        identity: { channel: "recording", externalId: "W9:U-stranger", verified: true, workspace: "W9" },
        ref: { platform: "recording", workspace: "W9", conversation: "D-U-stranger", user: "U-stranger" },
      }),
    );
    const { rows } = await db.query<{ externalId: string; slug: string; kind: string; verified: boolean }>(
      `SELECT ci.external_id AS "externalId", o.slug, o.kind, ci.verified FROM channel_identities ci
       JOIN users u ON u.id = ci.user_id JOIN organizations o ON o.id = u.organization_id
       WHERE ci.external_id IN ('W1:U-org', 'W9:U-stranger') ORDER BY ci.external_id`,
    );
    expect(rows[0]).toMatchObject({ externalId: "W1:U-org", slug: "state-u", verified: true });
    expect(rows[1]).toMatchObject({ externalId: "W9:U-stranger", kind: "personal" });
  });

  it("refuses a file the platform declares too big without downloading it", async () => {
    const before = files.requests;
    const url = files.put("big.pdf", new Uint8Array(300_000));
    const outcome = await env.kit.receive(
      event("U-big", { attachments: [{ filename: "big.pdf", url, size: 300_000 }] }),
    );
    expect(outcome).toBe("refused");
    expect(files.requests).toBe(before);
    expect(adapter.seen("D-U-big")[0]!.text).toMatch(/big\.pdf is larger than/);
  });

  it("stops a download that grows past the limit while streaming", async () => {
    const url = files.put("huge.pdf", new Uint8Array(400_000), { chunked: true });
    await deliver(event("U-huge", { attachments: [{ filename: "huge.pdf", url }] }));
    expect(adapter.seen("D-U-huge").at(-1)!.text).toMatch(/huge\.pdf is larger than/);
  });

  it("says clearly when the file URL answers with a sign-in page", async () => {
    const wrong = new RecordingAdapter("recording", undefined, { authorization: "Bearer wrong" });
    // A differently configured service needs a database of its own: on the shared one the
    // main environment's queue could claim this turn and download with the right token.
    const other = await separateEnvironment([wrong]);
    try {
      const url = files.put("cv.pdf", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]));
      const e = event("U-html", { attachments: [{ filename: "cv.pdf", url }] });
      await other.kit.receive(e);
      await other.turnDone(e.eventId);
      expect(wrong.seen("D-U-html").at(-1)!.text).toMatch(/sent a web page instead of the file/);
      const { rows } = await other.db.query(
        `SELECT r.id FROM resumes r JOIN channel_identities ci ON ci.user_id = r.user_id WHERE ci.external_id = 'W1:U-html'`,
      );
      expect(rows).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it("tells the person when their file is not a resume", async () => {
    const url = files.put("song.mp3", new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]));
    await deliver(event("U-gz", { text: "my cv", attachments: [{ filename: "cv.gz", url }] }));
    expect(adapter.seen("D-U-gz").at(-1)!.text).toMatch(/compressed archive/);
  });

  it("streams a reply by throttled edits and ends with the whole text", async () => {
    const slow = new RecordingAdapter(
      "slowplatform",
      {
        editIntervalMs: 200,
        maxTextChars: 4000,
        maxButtons: 25,
        maxElementChars: 3000,
        maxButtonLabel: 75,
        maxActionChars: 2000,
      },
      {},
      20,
    );
    const own = await separateEnvironment([slow]);
    try {
      const e: ChannelEvent = {
        ...event("U-stream", { text: "hi, what can you do?" }),
        platform: "slowplatform",
        identity: { channel: "slowplatform", externalId: "U-stream", verified: true },
        ref: { platform: "slowplatform", conversation: "D-U-stream", user: "U-stream" },
      };
      await own.kit.receive(e);
      const report = own.reports[0]!;
      const [reply] = slow.messages;
      expect(reply!.message.text).toMatch(/resume/i);
      // One post, then edits at most every 200 ms: far fewer than the deltas streamed.
      expect(report.posts).toBe(1);
      expect(report.edits).toBeLessThanOrEqual(Math.ceil(report.ms / 200) + 1);
      expect(reply!.edits).toBe(report.edits);
    } finally {
      await own.close();
    }
  });
});
