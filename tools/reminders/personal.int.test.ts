/**
 * Personal reminders ("remind me to update my portfolio on friday"): stored with no
 * application, listed, cancelled only by their owner, and delivered once by the same job
 * as the follow-ups — through the real queue on Redis (BullMQ) as well as straight from
 * the handler. Before migration 0103 the row could not be stored at all (kind 'personal').
 */
import { Redis } from "ioredis";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../data/db/index.ts";
import { createBullQueue } from "../../data/queue/bullmq.ts";
import { type ApplicationStore, createApplicationStore } from "../../data/repositories/application-store.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import {
  createPostgresTestDatabase,
  describeEachDatabase,
  POSTGRES_AVAILABLE,
} from "../../test-support/db.ts";
import { REDIS_AVAILABLE, TEST_REDIS_URL } from "../../test-support/redis.ts";
import { waitFor } from "../../test-support/wait.ts";
import type { ApplicationsContext } from "../applications/context.ts";
import { wireReminderJobs } from "../applications/reminder-jobs.ts";
import { upcomingReminders } from "../applications/reminder-requests.ts";
import {
  handleReminderJob,
  queueReminderScheduler,
  type ReminderDelivery,
} from "../applications/reminders.ts";
import { addApplication } from "../applications/service.ts";
import { cancelPersonalReminder, personalReminders, setPersonalReminder } from "./personal.ts";

/** Sunday 2026-12-06, noon UTC. */
const NOW = new Date("2026-12-06T12:00:00Z");

class RecordingChannel implements ReminderDelivery {
  readonly sent: { userId: string; channel: string; message: string }[] = [];
  async deliver(userId: string, channel: string, message: string): Promise<void> {
    this.sent.push({ userId, channel, message });
  }
}

describeEachDatabase("personal reminders", (getDb) => {
  let db: Db;
  let store: ApplicationStore;
  const context = (userId: string, now = NOW, timeZone = "UTC"): ApplicationsContext => ({
    store,
    userId,
    followUpDays: 7,
    timeZone,
    now: () => now,
  });
  const person = async (channel?: string) => {
    const users = createUsersRepository(db);
    const user = await users.createUser({});
    if (channel) await users.touchLastChannel(user.id, channel, "thread-1");
    return user.id;
  };

  beforeAll(() => {
    db = getDb();
    store = createApplicationStore(db);
  });

  it("stores the task at the day and hour said, in the person's zone, and lists it soonest first", async () => {
    const ctx = context(await person(), NOW, "Europe/Madrid");
    const portfolio = await setPersonalReminder(ctx, { task: "update your portfolio", when: "friday" });
    const ana = await setPersonalReminder(ctx, { task: "llamar a Ana", when: "el lunes a las 10" });
    // Friday 09:00 and Monday 10:00 in Madrid (UTC+1).
    expect(portfolio.dueAt.toISOString()).toBe("2026-12-11T08:00:00.000Z");
    expect(ana.dueAt.toISOString()).toBe("2026-12-07T09:00:00.000Z");
    expect((await personalReminders(ctx)).map((r) => r.task)).toEqual([
      "llamar a Ana",
      "update your portfolio",
    ]);
    expect((await personalReminders(ctx, { withinDays: 2 })).map((r) => r.task)).toEqual(["llamar a Ana"]);
    // Asked twice, still one; an application's list is not crowded by them.
    await setPersonalReminder(ctx, { task: "update your portfolio", when: "friday" });
    expect(await personalReminders(ctx)).toHaveLength(2);
    expect(await upcomingReminders(ctx)).toEqual([]);
  });

  it("refuses an empty task, an unreadable or past time, and stores nothing", async () => {
    const ctx = context(await person());
    await expect(setPersonalReminder(ctx, { task: "  ", when: "friday" })).rejects.toThrow(/what to remind/i);
    await expect(setPersonalReminder(ctx, { task: "x".repeat(301), when: "friday" })).rejects.toThrow(/300/);
    await expect(setPersonalReminder(ctx, { task: "pay rent", when: "whenever" })).rejects.toThrow();
    await expect(setPersonalReminder(ctx, { task: "pay rent", when: "2026-12-01" })).rejects.toThrow(/past/);
    await expect(setPersonalReminder(ctx, { task: "pay rent", when: "" })).rejects.toThrow(/say when/i);
    expect(await personalReminders(ctx)).toEqual([]);
  });

  it("cancels by id or by words of the task; another person's id is refused and nothing of theirs changes", async () => {
    const owner = context(await person());
    const stranger = context(await person());
    const rent = await setPersonalReminder(owner, { task: "pay rent", when: "tomorrow" });
    const ana = await setPersonalReminder(owner, { task: "call Ana about the lease", when: "monday 10am" });

    await expect(cancelPersonalReminder(stranger, rent.id)).rejects.toThrow(
      /no pending reminder with id .*Nothing was changed/,
    );
    await expect(cancelPersonalReminder(stranger, "rent")).rejects.toThrow(/Nothing was changed/);
    expect((await personalReminders(owner)).map((r) => r.id)).toEqual([rent.id, ana.id]);

    await expect(cancelPersonalReminder(owner, "the dentist one")).rejects.toThrow(/dentist.*pay rent/);
    expect((await cancelPersonalReminder(owner, "Ana")).task).toBe("call Ana about the lease");
    expect((await cancelPersonalReminder(owner, rent.id)).task).toBe("pay rent");
    expect(await personalReminders(owner)).toEqual([]);
    await expect(cancelPersonalReminder(owner, rent.id)).rejects.toThrow(/no pending reminder/);
  });

  it("with several pending and nothing named, asks which; with one, cancels it", async () => {
    const ctx = context(await person());
    await setPersonalReminder(ctx, { task: "pay rent", when: "tomorrow" });
    await setPersonalReminder(ctx, { task: "renew passport", when: "friday" });
    await expect(cancelPersonalReminder(ctx)).rejects.toThrow(
      /Which reminder\? "pay rent", "renew passport"/,
    );
    await cancelPersonalReminder(ctx, "passport");
    expect((await cancelPersonalReminder(ctx)).task).toBe("pay rent");
  });

  it("is delivered once when due, on the person's last channel, and never after a cancel", async () => {
    const userId = await person("slack");
    const ctx = context(userId);
    const channel = new RecordingChannel();
    const due = await setPersonalReminder(ctx, { task: "update your portfolio", when: "tomorrow" });
    const payload = { reminderId: due.id, userId };
    const later = new Date(due.dueAt.getTime() + 1000);

    expect((await handleReminderJob(store, channel, payload, { now: NOW })).outcome).toBe("not_due");
    expect(await handleReminderJob(store, channel, payload, { now: later })).toEqual({
      outcome: "sent",
      channel: "slack",
      message: "Reminder: update your portfolio.",
    });
    expect((await handleReminderJob(store, channel, payload, { now: later })).outcome).toBe("already_sent");
    expect(channel.sent).toHaveLength(1);
    expect(await personalReminders(ctx)).toEqual([]);

    const stopped = await setPersonalReminder(ctx, { task: "pay rent", when: "tomorrow" });
    await cancelPersonalReminder(ctx, stopped.id);
    expect(
      await handleReminderJob(store, channel, { reminderId: stopped.id, userId }, { now: later }),
    ).toEqual({
      outcome: "skipped",
      reason: "reminder is stopped",
    });
    expect(channel.sent).toHaveLength(1);
  });

  it("stays when an application is deleted, and the database refuses one tied to an application", async () => {
    const ctx = context(await person());
    const app = await addApplication(ctx, { company: "Acme", position: "Dev", appliedOn: "2026-12-01" });
    await setPersonalReminder(ctx, { task: "pay rent", when: "tomorrow" });
    await expect(
      store.reminders.schedule({
        userId: ctx.userId,
        applicationId: app.id,
        kind: "personal",
        dueAt: new Date("2026-12-08T09:00:00Z"),
        subjectAt: null,
        message: "tied",
        dedupeKey: `tied-${app.id}`,
      }),
    ).rejects.toThrow(/reminders_personal_alone/);
    expect((await personalReminders(ctx)).map((r) => r.task)).toEqual(["pay rent"]);
  });
});

