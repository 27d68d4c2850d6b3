/**
 * The reminder requests a person makes (chat, CLI and REST all call these): stopping an
 * application's reminders is sticky — editing the application afterwards used to revive
 * the follow-up the person had turned off (the planner re-scheduled it under the same key)
 * — while a new interview time is a new reminder and asking for a follow-up brings it back.
 */
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../../data/db/index.ts";
import { type ApplicationStore, createApplicationStore } from "../../data/repositories/application-store.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import type { ApplicationsContext } from "./context.ts";
import { remindOn, stopReminders, upcomingReminders } from "./reminder-requests.ts";
import { addApplication, updateApplication } from "./service.ts";
import { changeStatus } from "./workflow.ts";

const NOW = new Date("2026-11-23T12:00:00Z");

describeEachDatabase("reminder requests", (getDb) => {
  let db: Db;
  let store: ApplicationStore;
  const context = (userId: string): ApplicationsContext => ({
    store,
    userId,
    followUpDays: 7,
    timeZone: "UTC",
    now: () => NOW,
  });
  const person = async () => context((await createUsersRepository(db).createUser({})).id);

  beforeAll(() => {
    db = getDb();
    store = createApplicationStore(db);
  });

  it("a stop stays stopped when the application is edited later", async () => {
    const ctx = await person();
    const app = await addApplication(ctx, { company: "Gusto", position: "SDR", appliedOn: "2026-11-20" });
    expect((await upcomingReminders(ctx)).map((r) => r.kind)).toEqual(["follow_up"]);

    expect((await stopReminders(ctx, app.id)).stopped).toBe(1);
    await updateApplication(ctx, app.id, { notes: "recruiter is Dana" });
    await updateApplication(ctx, app.id, { location: "Remote" });
    expect(await upcomingReminders(ctx)).toEqual([]);
  });

  it("a new interview time still gets its reminder, and asking for a follow-up brings it back", async () => {
    const ctx = await person();
    const app = await addApplication(ctx, { company: "Acme", position: "AE", appliedOn: "2026-11-20" });
    await stopReminders(ctx, app.id);

    const moved = await remindOn(ctx, app.id, "friday");
    expect(moved.dueAt.toISOString()).toBe("2026-11-27T09:00:00.000Z");
    expect((await upcomingReminders(ctx)).map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ["follow_up", "2026-11-27T09:00:00.000Z"],
    ]);

    await stopReminders(ctx, app.id);
    await changeStatus(ctx, app.id, "phone_screen", { interviewAt: "2026-11-30T15:00:00Z" });
    expect((await upcomingReminders(ctx)).map((r) => r.kind)).toEqual(["interview"]);
  });

  it("another person's application is not found and nothing of theirs changes", async () => {
    const owner = await person();
    const stranger = await person();
    const app = await addApplication(owner, { company: "Notion", position: "PM", appliedOn: "2026-11-20" });
    await expect(stopReminders(stranger, app.id)).rejects.toThrow(/application/i);
    await expect(remindOn(stranger, app.id, "friday")).rejects.toThrow(/application/i);
    expect((await upcomingReminders(owner)).map((r) => r.kind)).toEqual(["follow_up"]);
  });
  it("several applications' reminders each name their own application, soonest first; another person's ids read nothing", async () => {
    const ctx = await person();
    const other = await person();
    const late = await addApplication(ctx, { company: "Gusto", position: "SDR", appliedOn: "2026-11-21" });
    const early = await addApplication(ctx, { company: "Acme", position: "AE", appliedOn: "2026-11-18" });
    const theirs = await addApplication(other, {
      company: "Notion",
      position: "PM",
      appliedOn: "2026-11-19",
    });
    expect((await upcomingReminders(ctx)).map((r) => [r.application.company, r.application.id])).toEqual([
      ["Acme", early.id],
      ["Gusto", late.id],
    ]);
    const read = await store.applications.getMany(ctx.userId, [late.id, theirs.id, "not-an-id", late.id]);
    expect(read.map((a) => a.company)).toEqual(["Gusto"]);
  });
});
