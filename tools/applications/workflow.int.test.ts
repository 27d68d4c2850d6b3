import { beforeAll, expect, it } from "vitest";
import type { Db } from "../../data/db/index.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { createApplicationStore } from "../../data/repositories/application-store.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import type { ApplicationsContext } from "./context.ts";
import { addApplication, getApplication } from "./service.ts";
import { applicationStats } from "./stats.ts";
import { analyseApplication, changeStatus, linkAnalysis, undoLastStatusChange } from "./workflow.ts";

const NOW = new Date("2026-11-22T12:00:00Z");

async function refusal(promise: Promise<unknown>): Promise<CareerCraftError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CareerCraftError);
  return error as CareerCraftError;
}

async function insertAnalysis(
  db: Db,
  userId: string,
  verdict: "FIT" | "UNFIT",
  readiness: number,
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO analyses (user_id, verdict, readiness, confidence, result) VALUES ($1, $2, $3, 0.8, '{}') RETURNING id`,
    [userId, verdict, readiness],
  );
  return rows[0].id;
}

describeEachDatabase("applications: status workflow, undo, analysis link, stats", (getDb, kind) => {
  let db: Db;
  let ctx: ApplicationsContext;
  let other: ApplicationsContext;

  beforeAll(async () => {
    db = getDb();
    const users = createUsersRepository(db);
    const store = createApplicationStore(db);
    ctx = { store, userId: (await users.createUser({})).id, followUpDays: 7, now: () => NOW };
    other = { ...ctx, userId: (await users.createUser({})).id };
  });

  it("moves through the stages, timestamping each change and swapping reminders", async () => {
    const app = await addApplication(ctx, { company: "Acme", position: "SRE", appliedOn: "2026-11-18" });
    const screen = await changeStatus(ctx, app.id, "phone screen", {
      interviewAt: "Thursday at 2pm",
      note: "Recruiter called",
    });
    expect(screen.application).toMatchObject({ status: "phone_screen", appliedOn: "2026-11-18" });
    expect(screen.application.interviewAt?.toISOString()).toBe("2026-11-26T14:00:00.000Z");
    expect(screen.event).toMatchObject({
      fromStatus: "applied",
      toStatus: "phone_screen",
      note: "Recruiter called",
    });
    expect(screen.event.changedAt).toBeInstanceOf(Date);

    const details = await getApplication(ctx, app.id);
    expect(details.history.map((e) => e.toStatus)).toEqual(["applied", "phone_screen"]);
    expect(details.reminders.map((r) => [r.kind, r.state])).toEqual([
      ["follow_up", "cancelled"],
      ["interview", "pending"],
    ]);
    expect(details.reminders[1].dueAt.toISOString()).toBe("2026-11-25T14:00:00.000Z");

    await changeStatus(ctx, app.id, "technical_interview");
    await changeStatus(ctx, app.id, "offer");
    const accepted = await changeStatus(ctx, app.id, "accepted");
    expect(accepted.application.status).toBe("accepted");
    expect(accepted.application.interviewAt).toBeNull();
    expect((await getApplication(ctx, app.id)).reminders.every((r) => r.state === "cancelled")).toBe(true);
  });

  it("refuses a transition that makes no sense, with the reason, and changes nothing", async () => {
    const app = await addApplication(ctx, { company: "Beta", position: "Dev" });
    await changeStatus(ctx, app.id, "technical_interview");
    const before = await getApplication(ctx, app.id);
    const back = await refusal(changeStatus(ctx, app.id, "phone_screen"));
    expect(back.code).toBe("validation");
    expect(back.userMessage).toMatch(/can't go back from technical interview to phone screen/);
    expect((await refusal(changeStatus(ctx, app.id, "accepted"))).userMessage).toMatch(
      /only accept an offer/,
    );
    expect((await refusal(changeStatus(ctx, app.id, "bogus"))).userMessage).toMatch(
      /not an application status/,
    );
    expect(
      (await refusal(changeStatus(ctx, app.id, "rejected", { interviewAt: "tomorrow" }))).userMessage,
    ).toMatch(/only fits an interview stage/);
    expect(
      (await refusal(changeStatus(ctx, app.id, "final_interview", { note: 5 as never }))).userMessage,
    ).toMatch(/note must be text/);
    expect(
      (await refusal(changeStatus(ctx, app.id, "final_interview", { interviewAt: "whenever works" }))).code,
    ).toBe("validation");
    expect((await refusal(changeStatus(ctx, app.id, 42 as never))).userMessage).toMatch(/must be text/);
    await changeStatus(ctx, app.id, "rejected");
    expect((await refusal(changeStatus(ctx, app.id, "offer"))).userMessage).toMatch(/closed as rejected/);
    const after = await getApplication(ctx, app.id);
    expect(after.history.map((e) => e.toStatus)).toEqual([
      ...before.history.map((e) => e.toStatus),
      "rejected",
    ]);
  });

  it("refuses status changes on another person's or an unknown application", async () => {
    const app = await addApplication(ctx, { company: "Mine", position: "Dev" });
    expect((await refusal(changeStatus(other, app.id, "offer"))).code).toBe("not_found");
    expect((await refusal(undoLastStatusChange(other, app.id))).code).toBe("not_found");
    expect((await refusal(changeStatus(ctx, "00000000-0000-4000-8000-000000000000", "offer"))).code).toBe(
      "not_found",
    );
    expect((await refusal(changeStatus(ctx, "not-an-id", "offer"))).code).toBe("not_found");
    const unchanged = await getApplication(ctx, app.id);
    expect(unchanged.application.status).toBe("applied");
    expect(unchanged.history).toHaveLength(1);
  });

  it("marks a saved application applied today when it moves on", async () => {
    const app = await addApplication(ctx, { company: "Later", position: "Dev", status: "saved" });
    const moved = await changeStatus(ctx, app.id, "applied");
    expect(moved.application.appliedOn).toBe("2026-11-22");
    expect((await getApplication(ctx, app.id)).reminders.map((r) => r.state)).toEqual(["pending"]);
  });

  it("undoes the last change, keeps it in the history as undone, and restores the reminder", async () => {
    const app = await addApplication(ctx, { company: "Oops", position: "Dev" });
    await changeStatus(ctx, app.id, "rejected");
    const undone = await undoLastStatusChange(ctx, app.id);
    expect(undone.application.status).toBe("applied");
    const details = await getApplication(ctx, app.id);
    expect(details.history.map((e) => [e.toStatus, e.undoneAt !== null])).toEqual([
      ["applied", false],
      ["rejected", true],
    ]);
    expect(details.reminders.map((r) => r.state)).toEqual(["pending"]);
    const nothing = await refusal(undoLastStatusChange(ctx, app.id));
    expect(nothing.code).toBe("conflict");
  });

  it(
    "serialises concurrent changes to one application",
    async () => {
      const app = await addApplication(ctx, { company: "Race", position: "Dev" });
      const results = await Promise.allSettled([
        changeStatus(ctx, app.id, "phone_screen"),
        changeStatus(ctx, app.id, "phone_screen"),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect((failed.reason as CareerCraftError).userMessage).toMatch(/already marked phone screen/);
      expect((await getApplication(ctx, app.id)).history).toHaveLength(2);
    },
    kind === "postgres" ? 30_000 : 10_000,
  );

  it("links only the person's own analysis", async () => {
    const app = await addApplication(ctx, { company: "Linked", position: "Dev" });
    const mine = await insertAnalysis(db, ctx.userId, "FIT", 82);
    const theirs = await insertAnalysis(db, other.userId, "FIT", 90);
    expect((await linkAnalysis(ctx, app.id, mine)).analysisId).toBe(mine);
    expect((await refusal(linkAnalysis(ctx, app.id, theirs))).code).toBe("not_found");
    expect((await refusal(linkAnalysis(other, app.id, theirs))).code).toBe("not_found");
    expect((await getApplication(ctx, app.id)).application.analysisId).toBe(mine);
    expect((await linkAnalysis(ctx, app.id, null)).analysisId).toBeNull();
    await linkAnalysis(ctx, app.id, mine);
  });
});

describeEachDatabase("applications: analysed on request", (getDb) => {
  it("analyses the saved job description and links the result", async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const ctx: ApplicationsContext = {
      store: createApplicationStore(db),
      userId: (await users.createUser({})).id,
      followUpDays: 7,
      now: () => NOW,
    };
    // Stands in for the gap tool's run-and-store: records what it was asked and stores an analysis.
    const asked: { text: string; title: string; company: string }[] = [];
    const analyzeJob = async (userId: string, job: { text: string; title: string; company: string }) => {
      asked.push(job);
      return { analysisId: await insertAnalysis(db, userId, "FIT", 77) };
    };
    const withAd = await addApplication(ctx, {
      company: "Acme",
      position: "SRE",
      jobDescription: "Run Kubernetes.",
    });
    const { application, analysisId } = await analyseApplication(ctx, withAd.id, analyzeJob);
    expect(application.analysisId).toBe(analysisId);
    expect(asked).toEqual([{ text: "Run Kubernetes.", title: "SRE", company: "Acme" }]);

    const without = await addApplication(ctx, { company: "Beta", position: "Dev" });
    const error = await refusal(analyseApplication(ctx, without.id, analyzeJob));
    expect(error.userMessage).toMatch(/no job description/);
    expect(asked).toHaveLength(1);
  });
});

describeEachDatabase("applications: analytics from the stored history", (getDb) => {
  it("computes the numbers from statuses, history and linked analyses", async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const ctx: ApplicationsContext = {
      store: createApplicationStore(db),
      userId: (await users.createUser({})).id,
      followUpDays: 7,
      now: () => NOW,
    };
    const ready = await insertAnalysis(db, ctx.userId, "FIT", 85);
    const add = (company: string, appliedOn: string, source = "LinkedIn") =>
      addApplication(ctx, { company, position: "Dev", appliedOn, source });

    const a = await add("A", "2026-11-02", "Referral");
    await linkAnalysis(ctx, a.id, ready);
    await changeStatus(ctx, a.id, "phone_screen");
    await changeStatus(ctx, a.id, "rejected"); // interviewed, then rejected
    const b = await add("B", "2026-11-03");
    await changeStatus(ctx, b.id, "ghosted");
    const c = await add("C", "2026-11-10");
    await changeStatus(ctx, c.id, "offer"); // mistaken...
    await undoLastStatusChange(ctx, c.id); // ...and undone: not an offer, no answer
    await add("D", "2026-11-20");
    await addApplication(ctx, { company: "E", position: "Dev", status: "saved" });

    const stats = await applicationStats(ctx);
    expect(stats.total).toBe(5);
    expect(stats.submitted).toBe(4);
    expect(stats.countsByStatus).toMatchObject({ applied: 2, rejected: 1, ghosted: 1, saved: 1, offer: 0 });
    expect(stats.responded).toBe(1);
    expect(stats.responseRate).toBeCloseTo(0.25);
    expect(stats.interviewRate).toBeCloseTo(0.25);
    expect(stats.offerRate).toBe(0);
    expect(stats.funnel.find((s) => s.status === "phone_screen")?.count).toBe(1);
    // The answer was recorded on the (pinned) 22nd for an application sent on the 2nd.
    expect(stats.medianDaysToFirstResponse).toBe(20);
    expect(stats.applicationsPerWeek.map((w) => w.count)).toEqual([2, 1, 1]);
    const readiness = stats.factors.find((f) => f.factor === "analysis_readiness")!;
    expect(readiness.groups).toContainEqual({
      label: "readiness 70+",
      submitted: 1,
      responded: 1,
      responseRate: 1,
    });
  });
});
