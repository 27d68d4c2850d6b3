/**
 * An interview moved to another day with no hour said keeps its hour, and its reminder moves
 * with it (new-user trial 2026-12-06, finding 5: "… moved it to friday same time" left the
 * interview on Thursday, and a day read alone is 09:00). A day said in Spanish, French,
 * German or Portuguese is a day applied ("… el lunes" was logged today). Lines written for
 * this test; real PostgreSQL (and PGlite) through the applications service.
 */
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../../data/db/index.ts";
import { type ApplicationStore, createApplicationStore } from "../../data/repositories/application-store.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import type { ApplicationsContext } from "./context.ts";
import { setInterviewTime } from "./interview-dates.ts";
import { upcomingReminders } from "./reminder-requests.ts";
import type { ReminderScheduler } from "./reminders.ts";
import { addApplication } from "./service.ts";

/** Sunday 6 December 2026, noon UTC. */
const NOW = new Date("2026-12-06T12:00:00Z");

describeEachDatabase("an interview moved to another day", (getDb) => {
  let db: Db;
  let store: ApplicationStore;
  const scheduler: ReminderScheduler = { async arm() {} };
  const person = async (timeZone = "UTC"): Promise<ApplicationsContext> => ({
    store,
    userId: (await createUsersRepository(db).createUser({})).id,
    followUpDays: 7,
    timeZone,
    now: () => NOW,
    scheduler,
  });

  beforeAll(() => {
    db = getDb();
    store = createApplicationStore(db);
  });

  it("keeps the hour it had when the new day comes with no hour, and the reminder moves too", async () => {
    const ctx = await person("America/Chicago");
    const app = await addApplication(ctx, {
      company: "Mercy Health",
      position: "Nurse Educator",
      appliedOn: "2026-12-01",
    });
    await setInterviewTime(ctx, app.id, "next thursday at 10:30am", "technical_interview");
    const moved = await setInterviewTime(ctx, app.id, "friday same time");
    // Friday 11 December, 10:30 in Chicago (UTC-6).
    expect(moved.application.interviewAt?.toISOString()).toBe("2026-12-11T16:30:00.000Z");
    expect(moved.application.status).toBe("technical_interview");
    const due = (await upcomingReminders(ctx))
      .filter((r) => r.kind === "interview")
      .map((r) => r.dueAt.toISOString());
    expect(due).toEqual(["2026-12-10T16:30:00.000Z"]);
  });

  it("takes the hour said when there is one, and a first interview day with no hour is 09:00", async () => {
    const ctx = await person();
    const app = await addApplication(ctx, {
      company: "Penske",
      position: "Dispatcher",
      appliedOn: "2026-12-02",
    });
    const first = await setInterviewTime(ctx, app.id, "wednesday", "phone_screen");
    expect(first.application.interviewAt?.toISOString()).toBe("2026-12-09T09:00:00.000Z");
    const later = await setInterviewTime(ctx, app.id, "thursday at 3pm");
    expect(later.application.interviewAt?.toISOString()).toBe("2026-12-10T15:00:00.000Z");
    const again = await setInterviewTime(ctx, app.id, "dec 14");
    expect(again.application.interviewAt?.toISOString()).toBe("2026-12-14T15:00:00.000Z");
  });

  it.each([
    ["el lunes", "2026-11-30"],
    ["lundi", "2026-11-30"],
    ["am Dienstag", "2026-12-01"],
    ["na segunda-feira", "2026-11-30"],
    ["el 2 de diciembre", "2026-12-02"],
  ])("reads the day applied said in another language: %s", async (said, day) => {
    const ctx = await person();
    const app = await addApplication(ctx, { company: "Globant", position: "Data Analyst", appliedOn: said });
    expect(app.appliedOn).toBe(day);
  });
});
