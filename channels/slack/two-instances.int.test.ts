/**
 * Two service instances on one Redis and one PostgreSQL database, each with its own
 * express app, Bolt receiver, Slack adapter and channel kit (two containers behind a
 * load balancer), both talking to one Slack stand-in: the same signed event delivered to
 * both is answered once, and the turns of one DM never overlap whichever instance
 * receives them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../data/db/types.ts";
import { type KitEnvironment, startKitEnvironment } from "../../test-support/channel-kit/environment.ts";
import { createPostgresTestDatabase, POSTGRES_AVAILABLE } from "../../test-support/db.ts";
import { REDIS_AVAILABLE, TEST_REDIS_URL } from "../../test-support/redis.ts";
import { directMessage, type SlackReceiver, startSlackReceiver } from "./testing/receiver.ts";
import { type SlackStandIn, startSlackStandIn } from "./testing/stand-in.ts";

const TEAM = "T0TWO";
const TOKEN = "xoxb-two";

describe.skipIf(!(POSTGRES_AVAILABLE && REDIS_AVAILABLE))(
  "Slack on two instances, one Redis, one database",
  () => {
    let drop: () => Promise<void>;
    let db: Db;
    let standIn: SlackStandIn;
    const envs: KitEnvironment[] = [];
    const receivers: SlackReceiver[] = [];

    beforeAll(async () => {
      const created = await createPostgresTestDatabase();
      drop = created.drop;
      db = created.db;
      standIn = await startSlackStandIn({ tokens: { [TOKEN]: TEAM } });
      const prefix = `careercraft-test-slack-two-${process.pid}-${Date.now()}`;
      for (let i = 0; i < 2; i++) {
        const env = await startKitEnvironment({
          db: created.db,
          adapters: [],
          redisUrl: TEST_REDIS_URL,
          prefix,
        });
        envs.push(env);
        receivers.push(
          await startSlackReceiver({
            kit: env.kit,
            db: created.db,
            botToken: TOKEN,
            teamId: TEAM,
            apiUrl: standIn.apiUrl,
          }),
        );
      }
    });
    afterAll(async () => {
      for (const r of receivers) await r.close();
      for (const e of envs) await e.close();
      await standIn?.close();
      await drop?.();
    });

    const reports = (filter: (r: KitEnvironment["reports"][number]) => boolean) =>
      envs.flatMap((e) => e.reports).filter(filter);

    it("answers an event delivered to both instances once", async () => {
      const { eventId, body } = directMessage(TEAM, "UBOTH", "hi");
      const responses = await Promise.all(receivers.map((r) => r.post(body)));
      expect(responses.map((r) => r.status)).toEqual([200, 200]);
      await Promise.race(envs.map((e) => e.turnDone(eventId, 60_000)));
      await new Promise((r) => setTimeout(r, 500));
      expect(reports((r) => r.eventId === eventId)).toHaveLength(1);
      expect(standIn.messages("DUBOTH")).toHaveLength(1);
    });

    it("never overlaps two turns of one DM, whichever instance receives them", async () => {
      const texts = [
        "add Python as an expert skill",
        "add SQL as advanced",
        "add Go as a beginner skill",
        "show my skills",
      ];
      const events = texts.map((t) => directMessage(TEAM, "ULOCK", t));
      await Promise.all(events.map((e, i) => receivers[i % 2]!.post(e.body)));
      await Promise.all(events.map((e) => Promise.race(envs.map((env) => env.turnDone(e.eventId, 120_000)))));
      const turns = reports((r) => r.threadKey === `${TEAM}:DULOCK`).sort(
        (x, y) => x.startedAt - y.startedAt,
      );
      expect(turns).toHaveLength(4);
      // Both instances took turns, and each began only after the one before had finished.
      expect(new Set(envs.map((e) => e.reports.some((r) => r.threadKey === `${TEAM}:DULOCK`)))).toEqual(
        new Set([true]),
      );
      for (let i = 1; i < turns.length; i++)
        expect(turns[i]!.startedAt).toBeGreaterThanOrEqual(turns[i - 1]!.startedAt + turns[i - 1]!.ms - 1);
      // Every message in the DM belongs to one of the four turns, and every skill was saved once.
      const messages = standIn.messages("DULOCK");
      expect(messages).toHaveLength(turns.reduce((n, t) => n + t.posts, 0));
      const { rows } = await db.query<{ name: string }>(
        `SELECT s.name FROM user_skills s JOIN channel_identities ci ON ci.user_id = s.user_id
       WHERE ci.external_id = '${TEAM}:ULOCK' ORDER BY s.name`,
      );
      expect(rows.map((r) => r.name)).toEqual(["Go", "Python", "SQL"]);
    });
  },
);
