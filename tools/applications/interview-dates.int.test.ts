/**
 * Interview dates on applications (issue 12, blind3 trial item 27): "they invited me to an
 * interview next thursday!" lost Thursday, and "remind me the day before" answered that "the
 * day before" is in the past. The interview time is kept on the application and the reminder
 * is the day before it; with no interview time known, the person is asked and nothing is stored.
 */
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../../data/db/index.ts";
import { type ApplicationStore, createApplicationStore } from "../../data/repositories/application-store.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import type { ApplicationsContext } from "./context.ts";
import { setInterviewTime } from "./interview-dates.ts";
import { remindOn, stopReminders, upcomingReminders } from "./reminder-requests.ts";
import type { ReminderScheduler } from "./reminders.ts";
import { addApplication, getApplication } from "./service.ts";

/** Saturday 5 December 2026, noon UTC. */
const NOW = new Date("2026-12-05T12:00:00Z");

describeEachDatabase("interview dates and the day-before reminder", (getDb) => {
  let db: Db;
  let store: ApplicationStore;
  const armed: { id: string; dueAt: Date }[] = [];
  const scheduler: ReminderScheduler = {
    async arm(reminder) {
      armed.push({ id: reminder.id, dueAt: reminder.dueAt });
    },
  };
  const person = async (): Promise<ApplicationsContext> => ({
    store,
    userId: (await createUsersRepository(db).createUser({})).id,
    followUpDays: 7,
    timeZone: "UTC",
    now: () => NOW,
    scheduler,
  });

  beforeAll(() => {
    db = getDb();
    store = createApplicationStore(db);
  });

  it("an interview said with its day keeps the day, and its reminder is the day before", async () => {
    const ctx = await person();
    const app = await addApplication(ctx, {
      company: "Spotify",
      position: "Marketing Manager",
      appliedOn: "2026-12-01",
    });
    const set = await setInterviewTime(ctx, app.id, "next thursday", "phone_screen");
    expect(set.from).toBe("applied");
    expect(set.application.status).toBe("phone_screen");
    expect(set.application.interviewAt?.toISOString()).toBe("2026-12-10T09:00:00.000Z");
    expect((await getApplication(ctx, app.id)).application.interviewAt?.toISOString()).toBe(
      "2026-12-10T09:00:00.000Z",
    );
    const asked = await remindOn(ctx, app.id, "the day before");
    expect(asked.dueAt.toISOString()).toBe("2026-12-09T09:00:00.000Z");
    expect(asked.interviewAt?.toISOString()).toBe("2026-12-10T09:00:00.000Z");
    expect((await upcomingReminders(ctx)).map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ["interview", "2026-12-09T09:00:00.000Z"],
    ]);
    expect(armed.some((a) => a.dueAt.toISOString() === "2026-12-09T09:00:00.000Z")).toBe(true);
  });

  it("a time said for an interview stage already reached changes only the time; a stopped reminder comes back when asked", async () => {
    const ctx = await person();
    const app = await addApplication(ctx, {
      company: "Canva",
      position: "Designer",
      appliedOn: "2026-12-01",
    });
    await setInterviewTime(ctx, app.id, "tuesday 2pm", "technical_interview");
    await stopReminders(ctx, app.id);
    const moved = await setInterviewTime(ctx, app.id, "friday at 3pm");
    expect(moved.from).toBe("technical_interview");
    expect(moved.application.status).toBe("technical_interview");
    expect(moved.application.interviewAt?.toISOString()).toBe("2026-12-11T15:00:00.000Z");
    const asked = await remindOn(ctx, app.id, "the day before my Canva interview");
    expect(asked.dueAt.toISOString()).toBe("2026-12-10T15:00:00.000Z");
    expect((await upcomingReminders(ctx)).map((r) => r.kind)).toEqual(["interview"]);
  });

  it("a lead said with the reminder ('2 days before', 'an hour before') moves the interview's reminder there", async () => {
    // lead29: "remind me 2 days before" was read as a day of its own and refused as in the past.
    const ctx = await person();
    const app = await addApplication(ctx, {
      company: "Stripe",
      position: "Backend Engineer",
      appliedOn: "2026-12-04",
    });
    await setInterviewTime(ctx, app.id, "friday at 2pm", "phone_screen");
    const early = await remindOn(ctx, app.id, "2 days before");
    expect(early.dueAt.toISOString()).toBe("2026-12-09T14:00:00.000Z");
    expect(early.lead?.words).toBe("2 days");
    const late = await remindOn(ctx, app.id, "an hour before the interview");
    expect(late.dueAt.toISOString()).toBe("2026-12-11T13:00:00.000Z");
    expect((await upcomingReminders(ctx)).map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ["interview", "2026-12-11T13:00:00.000Z"],
    ]);
    expect((await remindOn(ctx, app.id, "dos días antes")).dueAt.toISOString()).toBe(
      "2026-12-09T14:00:00.000Z",
    );
  });

  it("with no interview date known, the reminder asks for it and stores nothing", async () => {
    const ctx = await person();
    const app = await addApplication(ctx, { company: "Chegg", position: "Analyst", appliedOn: "2026-12-04" });
    const before = (await upcomingReminders(ctx)).map((r) => [r.kind, r.dueAt.toISOString()]);
    await expect(remindOn(ctx, app.id, "the day before")).rejects.toThrow(
      /don't know when your Chegg interview is yet/,
    );
    expect((await upcomingReminders(ctx)).map((r) => [r.kind, r.dueAt.toISOString()])).toEqual(before);
    await expect(setInterviewTime(ctx, app.id, "2026-12-01T10:00:00Z", "phone_screen")).rejects.toThrow(
      /in the past/,
    );
    expect((await getApplication(ctx, app.id)).application.status).toBe("applied");
  });
});
