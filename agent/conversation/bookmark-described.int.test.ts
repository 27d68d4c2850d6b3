/**
 * A bookmark taken away by what it is about or by its place among the bookmarks, through the
 * real conversation on the offline planner (issue 12, chat12q). Before, "unbookmark the one
 * about ..." removed whichever question was in focus, and "my 2nd bookmark" counted in the
 * list on screen.
 */
import { expect, it, vi } from "vitest";
import type { ListPart } from "../../contract/conversation.ts";
import { type ChatTurn, offlineChatBed, quickReplies } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

const listed = (turn: ChatTurn) =>
  (turn.parts.find((p) => p.type === "list") as ListPart | undefined)?.items ?? [];

/** One of the questions with a word found in none of the others (so the description fits one). */
function withOwnWord(texts: string[]): { at: number; word: string } {
  const words = (s: string) => s.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
  for (const [at, text] of texts.entries()) {
    const others = texts.filter((_, i) => i !== at).map((o) => o.toLowerCase());
    const word = words(text).find((w) => others.every((o) => !o.includes(w.slice(0, 4))));
    if (word) return { at, word };
  }
  throw new Error(`no question with a word of its own in ${JSON.stringify(texts)}`);
}

describeEachDatabase("bookmarks named in words or by place (chat12q)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12q-bm");

  it("removes the one bookmark the words fit, and asks with choices when they fit several", async () => {
    const p = await bed.person();
    const found = listed(await p.say("show me teamwork interview questions"));
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const n of ["1st", "2nd", "3rd"]) await p.say(`bookmark the ${n}`);
    const saved = found.slice(0, 3);
    // Another list on screen, so nothing is picked from the focus by accident.
    await p.say("show me SQL interview questions");

    const { at, word } = withOwnWord(saved.map((q) => q.text));
    const one = await p.say(`unbookmark the one about ${word}`);
    expect(one.calls).toEqual([{ name: "remove_bookmark", args: { about: word } }]);
    expect(one.text).toContain(saved[at]!.text.slice(0, 30));
    const left = listed(await p.say("show my bookmarks")).map((i) => i.id);
    expect(left.sort()).toEqual(
      saved
        .filter((_, i) => i !== at)
        .map((q) => q.id)
        .sort(),
    );

    // Both left were found as teamwork questions: the words fit two, so it asks and removes none.
    const several = await p.say("remove the bookmark on teamwork");
    expect(several.text).toMatch(/2 bookmarked questions fit "teamwork"; I removed none/);
    const chips = quickReplies(several);
    expect(chips.map((c) => c.text)).toEqual(["remove my 1st bookmark", "remove my 2nd bookmark"]);

    // Tapping a choice removes that one (and the words removed none before it).
    const tapped = await p.say(chips[1]!.text);
    expect(tapped.calls).toEqual([{ name: "remove_bookmark", args: { position: 2 } }]);
    const last = listed(await p.say("show my bookmarks")).map((i) => i.id);
    expect(last).toHaveLength(1);
    expect(chips[1]!.id).not.toBe(`remove-bookmark-${last[0]}`);
  });

  it('"delete my 2nd bookmark" counts in the bookmarks, not in the list on screen; words that fit none change nothing', async () => {
    const p = await bed.person();
    const found = listed(await p.say("show me teamwork interview questions"));
    await p.say("bookmark the 1st");
    await p.say("bookmark the 2nd");
    const before = listed(await p.say("show my bookmarks")).map((i) => i.id);
    expect(before).toHaveLength(2);
    const sql = listed(await p.say("show me SQL interview questions"));
    expect(sql[1]!.id).not.toBe(before[1]);

    const none = await p.say("unbookmark the one about photosynthesis");
    expect(none.text).toMatch(/none of your 2 bookmarked questions is about "photosynthesis"/i);

    const second = await p.say("delete my 2nd bookmark");
    expect(second.calls).toEqual([{ name: "remove_bookmark", args: { position: 2 } }]);
    expect(listed(await p.say("show my bookmarks")).map((i) => i.id)).toEqual([before[0]]);
    expect(found.length).toBeGreaterThanOrEqual(2);
  });
});
