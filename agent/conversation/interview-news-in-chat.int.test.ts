/**
 * Interview news said the way people say it, end to end in chat (new-user trial 2026-12-06,
 * finding 5): the day, hour and reminder in one message; "moved it to friday same time" moves
 * the interview at its hour (the reply said "I put it at 09:00"); a reminder about the
 * person's own life is not attached to an application. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("interview news in one message (apps12r)", (getDb) => {
  const bed = offlineChatBed(getDb, "interviewnews");

  it("an interview moved to another day keeps its hour, and its reminder moves with it", async () => {
    const p = await bed.person();
    await p.say("I applied to Mercy for nurse educator yesterday");
    const told = await p.say("my Mercy interview is next thursday at 10:30am");
    expect(told.text).toMatch(/interview on Thu, \w+ \d+ at 10:30/);
    const moved = await p.say("mercy moved it to friday same time");
    expect(moved.text).toMatch(/interview is now on Fri, \w+ \d+ at 10:30/);
    expect(moved.text).not.toMatch(/I put it at 09:00/);
    const reminders = await p.say("any reminders?");
    expect(JSON.stringify(reminders.parts)).toMatch(
      /interview Fri, \w+ \d+ at 10:30[^"]*; reminder Thu, \w+ \d+ at 10:30/,
    );
  });

  it("the day, the hour and the reminder said together are all kept", async () => {
    const p = await bed.person();
    await p.say("I applied to Penske for dispatcher yesterday");
    const reply = await p.say("Penske wants an interview next wednesday 2pm, remind me the day before");
    expect(reply.tools).toEqual(["update_application_status", "set_reminder"]);
    expect(reply.text).toMatch(
      /I'll remind you on Tue, \w+ \d+ at 14:00 \(UTC\), the day before your Penske/,
    );
  });

  it("a reminder about the person's own task is stored as theirs, not tied to the application", async () => {
    // Stored since apps12s (2026-12-06): before, it was said plainly and nothing was kept.
    const p = await bed.person();
    await p.say("I applied to Chewy for customer service rep yesterday");
    const reply = await p.say("remind me on friday to call my landlord");
    expect(reply.tools).toEqual(["set_reminder"]);
    expect(reply.calls[0]!.args).toMatchObject({ task: "call your landlord" });
    expect(reply.calls[0]!.args).not.toHaveProperty("application");
    const listed = await p.say("any reminders?");
    expect(listed.text).toMatch(/call your landlord/);
  });
});
