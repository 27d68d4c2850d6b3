/**
 * Rate limits shared through real Redis: two web-channel instances (two servers on one
 * database, as behind a load balancer) charge one budget per session, and a Redis
 * outage lets people chat instead of failing their requests.
 */
import { randomBytes } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase } from "../../test-support/db.ts";
import { REDIS_AVAILABLE, TEST_REDIS_URL } from "../../test-support/redis.ts";
import { createScriptedConverse } from "../../test-support/scripted-converse.ts";
import { readSse } from "../../test-support/sse-client.ts";
import { startWebTestServer, type WebTestServer } from "../../test-support/web-app.ts";
import { RedisRateCounter } from "./redis-rate-counter.ts";
import { errorOf, openSession, postChat } from "./test-helpers.ts";

const logger = pino({ level: "silent" });

describe.skipIf(!REDIS_AVAILABLE)("rate limits in Redis", () => {
  describeEachDatabase("across instances", (getDb) => {
    const prefix = `cc-test-rl-${randomBytes(4).toString("hex")}:`;
    const counters: RedisRateCounter[] = [];
    let a: WebTestServer;
    let b: WebTestServer;
    beforeAll(async () => {
      const converse = createScriptedConverse({ deltaDelayMs: 0 }).converse;
      const start = async () => {
        // A loaded CI machine can take longer than the 500 ms default to answer, and a
        // counter that times out lets the request through: wait for the connection and
        // allow slow replies, so the test measures the shared budget, not the load.
        const rateCounter = new RedisRateCounter({
          redisUrl: TEST_REDIS_URL,
          logger,
          prefix,
          timeoutMs: 10_000,
        });
        await rateCounter.ready();
        counters.push(rateCounter);
        return startWebTestServer({
          converse,
          db: getDb(),
          rateCounter,
          limits: {
            perSession: { limit: 3, windowMs: 60_000 },
            perAddress: { limit: 1000, windowMs: 60_000 },
          },
        });
      };
      a = await start();
      b = await start();
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      for (const c of counters) await c.close();
    });

    it("charges one session's turns on every instance against one budget", async () => {
      const client = await openSession(a.url);
      const other = await openSession(b.url);
      for (const server of [a, b, a]) {
        const response = await postChat(server.url, client.token, { text: "hi" });
        expect(response.status).toBe(200);
        await readSse(response);
      }
      const refused = await postChat(b.url, client.token, { text: "hi" });
      expect(refused.status).toBe(429);
      expect((await errorOf(refused)).message).toMatch(
        /Too many requests from this chat session.*limit is 3 per 60 seconds/,
      );
      // Another person is not affected.
      const fine = await postChat(a.url, other.token, { text: "hi" });
      expect(fine.status).toBe(200);
      await readSse(fine);
    });
  });

  it("lets requests through, and says so in the log, when Redis is unreachable", async () => {
    const warnings: string[] = [];
    const counter = new RedisRateCounter({
      redisUrl: "redis://127.0.0.1:1",
      logger: pino({ level: "warn" }, { write: (line: string) => void warnings.push(line) }),
      timeoutMs: 200,
    });
    try {
      expect(await counter.hit("session:x", 60_000)).toEqual({ count: 0, msLeft: 60_000 });
      expect(warnings.join("")).toMatch(/unreachable; requests are not being limited/);
    } finally {
      await counter.close();
    }
  });
});
