/**
 * Issue 12 trial: right after "show my skills", "remove the last one" answered "Which
 * application?" (the model reads a bare position with a removal word as an application).
 * A position said with a removal word right after a list counts in that list: the skill
 * (or application) shown there is removed, and nothing else is.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("a position said right after a list", (getDb) => {
  const bed = offlineChatBed(getDb, "positions");

  it("'remove the last one' / 'delete the second' after the skills list remove those skills", async () => {
    const p = await bed.person();
    await p.say("add kotlin as advanced");
    await p.say("add figma as beginner");
    await p.say("add terraform as intermediate");
    const shown = await p.say("show my skills");
    expect(shown.tools).toEqual(["show_skills"]);
    const names = shown.parts.flatMap((part) =>
      part.type === "list" ? part.items.map((i) => i.text.split(" — ")[0]!) : [],
    );
    expect(names).toHaveLength(3);

    const last = await p.say("remove the last one");
    expect(last.calls).toEqual([{ name: "remove_skill", args: { skill: names[2] } }]);
    const again = await p.say("show my skills");
    const second = await p.say("delete the second");
    expect(second.calls).toEqual([
      {
        name: "remove_skill",
        args: {
          skill: again.parts.flatMap((x) => (x.type === "list" ? x.items : []))[1]!.text.split(" — ")[0],
        },
      },
    ]);
    const left = await p.say("show my skills");
    expect(left.parts.flatMap((x) => (x.type === "list" ? x.items : []))).toHaveLength(1);
  });

  it("after the applications list the position is an application", async () => {
    const p = await bed.person();
    await p.say("I applied to Brightwell for the line cook role yesterday");
    await p.say("I applied to Copperleaf for the sous chef role today");
    const list = await p.say("show my applications");
    expect(list.tools).toEqual(["list_applications"]);
    const removed = await p.say("remove the last one");
    expect(removed.tools).toEqual(["delete_application"]);
    expect(removed.text).toMatch(/Brightwell/);
  });
});
