import { describe, expect, it } from "vitest";
import type { ReminderRecord } from "../../data/repositories/application-records.ts";
import { leadInWords, leadKept } from "./kept-lead.ts";

const H = 3_600_000;
const at = (h: number) => new Date(Date.UTC(2026, 11, 1) + h * H);
const reminder = (over: Partial<ReminderRecord>): ReminderRecord => ({
  id: "r1",
  userId: "u",
  applicationId: "a",
  kind: "interview",
  dueAt: at(200),
  state: "pending",
  subjectAt: at(248),
  createdAt: at(0),
  ...over,
});

describe("the lead a person chose, read back from the stored reminder", () => {
  it("reads the lead of the newest pending or sent interview reminder", () => {
    expect(leadKept([reminder({})])).toBe(48 * H);
    expect(leadKept([reminder({ state: "cancelled" })])).toBeUndefined();
    expect(leadKept([reminder({ kind: "follow_up" })])).toBeUndefined();
  });
  it("ignores a reminder pulled to 'now' because the interview was nearer than its lead", () => {
    expect(leadKept([reminder({ dueAt: at(0), subjectAt: at(10) })])).toBeUndefined();
  });
  it("says leads in words", () => {
    expect(leadInWords(48 * H)).toBe("2 days");
    expect(leadInWords(H)).toBe("an hour");
    expect(leadInWords(7 * 24 * H)).toBe("a week");
  });
});
