import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeEachDatabase } from "../../test-support/db.ts";
import { REDIS_AVAILABLE, TEST_REDIS_URL } from "../../test-support/redis.ts";
import { waitFor } from "../../test-support/wait.ts";
import { migrateToLatest, openDatabase } from "../db/index.ts";
import { createBullQueue } from "./bullmq.ts";
import { createEmbeddedQueue } from "./embedded.ts";
import type { JobQueue } from "./types.ts";

/** The behaviour both runners must share, whatever stores the jobs. */
function sharedBehaviour(makeQueue: () => Promise<JobQueue>) {
  it("retries a failing job with backoff until it succeeds", async () => {
    const queue = await makeQueue();
    const attempts: number[] = [];
    queue.register<{ n: number }>(
      "flaky",
      async (_payload, job) => {
        attempts.push(job.attempt);
        if (job.attempt < 3) throw new Error(`fail ${job.attempt}`);
      },
      { attempts: 3, backoffMs: 20 },
    );
    await queue.start();
    await queue.enqueue("flaky", { n: 1 });
    await waitFor(() => attempts.length === 3, 10_000, "third attempt");
    expect(await queue.listDead()).toEqual([]);
    await queue.close();
    expect(attempts).toEqual([1, 2, 3]);
  });

  it("dead-letters a job that used up its attempts, with the error", async () => {
    const queue = await makeQueue();
    let runs = 0;
    queue.register(
      "always-fails",
      async () => {
        runs++;
        throw new Error("upstream is down");
      },
      { attempts: 2, backoffMs: 10 },
    );
    await queue.start();
    await queue.enqueue("always-fails", { id: "x" });
    const dead = await waitFor(
      async () => (await queue.listDead()).find((d) => d.name === "always-fails"),
      10_000,
      "dead job",
    );
    await queue.close();
    expect(runs).toBe(2);
    expect(dead).toMatchObject({
      name: "always-fails",
      payload: { id: "x" },
      attempts: 2,
      error: "upstream is down",
    });
  });

  it("ignores a second enqueue with the same job key", async () => {
    const queue = await makeQueue();
    const seen: string[] = [];
    queue.register<{ v: string }>("once", async (p) => {
      seen.push(p.v);
    });
    await queue.enqueue("once", { v: "first" }, { jobKey: "reminder:app-1:follow-up" });
    await queue.enqueue("once", { v: "second" }, { jobKey: "reminder:app-1:follow-up" });
    await queue.start();
    await waitFor(() => seen.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    await queue.close();
    expect(seen).toEqual(["first"]);
  });
}

describeEachDatabase("embedded job runner", (getDb) => {
  sharedBehaviour(async () => createEmbeddedQueue(getDb(), { pollMs: 20 }));
});

describe("embedded job runner across a restart", { timeout: 180_000 }, () => {
  it("runs a delayed job that was enqueued before the process stopped", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "cc-queue-"));
    const first = await openDatabase({ dataDir });
    await migrateToLatest(first);
    const q1 = createEmbeddedQueue(first, { pollMs: 20 });
    const ran1: unknown[] = [];
    q1.register("reminder", async (p) => {
      ran1.push(p);
    });
    await q1.start();
    await q1.enqueue("reminder", { to: "ana" }, { delayMs: 800 });
    await q1.close();
    await first.close();
    expect(ran1).toEqual([]);

    const second = await openDatabase({ dataDir });
    const q2 = createEmbeddedQueue(second, { pollMs: 20 });
    const ran2: unknown[] = [];
    q2.register("reminder", async (p) => {
      ran2.push(p);
    });
    await q2.start();
    await waitFor(() => ran2.length === 1, 10_000, "delayed job after restart");
    await q2.close();
    await second.close();
    expect(ran2).toEqual([{ to: "ana" }]);
  });
});

describe.skipIf(!REDIS_AVAILABLE)("BullMQ job queue on real Redis", () => {
  const prefix = `cc-test-${randomUUID()}`;
  sharedBehaviour(async () =>
    createBullQueue({ redisUrl: TEST_REDIS_URL, prefix: `${prefix}-${randomUUID()}` }),
  );

  it("runs a delayed job after the queue process restarts", async () => {
    const p = `${prefix}-restart`;
    const q1 = createBullQueue({ redisUrl: TEST_REDIS_URL, prefix: p });
    q1.register("reminder", async () => {
      throw new Error("must not run in the first process");
    });
    await q1.enqueue("reminder", { to: "bo" }, { delayMs: 800 });
    await q1.close();

    const q2 = createBullQueue({ redisUrl: TEST_REDIS_URL, prefix: p });
    const ran: unknown[] = [];
    q2.register("reminder", async (payload) => {
      ran.push(payload);
    });
    expect(await q2.pendingCount()).toBe(1);
    await q2.start();
    await waitFor(() => ran.length === 1, 10_000, "delayed job after restart");
    expect(await q2.ping()).toBe(true);
    await q2.close();
    expect(ran).toEqual([{ to: "bo" }]);
  });
});
