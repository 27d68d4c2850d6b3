import { describe, expect, it } from "vitest";
import type { ApplicationRecord, ReminderRecord } from "../../data/repositories/application-records.ts";
import { planFollowUp, planInterviewReminder, stillRelevant } from "./reminder-plan.ts";

const now = new Date("2026-11-22T12:00:00Z");
const app = (over: Partial<ApplicationRecord> = {}): ApplicationRecord => ({
  id: "11111111-1111-4111-8111-111111111111",
  userId: "22222222-2222-4222-8222-222222222222",
  company: "Acme",
  position: "Backend Engineer",
  location: null,
  salary: null,
  link: null,
  source: null,
  jobDescription: null,
  notes: null,
  status: "applied",
  appliedOn: "2026-11-20",
  interviewAt: null,
  analysisId: null,
  createdAt: now,
  updatedAt: now,
  ...over,
});

describe("planFollowUp", () => {
  it("is due N days after applying at 09:00 local", () => {
    const plan = planFollowUp(app(), { now, followUpDays: 7, timeZone: "Europe/Berlin" })!;
    expect(plan.dueAt.toISOString()).toBe("2026-11-27T08:00:00.000Z");
    expect(plan.dedupeKey).toBe("follow_up:11111111-1111-4111-8111-111111111111:2026-11-20");
    expect(plan.message).toContain("Backend Engineer at Acme");
  });

  it("follows the configured window", () => {
    expect(planFollowUp(app(), { now, followUpDays: 3 })!.dueAt.toISOString()).toBe(
      "2026-11-23T09:00:00.000Z",
    );
  });

  it("is due now when recently overdue, and dropped when long stale", () => {
    expect(planFollowUp(app({ appliedOn: "2026-11-12" }), { now, followUpDays: 7 })!.dueAt).toEqual(now);
    expect(planFollowUp(app({ appliedOn: "2026-10-01" }), { now, followUpDays: 7 })).toBeNull();
  });

  it("is not planned once the company answered or before sending", () => {
    expect(planFollowUp(app({ status: "phone_screen" }), { now, followUpDays: 7 })).toBeNull();
    expect(planFollowUp(app({ status: "saved", appliedOn: null }), { now, followUpDays: 7 })).toBeNull();
  });
});

describe("planInterviewReminder", () => {
  it("is due a day before the interview", () => {
    const interviewAt = new Date("2026-11-26T15:00:00Z");
    const plan = planInterviewReminder(app({ status: "phone_screen", interviewAt }), {
      now,
      followUpDays: 7,
    })!;
    expect(plan.dueAt.toISOString()).toBe("2026-11-25T15:00:00.000Z");
    expect(plan.message).toContain("phone screen for Backend Engineer at Acme");
    expect(plan.message).toContain("Thu, Nov 26 at 15:00");
  });

  it("is due now when the interview is less than a day away; none for past interviews", () => {
    const soon = new Date("2026-11-23T08:00:00Z");
    expect(planInterviewReminder(app({ interviewAt: soon }), { now, followUpDays: 7 })!.dueAt).toEqual(now);
    const past = new Date("2026-11-21T08:00:00Z");
    expect(planInterviewReminder(app({ interviewAt: past }), { now, followUpDays: 7 })).toBeNull();
  });
});

describe("stillRelevant", () => {
  const reminder = (over: Partial<ReminderRecord>): ReminderRecord => ({
    id: "r",
    userId: "u",
    applicationId: "a",
    kind: "follow_up",
    dueAt: now,
    state: "pending",
    subjectAt: new Date("2026-11-20T00:00:00Z"),
    createdAt: now,
    ...over,
  });

  it("drops a follow-up once the company answered or the applied day changed", () => {
    expect(stillRelevant(reminder({}), app(), now)).toBe(true);
    expect(stillRelevant(reminder({}), app({ status: "rejected" }), now)).toBe(false);
    expect(stillRelevant(reminder({}), app({ appliedOn: "2026-11-19" }), now)).toBe(false);
    expect(stillRelevant(reminder({}), null, now)).toBe(false);
  });

  it("drops an interview reminder when the interview moved", () => {
    const at = new Date("2026-11-23T10:00:00Z");
    const r = reminder({ kind: "interview", subjectAt: at });
    expect(stillRelevant(r, app({ status: "phone_screen", interviewAt: at }), now)).toBe(true);
    expect(
      stillRelevant(r, app({ status: "phone_screen", interviewAt: new Date("2026-11-24T10:00:00Z") }), now),
    ).toBe(false);
  });
});
