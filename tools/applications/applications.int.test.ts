import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../data/db/index.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { createApplicationStore } from "../../data/repositories/application-store.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import type { ApplicationsContext } from "./context.ts";
import {
  addApplication,
  deleteApplication,
  getApplication,
  listApplications,
  updateApplication,
} from "./service.ts";

// Sunday 22 November 2026, noon UTC.
const NOW = new Date("2026-11-22T12:00:00Z");

async function expectRefused(
  promise: Promise<unknown>,
  code: string,
  message?: RegExp,
): Promise<CareerCraftError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CareerCraftError);
  expect((error as CareerCraftError).code).toBe(code);
  if (message) expect((error as CareerCraftError).userMessage).toMatch(message);
  return error as CareerCraftError;
}

describeEachDatabase("applications: add, update, list, delete", (getDb) => {
  let db: Db;
  let ctx: ApplicationsContext;
  let other: ApplicationsContext;

  const snapshot = async () =>
    (
      await db.query(
        `SELECT (SELECT json_agg(a ORDER BY a.id) FROM applications a) AS apps,
                (SELECT json_agg(e ORDER BY e.id) FROM application_status_events e) AS events,
                (SELECT json_agg(r ORDER BY r.id) FROM reminders r) AS reminders`,
      )
    ).rows[0];

  beforeAll(async () => {
    db = getDb();
    const users = createUsersRepository(db);
    const store = createApplicationStore(db);
    const me = await users.createUser({ displayName: "Me" });
    const them = await users.createUser({ displayName: "Them" });
    ctx = { store, userId: me.id, followUpDays: 7, now: () => NOW };
    other = { ...ctx, userId: them.id };
  });

  it("adds an application as applied today with its history and a follow-up reminder", async () => {
    const app = await addApplication(ctx, {
      company: "  Acme  ",
      position: "Backend Engineer",
      location: "Berlin",
      salary: "€70-80k",
      link: "https://jobs.example.com/123",
      source: "LinkedIn",
      jobDescription: "Build APIs in TypeScript and PostgreSQL.",
      notes: "Referred by Sam",
    });
    expect(app).toMatchObject({
      company: "Acme",
      status: "applied",
      appliedOn: "2026-11-22",
      salary: "€70-80k",
    });
    const details = await getApplication(ctx, app.id);
    expect(details.history).toHaveLength(1);
    expect(details.history[0]).toMatchObject({ fromStatus: null, toStatus: "applied" });
    expect(details.reminders).toHaveLength(1);
    expect(details.reminders[0]).toMatchObject({ kind: "follow_up", state: "pending" });
    expect(details.reminders[0].dueAt.toISOString()).toBe("2026-11-29T09:00:00.000Z");
  });

  it("understands applied-date phrases", async () => {
    const yesterday = await addApplication(ctx, { company: "B", position: "P", appliedOn: "yesterday" });
    const monday = await addApplication(ctx, { company: "C", position: "P", appliedOn: "last Monday" });
    expect(yesterday.appliedOn).toBe("2026-11-21");
    expect(monday.appliedOn).toBe("2026-11-16");
  });

  it("adds a saved application without an applied date or reminders", async () => {
    const app = await addApplication(ctx, { company: "Saved Co", position: "P", status: "saved" });
    expect(app.appliedOn).toBeNull();
    expect((await getApplication(ctx, app.id)).reminders).toEqual([]);
  });

  it("refuses bad input with a clear error and stores nothing", async () => {
    const before = await snapshot();
    await expectRefused(
      addApplication(ctx, { company: "", position: "P" }),
      "validation",
      /Company is required/,
    );
    await expectRefused(addApplication(ctx, { position: "P" } as never), "validation", /Company/);
    await expectRefused(
      addApplication(ctx, { company: "X", position: "P", status: "hired" }),
      "validation",
      /not an application status/,
    );
    await expectRefused(
      addApplication(ctx, { company: "X", position: "P", appliedOn: "tomorrow" }),
      "validation",
      /future/,
    );
    await expectRefused(
      addApplication(ctx, { company: "X", position: "P", appliedOn: "soonish" }),
      "validation",
      /couldn't read/,
    );
    await expectRefused(
      addApplication(ctx, { company: "X", position: "P", link: "javascript:alert(1)" }),
      "validation",
      /http/,
    );
    await expectRefused(
      addApplication(ctx, { company: "X", position: "P", notes: "n".repeat(20_000) }),
      "validation",
      /too long/,
    );
    await expectRefused(
      addApplication(ctx, { company: "X\u0000", position: "P" }),
      "validation",
      /control characters/,
    );
    await expectRefused(
      addApplication(ctx, { company: 42, position: "P" } as never),
      "validation",
      /must be text/,
    );
    await expectRefused(
      addApplication(ctx, { company: "X", position: "P", salaryMax: 5 } as never),
      "validation",
      /Unknown application field/,
    );
    await expectRefused(
      addApplication(ctx, { company: "X", position: "P", status: "saved", appliedOn: "today" }),
      "validation",
      /saved application/,
    );
    await expectRefused(
      addApplication(
        { ...ctx, userId: "00000000-0000-4000-8000-000000000000" },
        { company: "X", position: "P" },
      ),
      "not_found",
      /No user/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it("updates given fields, clears with null, and re-plans the follow-up when the applied day moves", async () => {
    const app = await addApplication(ctx, { company: "Upd", position: "P", location: "Paris", notes: "a" });
    const updated = await updateApplication(ctx, app.id, {
      notes: "b",
      location: null,
      appliedOn: "2026-11-20",
    });
    expect(updated).toMatchObject({ company: "Upd", notes: "b", location: null, appliedOn: "2026-11-20" });
    const { reminders } = await getApplication(ctx, app.id);
    expect(reminders.map((r) => [r.state, r.dueAt.toISOString()])).toEqual([
      ["pending", "2026-11-27T09:00:00.000Z"],
      ["cancelled", "2026-11-29T09:00:00.000Z"],
    ]);
    await expectRefused(
      updateApplication(ctx, app.id, { appliedOn: null }),
      "validation",
      /needs an applied date/,
    );
    await expectRefused(
      updateApplication(ctx, app.id, { status: "offer" } as never),
      "validation",
      /status command/,
    );
    await expectRefused(updateApplication(ctx, app.id, { company: "" }), "validation", /Company is required/);
    expect((await getApplication(ctx, app.id)).application).toEqual(updated);
  });

  it("lists the person's applications with filters", async () => {
    const all = await listApplications(ctx);
    expect(all.total).toBeGreaterThanOrEqual(5);
    expect(all.items.every((a) => a.userId === ctx.userId)).toBe(true);
    const saved = await listApplications(ctx, { status: "saved" });
    expect(saved.items.map((a) => a.company)).toEqual(["Saved Co"]);
    const search = await listApplications(ctx, { search: "acm" });
    expect(search.items.map((a) => a.company)).toEqual(["Acme"]);
    expect((await listApplications(ctx, { search: "100%_\\" })).total).toBe(0);
    expect((await listApplications(ctx, { limit: 2 })).items).toHaveLength(2);
    expect(await listApplications(ctx, { offset: 1_000 })).toEqual({ items: [], total: all.total });
    await expectRefused(listApplications(ctx, { limit: 0 }), "validation", /limit/);
    await expectRefused(listApplications(ctx, { status: "nope" }), "validation", /status/);
    expect((await listApplications(other)).total).toBe(0);
  });

  it("treats another person's id, an unknown id and a malformed id as not found, changing nothing", async () => {
    const mine = await addApplication(ctx, { company: "Private", position: "P" });
    const before = await snapshot();
    await expectRefused(getApplication(other, mine.id), "not_found", /was not found/);
    for (const id of ["00000000-0000-4000-8000-000000000000", "abc", "1; DROP TABLE applications"]) {
      await expectRefused(getApplication(ctx, id), "not_found");
      await expectRefused(updateApplication(ctx, id, { notes: "x" }), "not_found");
      await expectRefused(deleteApplication(ctx, id), "not_found");
    }
    await expectRefused(updateApplication(other, mine.id, { notes: "hacked" }), "not_found");
    await expectRefused(deleteApplication(other, mine.id), "not_found");
    expect(await snapshot()).toEqual(before);
  });

  it("deletes an application with its history and reminders", async () => {
    const app = await addApplication(ctx, { company: "Gone", position: "P" });
    const deleted = await deleteApplication(ctx, app.id);
    expect(deleted.id).toBe(app.id);
    await expectRefused(getApplication(ctx, app.id), "not_found");
    const left = await db.query("SELECT 1 FROM reminders WHERE application_id = $1", [app.id]);
    expect(left.rows).toHaveLength(0);
    await expectRefused(deleteApplication(ctx, app.id), "not_found");
  });
});

describe("applications context", () => {
  it("exports the operations the agent binds", async () => {
    const mod = await import("./index.ts");
    expect(typeof mod.addApplication).toBe("function");
    expect(typeof mod.parsePastDay).toBe("function");
  });
});
