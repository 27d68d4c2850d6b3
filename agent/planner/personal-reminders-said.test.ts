/**
 * Reminders about the person's own life, said in five languages, read into the personal
 * reminder calls (tools/reminders): the task cut out of the message with its day taken off,
 * and said back in the second person. They used to be refused ("I can only remind you about
 * your job applications") or attached to a tracked application. The lines are written for
 * this test.
 */
import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const plan = async (text: string, focus: Focus = {}, tracked: string[] = []) =>
  (
    await understand(text, {
      focus: { hasProfile: true, ...focus },
      attachments: [],
      available: new Set(TOOL_NAMES),
      tracked,
    })
  ).calls.map((c) => [c.name, c.args]);

describe("a personal reminder is stored with its task and day", () => {
  it.each([
    ["remind me to update my portfolio on friday", "update your portfolio", /friday/i],
    ["can u remind me tmrw to pay the electricity bill", "pay the electricity bill", /tomorrow/i],
    ["recuérdame llamar a Ana el lunes a las 10", "llamar a Ana", /lunes a las 10/],
    ["rappelle-moi d'appeler le plombier jeudi à 14h", "appeler le plombier", /jeudi/],
    ["erinnere mich übermorgen daran, das Paket abzuholen", "das Paket abzuholen", /übermorgen/],
    ["me lembra de renovar a carteira de motorista na sexta", "renovar a carteira de motorista", /sexta/],
  ])("%s", async (line, task, when) => {
    const calls = await plan(line, {}, ["Gusto"]);
    expect(calls).toEqual([["set_reminder", { task, when: expect.stringMatching(when) }]]);
  });

  it("with an application in focus, a task about the person's own life is still theirs", async () => {
    const focus: Focus = {
      application: { company: "Penske", status: "applied" },
      lastIntent: "add_application",
    };
    expect(await plan("remind me on saturday to book the dentist", focus, ["Penske"])).toEqual([
      ["set_reminder", { task: "book the dentist", when: "saturday" }],
    ]);
  });

  it("a follow-up, an interview or a tracked company stays the application's", async () => {
    for (const line of [
      "remind me on thursday to follow up with Gusto",
      "recuérdame el lunes escribir a Gusto",
      // A time said against the interview in focus, no task of its own.
      "acuérdame el día antes, porfa",
      "lembra-me no dia antes",
      "rappelle-moi la veille",
    ]) {
      const calls = await plan(line, { application: { company: "Gusto", status: "applied" } }, ["Gusto"]);
      expect(calls[0]?.[1]).not.toHaveProperty("task");
    }
  });

  it("with no day said, asks when and stores nothing", async () => {
    const out = await understand("remind me to renew my passport", {
      focus: { hasProfile: true },
      attachments: [],
      available: new Set(TOOL_NAMES),
      tracked: [],
    });
    expect(out.calls).toEqual([]);
    expect(out.says).toContainEqual({ kind: "ask_reminder_when", detail: "to renew your passport" });
  });
});

describe("cancelling one of the person's own reminders", () => {
  it("by words of its task", async () => {
    expect(await plan("cancel my reminder to call Ana")).toEqual([
      ["cancel_reminder", { reminder: "call Ana" }],
    ]);
    expect(await plan("please delete the passport reminder")).toEqual([
      ["cancel_reminder", { reminder: "passport" }],
    ]);
  });

  it("'cancel that' right after setting it, and 'stop the 2nd one' after the list", async () => {
    const justSet: Focus = {
      lastIntent: "set_reminder",
      lastCall: { name: "set_reminder", args: { task: "pay rent", when: "friday" } },
    };
    expect(await plan("cancel that", justSet)).toEqual([["cancel_reminder", { reminder: "pay rent" }]]);
    const listed: Focus = { lastIntent: "list_reminders", remindersListed: ["Gusto", "reminder:abc-id"] };
    expect(await plan("stop the 2nd one", listed)).toEqual([["cancel_reminder", { reminder: "abc-id" }]]);
  });

  it("an application named stays the application's", async () => {
    expect(await plan("stop reminding me about Gusto", {}, ["Gusto"])).toEqual([
      ["cancel_reminder", { application: "Gusto" }],
    ]);
  });
});
