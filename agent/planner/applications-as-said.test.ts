/**
 * Applications and interviews said the way people say them (new-user trial 2026-12-06,
 * findings 4 and 5), read by the planner into the calls of the applications service. Each
 * case is a line written for this test in the shape of one that failed in the trial.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import { ROLE_NOT_GIVEN } from "../../tools/applications/input.ts";
import type { Focus } from "../graph/focus.ts";

const plan = (text: string, focus: Focus = {}, tracked: string[] = []) =>
  planText(text, { hasProfile: true, ...focus }, { tracked });
const named = async (text: string, focus: Focus = {}, tracked: string[] = []) =>
  (await plan(text, focus, tracked)).calls.map((c) => [c.name, c.args]);

describe("several applications with shared words", () => {
  it("'same role' is the role of the item before, and 'both <weekday>' is every item's day", async () => {
    expect(await named("applied at penske for dispatcher and at Werner same role, both tuesday")).toEqual([
      ["add_application", { company: "penske", position: "dispatcher", appliedOn: "tuesday" }],
      ["add_application", { company: "Werner", position: "dispatcher", appliedOn: "tuesday" }],
    ]);
  });
});

describe("a day said in another language is a date, never part of the role", () => {
  it.each([
    ["me postulé a Globant para data analyst el martes", "Globant", "data analyst"],
    ["me candidatei na Stone para analista de dados na segunda-feira", "Stone", "analista de dados"],
  ])("%s", async (text, company, position) => {
    const [add] = await named(text);
    expect(add?.[0]).toBe("add_application");
    const args = add?.[1] as Record<string, string>;
    expect(args.company).toBe(company);
    expect(args.position.toLowerCase()).toBe(position);
    expect(args.appliedOn).toBeTruthy();
  });
});

describe("what is said beside an application", () => {
  it("'N weeks ago' is the day, a question is no role, and the follow-up question is answered", async () => {
    const out = await plan("I applied to Safeway 2 weeks ago and still nothing, should I follow up?");
    expect(out.calls.map((c) => c.args)).toEqual([
      { company: "Safeway", position: ROLE_NOT_GIVEN, appliedOn: "2 weeks ago" },
    ]);
    expect(out.says).toContainEqual({ kind: "advice", detail: "follow_up" });
  });

  it("a correction inside the message is read from where it starts", async () => {
    expect(
      await named("I applied to costco twice by mistake, I mean I applied to Costco for cashier on nov 3"),
    ).toEqual([["add_application", { company: "Costco", position: "cashier", appliedOn: "on nov 3" }]]);
  });
});

describe("interview news with its day, time, role and reminder in one message", () => {
  it("an interview at a company not tracked is logged with its role and day, not set as the career target", async () => {
    expect(
      await named("I've got an interview at Lowe's next tuesday at 10am for a department supervisor role"),
    ).toEqual([
      ["add_application", { company: "Lowe's", position: "department supervisor" }],
      [
        "update_application_status",
        { application: "Lowe's", status: "technical_interview", interviewAt: "next tuesday at 10am" },
      ],
    ]);
  });

  it("a request beside the news is not swallowed by it", async () => {
    const calls = await named("I have an interview at Chewy on friday, give me some practice questions");
    expect(calls.map(([name]) => name)).not.toEqual(["update_application_status"]);
    expect(calls.map(([name]) => name)).not.toContain("add_application");
  });

  it("the day and hour are kept before the reminder asked in the same message", async () => {
    expect(
      await named("Penske wants an interview next wednesday 2pm, remind me the day before", {}, ["Penske"]),
    ).toEqual([
      [
        "update_application_status",
        { application: "Penske", status: "technical_interview", interviewAt: "next wednesday 2pm" },
      ],
      ["set_reminder", { application: "Penske", when: "the day before" }],
    ]);
  });

  it("'moved it to <day>' moves the interview of the company named", async () => {
    expect(await named("mercy moved it to monday same time", {}, ["Mercy"])).toEqual([
      ["update_application_status", { application: "Mercy", status: "phone_screen", interviewAt: "monday" }],
    ]);
  });

  it("a move of the person's own is not a move of the interview", async () => {
    const focus: Focus = {
      application: { company: "Mercy", status: "phone_screen" },
      lastIntent: "update_application_status",
    };
    const calls = await named("we moved to Tucson last week so I need remote jobs", focus, ["Mercy"]);
    expect(calls.map(([name]) => name)).not.toContain("update_application_status");
  });

  it("an interview the person calls an interview is logged as one, a phone screen as a phone screen", async () => {
    const focus: Focus = { application: { company: "Mercy", status: "applied" } };
    expect(await named("my mercy interview is next thursday at 10am", focus, ["Mercy"])).toEqual([
      [
        "update_application_status",
        { application: "Mercy", status: "technical_interview", interviewAt: "next thursday at 10am" },
      ],
    ]);
    const [[, screen]] = await named("my mercy phone screen is next thursday at 10am", focus, ["Mercy"]);
    expect((screen as { status: string }).status).toBe("phone_screen");
  });

  it("a day corrected right after an interview's day is the interview's, not the day applied", async () => {
    const ahead = new Date(Date.now() + 20 * 86_400_000);
    const month = ahead.toLocaleString("en-US", { month: "short", timeZone: "UTC" }).toLowerCase();
    const day = ahead.getUTCDate();
    const focus: Focus = {
      application: { company: "Penske", status: "phone_screen" },
      lastIntent: "update_application_status",
    };
    expect(await named(`oops, it's ${month} ${day} not ${month} ${day + 1}`, focus, ["Penske"])).toEqual([
      [
        "update_application_status",
        { application: "Penske", status: "phone_screen", interviewAt: `${month} ${day}` },
      ],
    ]);
  });

  it("a month is the interview's day, never a company", async () => {
    const month = new Date(Date.now() + 40 * 86_400_000).toLocaleString("en-US", {
      month: "long",
      timeZone: "UTC",
    });
    const focus: Focus = {
      application: { company: "Penske", status: "applied" },
      lastIntent: "add_application",
    };
    const calls = await named(`I got an interview on ${month} 12`, focus, ["Penske"]);
    expect(calls.map(([, args]) => (args as { application?: string }).application)).not.toContain(month);
  });
});

describe("a reminder about the person's own life", () => {
  it("is not attached to an application: it is stored as the person's own task", async () => {
    const focus: Focus = {
      application: { company: "Penske", status: "applied" },
      lastIntent: "add_application",
    };
    const out = await plan("remind me on thursday to call my landlord about the lease", focus, ["Penske"]);
    expect(out.calls).toEqual([
      { name: "set_reminder", args: { task: "call your landlord about the lease", when: "thursday" } },
    ]);
  });

  it("a follow-up is still the application's", async () => {
    const out = await plan("remind me on thursday to follow up with Penske", {}, ["Penske"]);
    expect(out.calls).toEqual([expect.objectContaining({ name: "set_reminder" })]);
  });
});
