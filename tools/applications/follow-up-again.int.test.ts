/**
 * A follow-up asked for after the first one already went out (trial13 finding 9): an
 * application logged weeks back has its follow-up fall due at once; "remind me to follow up
 * on friday" was then refused for good ("I already sent the follow-up reminder"). Asking
 * again is a new follow-up, due when asked, and delivered like any other.
 */
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../../data/db/index.ts";
import { type ApplicationStore, createApplicationStore } from "../../data/repositories/application-store.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import type { ApplicationsContext } from "./context.ts";
import { remindOn, upcomingReminders } from "./reminder-requests.ts";
import { addApplication } from "./service.ts";

const NOW = new Date("2026-11-23T12:00:00Z");

describeEachDatabase("a follow-up asked for again after the first went out", (getDb) => {
  let db: Db;
  let store: ApplicationStore;
  beforeAll(() => {
    db = getDb();
    store = createApplicationStore(db);
  });

  it("is scheduled anew at the time asked, and asking twice keeps one", async () => {
    const userId = (await createUsersRepository(db).createUser({})).id;
    const ctx: ApplicationsContext = { store, userId, followUpDays: 7, timeZone: "UTC", now: () => NOW };
    const app = await addApplication(ctx, {
      company: "Orrin Goods",
      position: "Buyer",
      appliedOn: "2026-11-13",
    });
    const [first] = await store.reminders.forApplication(userId, app.id);
    // Due at once: its day (7 days after applying) had passed when it was logged.
    expect(first?.dueAt.getTime()).toBe(NOW.getTime());
    // It went out.
    expect(await store.reminders.claimDelivery(userId, first!.id, "web", NOW)).toBe(true);
    await store.reminders.finish(userId, first!.id, "sent", "web");
    expect(await upcomingReminders(ctx)).toEqual([]);

    const set = await remindOn(ctx, app.id, "friday at 4pm");
    expect(set.dueAt.toISOString()).toBe("2026-11-27T16:00:00.000Z");
    await remindOn(ctx, app.id, "friday at 4pm");
    const upcoming = await upcomingReminders(ctx);
    expect(upcoming.map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ["follow_up", "2026-11-27T16:00:00.000Z"],
    ]);
  });
});
