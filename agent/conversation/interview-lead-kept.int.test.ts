/**
 * A custom interview-reminder lead kept when the interview moves (issue 12, chat12q), through
 * the real conversation on the offline planner. Before, "remind me 2 days before" was replaced
 * by the tracker's day before as soon as the interview was said to have moved.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { formatInstant } from "../../tools/applications/dates.ts";

vi.setConfig({ testTimeout: 240_000 });

const DAY = 86_400_000;
/** "March 14": a day some weeks ahead, said the way people say it. */
const dayAhead = (days: number) =>
  new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", timeZone: "UTC" }).format(
    new Date(Date.now() + days * DAY),
  );
const at = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour));
};

describeEachDatabase("an interview reminder's lead, kept when the interview moves (chat12q)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12q-lead");

  it('"remind me 2 days before" still holds after the interview moves', async () => {
    const p = await bed.person();
    await p.say("I applied to Larkspur Credit Union for a loan officer role");
    await p.say(`my Larkspur interview is on ${dayAhead(20)} at 10am`);
    const remind = await p.say("remind me 2 days before");
    expect(remind.text).toContain(`I'll remind you on ${formatInstant(at(18, 10))}, 2 days before`);

    const moved = await p.say(`the Larkspur interview got moved to ${dayAhead(25)} at 2pm`);
    expect(moved.tools).toEqual(["update_application_status"]);
    expect(moved.text).toMatch(/I'll remind you 2 days before, as you asked/);
    const reminders = await p.say("any reminders?");
    expect(reminders.text).toContain(`a reminder on ${formatInstant(at(23, 14))} for your interview`);
  });

  it("the tracker's own day before stays the day before when the interview moves", async () => {
    const p = await bed.person();
    await p.say("I applied to Larkspur Credit Union for a teller role");
    await p.say(`my Larkspur interview is on ${dayAhead(20)} at 10am`);
    const moved = await p.say(`the Larkspur interview got moved to ${dayAhead(25)} at 2pm`);
    expect(moved.text).toMatch(/I'll remind you the day before\./);
    const reminders = await p.say("any reminders?");
    expect(reminders.text).toContain(`a reminder on ${formatInstant(at(24, 14))} for your interview`);
  });
});
