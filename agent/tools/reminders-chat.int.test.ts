/**
 * Reminders through the conversation (offline planner), found missing in a new-user trial
 * (issue 12): "any reminders?", "what's due this week", "remind me to follow up w gusto on
 * friday", "stop reminding me about Acme" reach the applications service's reminders
 * (the same rows the worker delivers), with the day read in the person's time zone.
 */
import { beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { Identity } from "../../contract/conversation.ts";
import { createApplicationStore } from "../../data/repositories/application-store.ts";
import { chatTurn } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { type Conversation, createConversation } from "../conversation/converse.ts";

const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });

const say = (c: Conversation, who: Identity, text: string) => chatTurn(c, who, "remind", text);

describeEachDatabase("reminders in conversation", (getDb) => {
  let c: Conversation;
  const sam: Identity = { channel: "test", externalId: "sam-reminders", timeZone: "America/Chicago" };
  beforeAll(async () => {
    c = await createConversation({ db: getDb(), config });
  });

  it("lists, moves and stops reminders through the tracker's service", { timeout: 120_000 }, async () => {
    const none = await say(c, sam, "any reminders?");
    expect(none.calls.map((x) => x.name)).toEqual(["list_reminders"]);
    expect(none.text).toMatch(/no reminders/i);

    await say(c, sam, "I applied to Gusto for an SDR role today");
    await say(c, sam, "I applied to Acme for an account executive role today");
    const listed = await say(c, sam, "any reminders?");
    expect(listed.calls.map((x) => x.name)).toEqual(["list_reminders"]);
    expect(listed.text).toMatch(/2 reminders/);
    expect(JSON.stringify(listed.parts)).toMatch(/Gusto/);
    expect(listed.parts.some((p) => p.type === "quickReplies")).toBe(true);

    // The follow-up is a week or more away: nothing is due in the next day.
    const today = await say(c, sam, "anything due today?");
    expect(today.calls[0]).toMatchObject({ name: "list_reminders", args: { withinDays: 1 } });
    expect(today.text).toMatch(/no reminders due in the next 1 day/i);

    const moved = await say(c, sam, "remind me to follow up w gusto on friday");
    expect(moved.calls[0]).toMatchObject({
      name: "set_reminder",
      // The tracked company as stored, though typed in lower case.
      args: { application: "Gusto", when: "friday" },
    });
    expect(moved.text).toMatch(/remind you to follow up with Gusto .* on Fri/);
    const store = createApplicationStore(getDb());
    const userId = (
      await getDb().query<{ user_id: string }>(
        "SELECT user_id FROM channel_identities WHERE external_id = 'sam-reminders'",
      )
    ).rows[0]?.user_id;
    const pending = await store.reminders.pendingFor(userId!);
    const gusto = pending.find(
      (r) => r.kind === "follow_up" && r.dueAt.getTime() < Date.now() + 8 * 86_400_000,
    );
    // Friday 09:00 in Chicago, within the coming week.
    expect(gusto).toBeDefined();
    expect(
      new Intl.DateTimeFormat("en-US", {
        weekday: "short",
        hour: "numeric",
        hour12: false,
        timeZone: "America/Chicago",
      }).format(gusto!.dueAt),
    ).toMatch(/Fri.*09/);

    const stopped = await say(c, sam, "stop reminding me about Acme");
    expect(stopped.calls[0]).toMatchObject({ name: "cancel_reminder", args: { application: "Acme" } });
    expect(stopped.text).toMatch(/Stopped 1 reminder for Acme/);
    const after = await say(c, sam, "show my reminders");
    expect(after.text).toMatch(/1 reminder/);
    expect(JSON.stringify(after.parts)).not.toMatch(/Acme/);
    // Found in the Discord trial: the chip offered to move a Friday reminder "to friday".
    const chips = after.parts.flatMap((p) => (p.type === "quickReplies" ? p.options : []));
    expect(chips.find((o) => o.id === "move")).toMatchObject({
      label: "Move Gusto reminder to monday",
      text: "remind me about Gusto on monday",
    });

    // A day that is no day: a clear message, nothing moved.
    const bad = await say(c, sam, "remind me about Gusto someday");
    expect(bad.calls).toEqual([]);
    expect(bad.text).toMatch(/When should I remind you about/);
  });
});
