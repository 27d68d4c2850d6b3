/**
 * Undoing a status change brings back the interview the change cleared: after "rejected" and
 * "undo", the application is at its phone screen again with the same interview time and its
 * reminder (trial14 §9: the stage came back, the interview and the reminder did not). Real
 * PostgreSQL (and PGlite) through the applications service.
 */
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../../data/db/index.ts";
import { type ApplicationStore, createApplicationStore } from "../../data/repositories/application-store.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import type { ApplicationsContext } from "./context.ts";
import { upcomingReminders } from "./reminder-requests.ts";
import type { ReminderScheduler } from "./reminders.ts";
import { addApplication } from "./service.ts";
import { changeStatus, undoLastStatusChange } from "./workflow.ts";

/** Monday 7 December 2026, 09:00 UTC. */
const NOW = new Date("2026-12-07T09:00:00Z");

describeEachDatabase("undoing a status change keeps the interview", (getDb) => {
  let db: Db;
  let store: ApplicationStore;
  const scheduler: ReminderScheduler = { async arm() {} };

  beforeAll(() => {
    db = getDb();
    store = createApplicationStore(db);
  });

  it("rejected then undone: back at phone screen with the interview time and its reminder", async () => {
    const ctx: ApplicationsContext = {
      store,
      userId: (await createUsersRepository(db).createUser({})).id,
      followUpDays: 7,
      timeZone: "America/Denver",
      now: () => NOW,
      scheduler,
    };
    const app = await addApplication(ctx, {
      company: "Larkspur",
      position: "Customer Success Manager",
      appliedOn: "2026-11-30",
    });
    const screened = await changeStatus(ctx, app.id, "phone_screen", { interviewAt: "thursday at 11am" });
    const interviewAt = screened.application.interviewAt?.toISOString();
    expect(interviewAt).toBe("2026-12-10T18:00:00.000Z");
    const interviewReminders = async () =>
      (await upcomingReminders(ctx)).filter((r) => r.kind === "interview").map((r) => r.dueAt.toISOString());
    const before = await interviewReminders();
    expect(before).toHaveLength(1);

    const rejected = await changeStatus(ctx, app.id, "rejected");
    expect(rejected.application.interviewAt).toBeNull();
    expect(await interviewReminders()).toEqual([]);

    const undone = await undoLastStatusChange(ctx, app.id);
    expect(undone.application.status).toBe("phone_screen");
    expect(undone.application.interviewAt?.toISOString()).toBe(interviewAt);
    expect(await interviewReminders()).toEqual(before);
  });
});
