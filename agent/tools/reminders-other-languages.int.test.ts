/**
 * Issue 12: a reminder asked for in French, German, Spanish or Portuguese ("rappelle-moi
 * vendredi de relancer Gusto") was understood as a reminder but its day was not: the agent
 * asked "When should I remind you?". The day is now read in those languages (chrono-node's
 * own readers) and the follow-up moved, through the same service as in English.
 */
import { beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { Identity } from "../../contract/conversation.ts";
import { chatTurn } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { addDays, calendarDay } from "../../tools/applications/dates.ts";
import { type Conversation, createConversation } from "../conversation/converse.ts";

const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });

const say = (c: Conversation, who: Identity, text: string) => chatTurn(c, who, "remind-languages", text);

describeEachDatabase("reminders asked for in other languages", (getDb) => {
  let c: Conversation;
  beforeAll(async () => {
    c = await createConversation({ db: getDb(), config });
  });

  /** A new person applies to Gusto, then asks for the reminder: the one call it must make, and the reply. */
  async function reminderAfterApplying(person: string, text: string) {
    const who: Identity = { channel: "test", externalId: person, timeZone: "Europe/Paris" };
    await say(c, who, "I applied to Gusto for an SDR role today");
    const moved = await say(c, who, text);
    expect(
      moved.calls.map((x) => x.name),
      moved.text,
    ).toEqual(["set_reminder"]);
    return moved;
  }

  it.each([
    ["fr", "rappelle-moi vendredi de relancer Gusto", /Fri/],
    ["de", "erinnere mich am Freitag an Gusto", /Fri/],
    ["es", "recuérdame el lunes escribir a Gusto", /Mon/],
    ["pt", "me lembra na sexta de cobrar a Gusto", /Fri/],
  ])("%s: '%s' moves the follow-up to that day", { timeout: 120_000 }, async (lang, text, day) => {
    const moved = await reminderAfterApplying(`remind-${lang}`, text);
    expect(moved.text, JSON.stringify(moved.calls)).toMatch(
      new RegExp(`remind you to follow up with Gusto .* on ${day.source}`),
    );
  });

  // Days counted from today: "2 din baad" asked "when?"; chrono read "daqui a 3 dias" as "a 3"
  // and "pasado mañana" / "après-demain" as tomorrow (relative-days.ts); "demain" was spell-fixed
  // to "domain" before the day was looked for.
  it.each([
    ["pt", "me lembra daqui a 3 dias de cobrar a Gusto", 3],
    ["hi", "Gusto ko follow up karna hai, 2 din baad yaad dilana", 2],
    ["es", "recuérdame pasado mañana escribir a Gusto", 2],
    ["fr", "rappelle-moi après-demain de relancer Gusto", 2],
    ["de", "erinnere mich in zwei Wochen an Gusto", 14],
    ["fr", "rappelle-moi demain de relancer Gusto", 1],
  ])("%s: '%s' moves the follow-up that many days ahead", { timeout: 120_000 }, async (lang, text, days) => {
    const moved = await reminderAfterApplying(`remind-in-${lang}-${days}`, text);
    const day = addDays(calendarDay(new Date(), "Europe/Paris"), days);
    const said = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }).format(
      new Date(`${day}T12:00:00Z`),
    );
    expect(moved.text, JSON.stringify(moved.calls)).toMatch(new RegExp(`follow up with Gusto .*${said}\\b`));
  });
});
