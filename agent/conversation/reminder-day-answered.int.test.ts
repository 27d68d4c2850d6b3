/**
 * Issue 12 (chat12t): the agent's own question "When should I remind you …?" answered with just a
 * day ("friday", "tomorrow 9am", "el viernes") sets the reminder asked about: its task or
 * application is kept in the checkpointed conversation state (focus.reminderAsked), so the person
 * does not retype the request. Anything else said next is read as usual. Real conversation,
 * offline planner, each database. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("a day said after 'When should I remind you?' (chat12t)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12t-remind");

  it("'friday' sets the personal reminder asked about", async () => {
    const p = await bed.person();
    const asked = await p.say("remind me to renew my parking permit");
    expect(asked.tools).toEqual([]);
    expect(asked.text).toMatch(/When should I remind you to renew your parking permit/);
    const day = await p.say("friday");
    expect(day.tools).toEqual(["set_reminder"]);
    expect(day.calls[0]!.args).toMatchObject({ when: "friday" });
    expect(day.calls[0]!.args.task).toMatch(/^renew (?:my|your) parking permit$/);
    expect((await p.say("show my reminders")).text).toMatch(/renew (?:my|your) parking permit/);
  });

  it("'tomorrow 9am' keeps the hour; an application asked about is the one set", async () => {
    const p = await bed.person();
    await p.say("I applied to Tallis Labs for a QA analyst job today");
    const asked = await p.say("remind me to follow up with Tallis Labs");
    expect(asked.text).toMatch(/When should I remind you/);
    const day = await p.say("tomorrow 9am");
    expect(day.calls).toEqual([
      { name: "set_reminder", args: { application: "Tallis Labs", when: "tomorrow 9am" } },
    ]);
  });

  it("'el viernes' answers in Spanish; a request said instead is read as itself", async () => {
    const p = await bed.person();
    await p.say("remind me to call the dentist");
    const day = await p.say("el viernes");
    expect(day.tools).toEqual(["set_reminder"]);
    expect(day.calls[0]!.args).toMatchObject({ task: "call the dentist", when: "viernes" });
    const q = await bed.person();
    await q.say("remind me to call the dentist");
    const other = await q.say("show my applications");
    expect(other.tools).toEqual(["list_applications"]);
    // The question is answered by the next message or not at all.
    expect((await q.say("friday")).tools).not.toContain("set_reminder");
  });
});
