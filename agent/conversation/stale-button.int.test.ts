/**
 * Found trying the widget as a new user: a status button on an application that was gone
 * answered 'Sorry, that didn't work. Application "430ff14a-bffd-…" was not found.', and a
 * roadmap checkbox 'No roadmap with id 95c52cab-…'. A button whose item is gone says so in
 * words, without an id, and how to see what is there now.
 */
import { expect, it } from "vitest";
import type { ReplyEvent } from "../../contract/conversation.ts";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/i;

describeEachDatabase("a button whose item is gone", (getDb) => {
  const bed = offlineChatBed(getDb, "stale");

  it("says the item is no longer there, with no id", async () => {
    const p = await bed.person();
    const press = async (action: Parameters<typeof bed.conversation.converse>[2]["action"]) => {
      let text = "";
      for await (const e of bed.conversation.converse(p.who, p.thread, {
        text: "",
        attachments: [],
        action,
      }) as AsyncIterable<ReplyEvent>)
        if (e.type === "text_delta") text += e.text;
      return text;
    };
    const gone = "00000000-0000-4000-8000-000000000000";
    for (const action of [
      { type: "application_status" as const, applicationId: gone, status: "phone_screen" as const },
      { type: "roadmap_item" as const, roadmapId: gone, itemId: "w1-i1", done: true },
    ]) {
      const reply = await press(action);
      expect(reply, action.type).toMatch(/no longer there/i);
      expect(reply, action.type).not.toMatch(UUID);
    }
  });
});
