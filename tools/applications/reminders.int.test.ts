import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, migrateToLatest, openDatabase } from "../../data/db/index.ts";
import { createBullQueue } from "../../data/queue/bullmq.ts";
import { createEmbeddedQueue } from "../../data/queue/embedded.ts";
import type { JobQueue } from "../../data/queue/types.ts";
import { type ApplicationStore, createApplicationStore } from "../../data/repositories/application-store.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import {
  createPostgresTestDatabase,
  describeEachDatabase,
  POSTGRES_AVAILABLE,
} from "../../test-support/db.ts";
import { REDIS_AVAILABLE, TEST_REDIS_URL } from "../../test-support/redis.ts";
import { waitFor } from "../../test-support/wait.ts";
import type { ApplicationsContext } from "./context.ts";
import { wireReminderJobs } from "./reminder-jobs.ts";
import {
  handleReminderJob,
  queueReminderScheduler,
  type ReminderDelivery,
  type ReminderJobPayload,
  type ReminderOutcome,
  rearmPendingReminders,
} from "./reminders.ts";
import { addApplication, getApplication } from "./service.ts";
import { changeStatus } from "./workflow.ts";

const NOW = new Date("2026-11-22T12:00:00Z");

/** A channel that records what it was asked to send (and can be made to fail). */
class RecordingChannel implements ReminderDelivery {
  readonly sent: { userId: string; channel: string; message: string }[] = [];
  failuresLeft = 0;
  async deliver(userId: string, channel: string, message: string): Promise<void> {
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error("channel unavailable");
    }
    this.sent.push({ userId, channel, message });
  }
}

async function personOn(db: Db, channel: string | null): Promise<string> {
  const users = createUsersRepository(db);
  const user = await users.createUser({});
  if (channel) await users.touchLastChannel(user.id, channel, "thread-1");
  return user.id;
}

async function dueFollowUp(ctx: ApplicationsContext, company = "Acme"): Promise<ReminderJobPayload> {
  // Applied 8 days before "now" with a 7-day window: the follow-up is due at once.
  const app = await addApplication(ctx, { company, position: "Dev", appliedOn: "2026-11-14" });
  const [reminder] = (await getApplication(ctx, app.id)).reminders;
  return { reminderId: reminder.id, userId: ctx.userId };
}

