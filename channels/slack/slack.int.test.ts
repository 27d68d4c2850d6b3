/**
 * Slack on the channel kit, end to end over real HTTP: signed Events API and
 * interactivity requests into Bolt's receiver mounted in an express app, the real
 * WebClient (retries: 0) against a Slack stand-in on 127.0.0.1, files downloaded from a
 * file host that wants the bot token. The shared scenario, then bad input.
 */
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
import { decodeAction, encodeAction } from "../core/cards/actions.ts";
import {
  directMessage,
  type SlackReceiver,
  startSlackReceiver,
  TEST_SIGNING_SECRET,
} from "./testing/receiver.ts";
import {
  type SlackStandIn,
  type StandInMessage,
  signSlackRequest,
  startSlackStandIn,
} from "./testing/stand-in.ts";

const SECRET = TEST_SIGNING_SECRET;
const TEAM = "T0CAREER";
const TOKEN = "xoxb-test-bot-token";
let db: Db;
let env: KitEnvironment;
let receiver: SlackReceiver;
let standIn: SlackStandIn;
let files: FileServer;
let receiverUrl = "";
let seq = 0;

beforeAll(async () => {
  db = await createPgliteTestDatabase();
  standIn = await startSlackStandIn({
    tokens: { [TOKEN]: TEAM },
    users: {
      USCENARIO: { tz: "Europe/Berlin", locale: "de-DE" },
      UZONE: { tz: "America/Los_Angeles", locale: "en-US" },
    },
  });
  files = await startFileServer({ token: TOKEN });
  env = await startKitEnvironment({ db, adapters: [] });
  receiver = await startSlackReceiver({
    kit: env.kit,
    db,
    botToken: TOKEN,
    teamId: TEAM,
    apiUrl: standIn.apiUrl,
  });
  receiverUrl = `${receiver.base}/slack/events`;
});

afterAll(async () => {
  await receiver?.close();
  await env?.close();
  await standIn?.close();
  await files?.close();
  await db?.close();
});

const signedPost = (body: string, contentType: string, headers: Record<string, string> = {}) =>
  receiver.post(body, contentType, headers);

function messageEvent(user: string, text: string, extra: Record<string, unknown> = {}, team = TEAM) {
  seq++;
  return directMessage(team, user, text, extra);
}

/** What a person sees in a stand-in message: its text and blocks, buttons with their decoded actions. */
function seen(m: StandInMessage): ScenarioMessage {
  const texts: string[] = [m.text];
  const buttons: ScenarioMessage["buttons"] = [];
  // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON is walked loosely, as Slack's own clients read it
  for (const block of m.blocks as Record<string, any>[]) {
    if (block.text?.text) texts.push(block.text.text);
    for (const f of block.fields ?? []) texts.push(f.text);
    for (const e of block.type === "context" ? block.elements : []) texts.push(e.text);
    for (const b of [block.accessory, ...(block.type === "actions" ? block.elements : [])].filter(Boolean))
      buttons.push({
        label: b.text.text,
        action: decodeAction(b.value),
        ...({ slack: { ts: m.ts, id: b.action_id } } as object),
      });
  }
  return { text: texts.join("\n"), buttons, files: m.files };
}

function slackDriver(user: string): ScenarioDriver {
  const channel = `D${user}`;
  return {
    async send(text, file) {
      const extra = file
        ? {
            subtype: "file_share",
            files: [
              {
                id: `F-${seq}`,
                name: file.filename,
                mimetype: file.mimeType,
                size: file.bytes.length,
                url_private_download: files.put(`${user}-${file.filename}`, file.bytes, {
                  contentType: file.mimeType,
                }),
              },
            ],
          }
        : {};
      const { eventId, body } = messageEvent(user, text, extra);
      const res = await signedPost(body, "application/json");
      expect(res.status).toBe(200);
      await env.turnDone(eventId, 60_000);
    },
    async press(button) {
      const where = (button as { slack?: { ts: string; id: string } }).slack!;
      const actionTs = `${1_800_000_000 + ++seq}.000300`;
      const payload = {
        type: "block_actions",
        team: { id: TEAM },
        user: { id: user, team_id: TEAM },
        api_app_id: "A1",
        trigger_id: `trig-${seq}`,
        channel: { id: channel },
        container: { type: "message", channel_id: channel, message_ts: where.ts },
        message: { ts: where.ts, text: "" },
        actions: [
          { type: "button", action_id: where.id, value: encodeAction(button.action!), action_ts: actionTs },
        ],
      };
      const res = await signedPost(
        `payload=${encodeURIComponent(JSON.stringify(payload))}`,
        "application/x-www-form-urlencoded",
      );
      expect(res.status).toBe(200);
      await env.turnDone(`action:${channel}:${where.ts}:${actionTs}`, 60_000);
    },
    async messages() {
      return standIn.messages(channel).map(seen);
    },
  };
}

