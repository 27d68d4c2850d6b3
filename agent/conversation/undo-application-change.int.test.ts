/**
 * Found trying the product (issue 12, blind3 writer's trial, finding 24): "Chegg rejected me" then
 * "undo that, it was <other> that rejected me" left both applications rejected. "undo that" takes
 * the last application change back, in the tracker itself. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("undo the last application change (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "undoapp");
  const statusOf = async (p: { say: (t: string) => Promise<{ text: string }> }, company: string) => {
    const listed = await p.say("show my applications");
    return new RegExp(`${company}[^\\n]*`).exec(listed.text)?.[0] ?? "(not listed)";
  };

  it("'undo that, it was Quill Books that rejected me' puts Chegg back and moves the rejection", async () => {
    const p = await bed.person();
    await p.say("I applied to Chegg for tutor last week");
    await p.say("I applied to Quill Books for editor yesterday");
    await p.say("Chegg rejected me");
    const undone = await p.say("undo that, it was Quill Books that rejected me");
    expect(undone.calls.map((c) => c.name)).toEqual([
      "update_application_status",
      "update_application_status",
    ]);
    expect(await statusOf(p, "Chegg")).not.toMatch(/rejected/i);
    expect(await statusOf(p, "Quill Books")).toMatch(/rejected/i);
  });

  it("'undo that' right after logging removes the application just logged", async () => {
    const p = await bed.person();
    await p.say("I applied to Chegg for tutor last week");
    await p.say("just applied to Lumen Labs as a data analyst");
    const undone = await p.say("undo that");
    expect(undone.calls.map((c) => c.name)).toEqual(["delete_application"]);
    const listed = await p.say("show my applications");
    expect(listed.text).toMatch(/Chegg/);
    expect(listed.text).not.toMatch(/Lumen Labs/);
  });
});
