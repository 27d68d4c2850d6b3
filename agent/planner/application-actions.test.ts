/**
 * Withdrawing, moving an interview just set, and an online assessment's day (trial findings
 * F14.1, F14.3, F9.6): planned as the change they ask for. Messages written for this test.
 */
import { expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const tracked = ["Harrow Mutual Bank", "Fenwick Foods", "Quarry Systems"];
const plan = (text: string, focus: Focus = {}) => planText(text, { hasProfile: true, ...focus }, { tracked });

const withdraw = (application: string) => [
  { name: "update_application_status", args: { application, status: "withdrawn" } },
];

it.each([
  ["withdraw my Harrow application", "Harrow"],
  ["please withdraw my application to Fenwick Foods", "Fenwick Foods"],
  ["pull my application from quarry systems", "Quarry Systems"],
  ["im withdrawing from Fenwick Foods, the pay is too low", "Fenwick Foods"],
])("'%s' withdraws %s", async (text, application) => {
  expect((await plan(text)).calls).toEqual(withdraw(application));
});

it("'withdraw it' is the application in focus; asking about withdrawing or listing withdrawn ones withdraws nothing", async () => {
  const focus: Focus = { application: { company: "Fenwick Foods", status: "applied" } };
  expect((await plan("withdraw it", focus)).calls).toEqual(withdraw("Fenwick Foods"));
  for (const text of ["should I withdraw from Fenwick Foods?", "show my withdrawn applications"])
    expect(
      (await plan(text)).calls.some((c) => c.args.status === "withdrawn" && c.name !== "list_applications"),
    ).toBe(false);
});

const interviewSet: Focus = {
  lastIntent: "update_application_status",
  application: { company: "Fenwick Foods", status: "final_interview" },
  lastCall: {
    name: "update_application_status",
    args: { application: "Fenwick Foods", status: "final_interview", interviewAt: "next tuesday 3pm" },
  },
};

it.each([
  ["actually make that wednesday", "wednesday"],
  ["move it to thursday at 11am", "thursday at 11am"],
  ["no, friday instead", "friday"],
])("right after an interview day, '%s' moves it to %s", async (text, day) => {
  expect((await plan(text, interviewSet)).calls).toEqual([
    {
      name: "update_application_status",
      args: { application: "Fenwick Foods", status: "final_interview", interviewAt: day },
    },
  ]);
});

it("right after a follow-up was set, 'make it monday' moves that reminder; with nothing set it moves nothing", async () => {
  const reminderSet: Focus = {
    lastIntent: "set_reminder",
    lastCall: { name: "set_reminder", args: { application: "Harrow Mutual Bank", when: "friday" } },
  };
  expect((await plan("make it monday", reminderSet)).calls).toEqual([
    { name: "set_reminder", args: { application: "Harrow Mutual Bank", when: "monday" } },
  ]);
  expect((await plan("make it monday")).calls.map((c) => c.name)).not.toContain("update_application_status");
});

it.each([
  ["quarry systems: online assessment friday", "Quarry Systems", "online assessment"],
  ["got a hackerrank from Fenwick Foods due thursday", "Fenwick Foods", "hackerrank"],
  ["Harrow Mutual Bank sent me an OA, due monday", "Harrow Mutual Bank", "online assessment"],
])("'%s' keeps the assessment round of %s with its day", async (text, application, stageSaid) => {
  const [c] = (await plan(text)).calls;
  expect(c).toMatchObject({
    name: "update_application_status",
    args: { application, status: "technical_interview", stageSaid },
  });
  expect(c?.args.interviewAt).toBeTruthy();
});