describe("Slack channel", () => {
  // Seven real turns (OCR-free PDF reading, analysis, roadmap): on a loaded 2-core CI machine
  // they have taken a minute together, so the scenario gets three.
  it("runs the shared scenario over the Events API, interactivity and the Web API", {
    timeout: 180_000,
  }, async () => {
    const callsBefore = [...standIn.calls.values()].reduce((a, b) => a + b, 0);
    const turnsBefore = env.reports.length;
    const result = await runChannelScenario(slackDriver("USCENARIO"));
    const calls = [...standIn.calls.values()].reduce((a, b) => a + b, 0) - callsBefore;
    const turns = env.reports.length - turnsBefore;
    console.info(
      `slack scenario: ${turns} turns, turn ms ${result.turnMs.map(Math.round).join(", ")}; ` +
        `${calls} Web API calls (${(calls / turns).toFixed(1)} per turn): ${JSON.stringify(Object.fromEntries(standIn.calls))}`,
    );
    expect(standIn.blockErrors).toEqual([]);
    const status = await db.query<{ status: string }>(
      `SELECT a.status FROM applications a JOIN channel_identities ci ON ci.user_id = a.user_id
       WHERE ci.external_id = '${TEAM}:USCENARIO'`,
    );
    expect(status.rows.map((r) => r.status)).toEqual(["phone_screen"]);
  });

  it("keeps the person's Slack time zone and locale, and plans their follow-up for 9:00 in their zone", async () => {
    const { eventId, body } = messageEvent(
      "UZONE",
      "I applied to Zeta Labs for the data analyst role yesterday",
    );
    await signedPost(body, "application/json");
    await env.turnDone(eventId, 60_000);
    const identity = await db.query(
      `SELECT time_zone, locale FROM channel_identities WHERE external_id = '${TEAM}:UZONE'`,
    );
    expect(identity.rows).toEqual([{ time_zone: "America/Los_Angeles", locale: "en-US" }]);
    const { rows } = await db.query<{ due_at: string }>(
      `SELECT r.due_at::text AS due_at FROM reminders r JOIN channel_identities ci ON ci.user_id = r.user_id
       WHERE ci.external_id = '${TEAM}:UZONE' AND r.kind = 'follow_up'`,
    );
    expect(rows).toHaveLength(1);
    const hour = new Intl.DateTimeFormat("en-US", {
      timeZone: "America/Los_Angeles",
      hour: "numeric",
      hourCycle: "h23",
    }).format(new Date(rows[0]!.due_at));
    expect(hour).toBe("09");
    // users.info once for this person; later turns use what this instance learnt.
    const again = messageEvent("UZONE", "show my applications");
    const before = standIn.calls.get("users.info") ?? 0;
    await signedPost(again.body, "application/json");
    await env.turnDone(again.eventId, 60_000);
    expect(standIn.calls.get("users.info") ?? 0).toBe(before);
  });

  it("refuses a forged or stale signature and stores nothing", async () => {
    const forged = messageEvent("UFORGED", "hello");
    const bad = await fetch(receiverUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...signSlackRequest("wrong-secret", forged.body) },
      body: forged.body,
    });
    expect(bad.status).toBe(401);
    const stale = messageEvent("USTALE", "hello");
    const old = await fetch(receiverUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...signSlackRequest(SECRET, stale.body, Math.floor(Date.now() / 1000) - 6 * 60),
      },
      body: stale.body,
    });
    expect(old.status).toBe(401);
    const { rows } = await db.query(
      `SELECT 1 FROM channel_identities WHERE external_id IN ('${TEAM}:UFORGED', '${TEAM}:USTALE')`,
    );
    expect(rows).toEqual([]);
    expect(standIn.messages("DUFORGED")).toEqual([]);
  });

  it("answers a retried event once", async () => {
    const { eventId, body } = messageEvent("URETRY", "hi");
    await signedPost(body, "application/json");
    await env.turnDone(eventId, 60_000);
    const retry = await signedPost(body, "application/json", {
      "x-slack-retry-num": "1",
      "x-slack-retry-reason": "http_timeout",
    });
    expect(retry.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(env.reports.filter((r) => r.eventId === eventId)).toHaveLength(1);
    expect(standIn.messages("DURETRY")).toHaveLength(1);
  });

  it("does not answer a workspace that never installed the app", async () => {
    const { body } = messageEvent("USTRANGER", "hi", {}, "T0UNKNOWN");
    await signedPost(body, "application/json");
    await new Promise((r) => setTimeout(r, 300));
    const { rows } = await db.query(
      `SELECT 1 FROM channel_identities WHERE external_id = 'T0UNKNOWN:USTRANGER'`,
    );
    expect(rows).toEqual([]);
    expect(standIn.messages("DUSTRANGER")).toEqual([]);
  });
});
