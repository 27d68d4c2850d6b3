/**
 * Found trying the product (issue 12, blind3 writer's trial, item 27): "they invited me to an
 * interview next thursday!" moved the application but lost Thursday, and "remind me the day
 * before" answered '"the day before" is in the past'. The day is kept on the application, shown
 * with it, and the reminder is the day before; with no day known, the person is asked for it.
 * Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("interview dates in chat (issue 12, onboard12)", (getDb) => {
  const bed = offlineChatBed(getDb, "interviewday");

  it("the day said with the invitation is kept, listed, and the reminder is the day before it", async () => {
    const p = await bed.person();
    await p.say("I applied to Spotify for marketing manager yesterday");
    const invited = await p.say("they invited me to an interview next thursday!");
    expect(invited.calls).toEqual([
      {
        name: "update_application_status",
        args: { application: "Spotify", status: "technical_interview", interviewAt: "next thursday" },
      },
    ]);
    expect(invited.text).toMatch(/interview on Thu, \w+ \d+ at 09:00/);
    expect(invited.text).toMatch(/I'll remind you the day before/);
    const remind = await p.say("remind me the day before");
    expect(remind.tools).toEqual(["set_reminder"]);
    expect(remind.text).toMatch(
      /I'll remind you on Wed, \w+ \d+ at 09:00 \(UTC\), the day before your Spotify/,
    );
    const listed = await p.say("show my applications");
    expect(listed.text + JSON.stringify(listed.parts)).toMatch(/interview (?:on )?Thu, \w+ \d+/);
    const reminders = await p.say("any reminders?");
    // The card names the interview's own day beside the reminder's (apps12n, trial F14.2).
    expect(JSON.stringify(reminders.parts)).toMatch(
      /Interview: Marketing Manager — Spotify","detail":"interview Thu, \w+ \d+[^"]*; reminder Wed, /,
    );
  });

  it("with no interview day known it asks for it; the day said next is kept and the reminder follows it", async () => {
    const p = await bed.person();
    await p.say("I applied to Chegg for data analyst yesterday");
    const early = await p.say("remind me the day before my Chegg interview");
    expect(early.text).toMatch(/don't know when your Chegg interview is yet/);
    const reminders = await p.say("any reminders?");
    expect(JSON.stringify(reminders.parts)).not.toMatch(/"Interview: /);
    const told = await p.say("my Chegg interview is on friday at 2pm");
    expect(told.calls[0]).toMatchObject({
      name: "update_application_status",
      args: { application: "Chegg", interviewAt: "on friday at 2pm" },
    });
    expect(told.text).toMatch(/interview on Fri, \w+ \d+ at 14:00/);
    const remind = await p.say("remind me the day before my Chegg interview");
    expect(remind.text).toMatch(
      /I'll remind you on Thu, \w+ \d+ at 14:00 \(UTC\), the day before your Chegg/,
    );
  });
  it("'the day before' said in Spanish, Portuguese or German sets that reminder (lead26 trial)", async () => {
    for (const [company, remind] of [
      ["HubSpot", "recuérdamelo el día antes"],
      ["Nubank", "me lembra no dia antes"],
      ["Zalando", "erinnere mich am Tag davor"],
    ] as const) {
      const p = await bed.person();
      await p.say(`I applied to ${company} for account executive yesterday`);
      await p.say("they invited me to an interview next thursday!");
      const reply = await p.say(remind);
      expect(reply.tools).toEqual(["set_reminder"]);
      expect(reply.calls[0]!.args).toMatchObject({ application: company });
      expect(reply.text).toMatch(/the day before your \S+ \(Account Executive\) interview/);
    }
  });
});
