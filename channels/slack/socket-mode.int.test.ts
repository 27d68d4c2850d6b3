/**
 * Slack over Socket Mode: Bolt's SocketModeReceiver opens its connection through the
 * Web API stand-in (`apps.connections.open` with the app-level token) to a WebSocket
 * stand-in on 127.0.0.1. A DM envelope is acknowledged before the answer is written,
 * then answered through the Web API; a redelivered envelope is acknowledged and not
 * answered twice; /careercraft help is answered in the ack itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../data/db/types.ts";
import { type KitEnvironment, startKitEnvironment } from "../../test-support/channel-kit/environment.ts";
import { createPgliteTestDatabase } from "../../test-support/db.ts";
import { SLACK_HELP } from "./app.ts";
import { directMessage, type SlackReceiver, startSlackReceiver } from "./testing/receiver.ts";
import { type SocketModeStandIn, startSocketModeStandIn } from "./testing/socket-mode.ts";
import { type SlackStandIn, startSlackStandIn } from "./testing/stand-in.ts";

const TEAM = "T0SOCKET";
const TOKEN = "xoxb-socket";
const APP_TOKEN = "xapp-1-socket";

describe("Slack over Socket Mode", () => {
  let db: Db;
  let env: KitEnvironment;
  let standIn: SlackStandIn;
  let socket: SocketModeStandIn;
  let receiver: SlackReceiver;

  beforeAll(async () => {
    db = await createPgliteTestDatabase();
    socket = await startSocketModeStandIn();
    standIn = await startSlackStandIn({
      tokens: { [TOKEN]: TEAM },
      socketMode: { appToken: APP_TOKEN, url: socket.url },
    });
    env = await startKitEnvironment({ db, adapters: [] });
    receiver = await startSlackReceiver({
      kit: env.kit,
      db,
      botToken: TOKEN,
      teamId: TEAM,
      apiUrl: standIn.apiUrl,
      appToken: APP_TOKEN,
    });
    await socket.connected();
  });
  afterAll(async () => {
    await receiver?.close();
    await env?.close();
    await socket?.close();
    await standIn?.close();
    await db?.close();
  });

  it("acknowledges a DM envelope before answering it through the Web API", async () => {
    expect(receiver.slack.router).toBeUndefined(); // no HTTP endpoint in this mode
    expect(standIn.calls.get("apps.connections.open")).toBe(1);
    const { eventId, body } = directMessage(TEAM, "USOCK", "hi, what can you do?");
    let ackedAt = 0;
    const acked = socket.send("events_api", JSON.parse(body)).then((ack) => {
      ackedAt = Date.now();
      return ack;
    });
    const report = await env.turnDone(eventId, 60_000);
    expect((await acked).envelope_id).toMatch(/^env-/);
    expect(ackedAt).toBeLessThanOrEqual(report.startedAt + report.ms);
    const answer = standIn.messages("DUSOCK");
    expect(answer).toHaveLength(1);
    expect(answer[0]!.text).toMatch(/resume/i);
  });

  it("acknowledges a redelivered envelope and does not answer twice", async () => {
    const { eventId, body } = directMessage(TEAM, "UAGAIN", "hello");
    await socket.send("events_api", JSON.parse(body));
    await env.turnDone(eventId, 60_000);
    const ack = await socket.send("events_api", JSON.parse(body), { attempt: 1, reason: "timeout" });
    expect(ack.envelope_id).toMatch(/^env-/);
    await new Promise((r) => setTimeout(r, 300));
    expect(env.reports.filter((r) => r.eventId === eventId)).toHaveLength(1);
    expect(standIn.messages("DUAGAIN")).toHaveLength(1);
  });

  it("answers /careercraft help in the acknowledgement", async () => {
    const ack = await socket.send("slash_commands", {
      command: "/careercraft",
      text: "help",
      team_id: TEAM,
      user_id: "UCMD",
      channel_id: "DUCMD",
      trigger_id: "trig-socket",
      api_app_id: "A1",
      response_url: "https://hooks.slack.invalid/commands/1",
    });
    expect(ack.payload).toMatchObject({ response_type: "ephemeral", text: SLACK_HELP });
  });
});