describeEachDatabase("reminders: delivery", (getDb) => {
  let db: Db;
  let store: ApplicationStore;
  const context = (userId: string): ApplicationsContext => ({
    store,
    userId,
    followUpDays: 7,
    now: () => NOW,
  });

  beforeAll(() => {
    db = getDb();
    store = createApplicationStore(db);
  });

  it("delivers a due follow-up exactly once, on the channel the person last used", async () => {
    const channel = new RecordingChannel();
    const userId = await personOn(db, "slack");
    const payload = await dueFollowUp(context(userId));
    const outcomes = await Promise.all([
      handleReminderJob(store, channel, payload, { now: NOW }),
      handleReminderJob(store, channel, payload, { now: NOW }),
      handleReminderJob(store, channel, payload, { now: NOW }),
    ]);
    expect(outcomes.filter((o) => o.outcome === "sent")).toHaveLength(1);
    expect(await handleReminderJob(store, channel, payload, { now: NOW })).toEqual({
      outcome: "already_sent",
    });
    expect(channel.sent).toHaveLength(1);
    expect(channel.sent[0]).toMatchObject({ userId, channel: "slack" });
    expect(channel.sent[0].message).toMatch(/follow up: you applied for Dev at Acme 8 days ago/);
    expect((await store.reminders.get(userId, payload.reminderId))?.state).toBe("sent");
    expect(await store.reminders.deliveries(userId, payload.reminderId)).toHaveLength(1);
  });

  it("leaves a fresh claim to its worker and closes one left by a run that died", async () => {
    const channel = new RecordingChannel();
    const userId = await personOn(db, "slack");
    const payload = await dueFollowUp(context(userId));
    // Another worker claimed it a moment ago and is still sending.
    expect(await store.reminders.claimDelivery(userId, payload.reminderId, "slack", NOW)).toBe(true);
    expect(await handleReminderJob(store, channel, payload, { now: NOW })).toEqual({
      outcome: "already_sent",
    });
    expect((await store.reminders.get(userId, payload.reminderId))?.state).toBe("pending");
    // An hour later that worker is evidently gone: the row is closed, nothing is sent again.
    const later = new Date(NOW.getTime() + 3_600_000);
    expect(await handleReminderJob(store, channel, payload, { now: later })).toEqual({
      outcome: "already_sent",
    });
    expect((await store.reminders.get(userId, payload.reminderId))?.state).toBe("sent");
    expect(channel.sent).toEqual([]);
  });

  it("gives the claim back when the channel fails, so the retry delivers once", async () => {
    const channel = new RecordingChannel();
    channel.failuresLeft = 1;
    const userId = await personOn(db, "discord");
    const payload = await dueFollowUp(context(userId));
    await expect(handleReminderJob(store, channel, payload, { now: NOW })).rejects.toThrow(
      "channel unavailable",
    );
    expect((await store.reminders.get(userId, payload.reminderId))?.state).toBe("pending");
    expect(await store.reminders.deliveries(userId, payload.reminderId)).toHaveLength(0);
    expect((await handleReminderJob(store, channel, payload, { now: NOW })).outcome).toBe("sent");
    expect(channel.sent).toHaveLength(1);
  });

  it("skips a follow-up once the company answered", async () => {
    const channel = new RecordingChannel();
    const userId = await personOn(db, "teams");
    const payload = await dueFollowUp(context(userId));
    const [app] = (await store.applications.list(userId, { limit: 1 })).items;
    await changeStatus(context(userId), app.id, "phone_screen");
    expect(await handleReminderJob(store, channel, payload, { now: NOW })).toEqual({
      outcome: "skipped",
      reason: "reminder is cancelled",
    });
    expect(channel.sent).toEqual([]);
  });

  it("skips, and says why, when there is no channel to reach the person on", async () => {
    const channel = new RecordingChannel();
    const userId = await personOn(db, null);
    const payload = await dueFollowUp(context(userId));
    const outcome = await handleReminderJob(store, channel, payload, { now: NOW });
    expect(outcome).toMatchObject({ outcome: "skipped", reason: expect.stringMatching(/no channel/) });
    expect((await store.reminders.get(userId, payload.reminderId))?.state).toBe("skipped");
  });

  it("skips a channel that cannot start a conversation instead of retrying it", async () => {
    const terminal: ReminderDelivery = {
      canDeliver: (name) => name !== "cli",
      deliver: async () => {
        throw new Error("must not be called");
      },
    };
    const userId = await personOn(db, "cli");
    const payload = await dueFollowUp(context(userId));
    const outcome = await handleReminderJob(store, terminal, payload, { now: NOW });
    expect(outcome).toMatchObject({ outcome: "skipped", reason: expect.stringMatching(/cli channel/) });
    expect((await store.reminders.get(userId, payload.reminderId))?.state).toBe("skipped");
  });

  it("does not deliver early or for another person's id", async () => {
    const channel = new RecordingChannel();
    const userId = await personOn(db, "web");
    const payload = await dueFollowUp(context(userId));
    const early = await handleReminderJob(store, channel, payload, { now: new Date("2026-11-01T00:00:00Z") });
    expect(early.outcome).toBe("not_due");
    const stranger = await personOn(db, "web");
    const foreign = await handleReminderJob(store, channel, { ...payload, userId: stranger }, { now: NOW });
    expect(foreign.outcome).toBe("skipped");
    expect(channel.sent).toEqual([]);
    expect((await store.reminders.get(userId, payload.reminderId))?.state).toBe("pending");
  });
});

/**
 * A reminder stored by one process is delivered by the next one after a restart, once:
 * the first process arms the job and stops before it is due.
 */