describe.skipIf(!REDIS_AVAILABLE || !POSTGRES_AVAILABLE)(
  "personal reminders on BullMQ (Redis + PostgreSQL)",
  () => {
    it("a reminder stored through the service is delivered once by the queue worker", async () => {
      const created = await createPostgresTestDatabase();
      const prefix = `cc-test-personal-${process.pid}-${Date.now()}`;
      const queue = createBullQueue({ redisUrl: TEST_REDIS_URL, prefix });
      const channel = new RecordingChannel();
      try {
        const users = createUsersRepository(created.db);
        const user = await users.createUser({});
        await users.touchLastChannel(user.id, "discord", "thread-1");
        const outcomes: unknown[] = [];
        await wireReminderJobs({
          db: created.db,
          queue,
          delivery: channel,
          onOutcome: (o) => outcomes.push(o),
        });
        await queue.start();
        const ctx: ApplicationsContext = {
          store: createApplicationStore(created.db),
          userId: user.id,
          followUpDays: 7,
          scheduler: queueReminderScheduler(queue),
        };
        // Due in a second and a half: an ISO instant is read as said.
        const when = new Date(Date.now() + 1_500).toISOString();
        const stored = await setPersonalReminder(ctx, { task: "stretch", when });
        await waitFor(() => channel.sent.length > 0, 40_000, "personal reminder delivery").catch(
          (error: Error) => {
            throw new Error(`${error.message}; job outcomes so far: ${JSON.stringify(outcomes)}`);
          },
        );
        await waitFor(
          async () => (await personalReminders(ctx)).length === 0,
          10_000,
          "reminder marked sent",
        );
        await new Promise((r) => setTimeout(r, 500));
        expect(channel.sent).toEqual([
          { userId: user.id, channel: "discord", message: "Reminder: stretch." },
        ]);
        expect((await ctx.store.reminders.get(user.id, stored.id))?.state).toBe("sent");
      } finally {
        await queue.close();
        await created.drop();
        const redis = new Redis(TEST_REDIS_URL);
        const keys = await redis.keys(`${prefix}:*`);
        if (keys.length > 0) await redis.del(...keys);
        await redis.quit();
      }
    }, 120_000);
  },
);