async function restartScenario(
  openFirst: () => Promise<Db>,
  openSecond: () => Promise<Db>,
  queueFor: (db: Db) => JobQueue,
) {
  const channel = new RecordingChannel();
  const first = await openFirst();
  const userId = await personOn(first, "slack");
  const firstQueue = queueFor(first);
  const ctx: ApplicationsContext = {
    store: createApplicationStore(first),
    userId,
    followUpDays: 7,
    scheduler: queueReminderScheduler(firstQueue),
  };
  // The interview is a day and 1.5 s away, so its reminder is due in 1.5 s.
  const app = await addApplication(ctx, {
    company: "Durable",
    position: "Dev",
    status: "phone_screen",
    interviewAt: new Date(Date.now() + 86_400_000 + 1_500),
  });
  await firstQueue.close();
  await first.close();

  const second = await openSecond();
  const store = createApplicationStore(second);
  const queue = queueFor(second);
  const scheduler = queueReminderScheduler(queue);
  // Start-up registers the handler and re-arms every pending reminder; the job key keeps it to one job.
  const outcomes: ReminderOutcome[] = [];
  const wired = await wireReminderJobs({
    db: second,
    queue,
    delivery: channel,
    onOutcome: (o) => outcomes.push(o),
  });
  expect(wired).toEqual({ rearmed: 1 });
  await queue.start();
  try {
    // Generous: the shared test machine can be very busy; the outcomes explain a timeout.
    await waitFor(() => channel.sent.length > 0, 40_000, "reminder delivery").catch((error: Error) => {
      throw new Error(`${error.message}; job outcomes so far: ${JSON.stringify(outcomes)}`);
    });
    // The job marks the reminder sent after the channel took it: wait for that record too
    // (on a busy machine the check ran between the two and read "pending").
    const reminders = await waitFor(
      async () => {
        const rows = await store.reminders.forApplication(userId, app.id);
        return rows.every((r) => r.state !== "pending") ? rows : undefined;
      },
      10_000,
      "the reminder recorded as sent",
    );
    expect(reminders.map((r) => [r.kind, r.state])).toEqual([["interview", "sent"]]);
    // Re-arming after delivery schedules nothing new and sends nothing again.
    expect(await rearmPendingReminders(store, scheduler)).toBe(0);
    await new Promise((r) => setTimeout(r, 700));
    expect(channel.sent).toHaveLength(1);
    expect(channel.sent[0].message).toMatch(/phone screen for Dev at Durable/);
  } finally {
    await queue.close();
    await second.close();
  }
}

/** A PGlite data folder opened afresh each time, as a restarted process would. */
function pgliteFolder() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "cc-reminders-"));
  return {
    async open() {
      const db = await openDatabase({ dataDir });
      await migrateToLatest(db);
      return db;
    },
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

describe("reminders: survive a restart (embedded queue)", () => {
  it("on PGlite in a data folder", async () => {
    const folder = pgliteFolder();
    try {
      await restartScenario(folder.open, folder.open, (db) => createEmbeddedQueue(db, { pollMs: 50 }));
    } finally {
      folder.remove();
    }
  }, 120_000);

  it.skipIf(!POSTGRES_AVAILABLE)(
    "on PostgreSQL",
    async () => {
      const created = await createPostgresTestDatabase();
      try {
        await restartScenario(
          async () => created.db,
          () => openDatabase({ databaseUrl: created.url, maxConnections: 3 }),
          (db) => createEmbeddedQueue(db, { pollMs: 50 }),
        );
      } finally {
        await created.drop();
      }
    },
    120_000,
  );
});

describe.skipIf(!REDIS_AVAILABLE)("reminders: survive a restart (BullMQ on Redis)", () => {
  it("delivers once after the worker process restarts", async () => {
    const folder = pgliteFolder();
    const prefix = `cc-test-reminders-${process.pid}-${Date.now()}`;
    try {
      await restartScenario(folder.open, folder.open, () =>
        createBullQueue({ redisUrl: TEST_REDIS_URL, prefix }),
      );
    } finally {
      folder.remove();
      // Leave no keys behind in the shared Redis.
      const redis = new Redis(TEST_REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  }, 120_000);
});
