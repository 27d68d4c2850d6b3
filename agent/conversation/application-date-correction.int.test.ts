/**
 * Found trying the product (issue 12, blind3 writer's trial, finding 25): the day an application
 * was applied could not be corrected in chat. Now it is changed in the tracker, history kept.
 * Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("the day applied corrected in chat (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "redate");

  it("'oops Tacoria was actually 3 days ago not yesterday' changes that application's day", async () => {
    const p = await bed.person();
    await p.say("I applied to Tacoria for line cook yesterday");
    await p.say("I applied to Lumen Labs for data analyst today");
    const fixed = await p.say("oops Tacoria was actually 3 days ago not yesterday");
    expect(fixed.calls).toEqual([
      { name: "change_application", args: { application: "Tacoria", appliedOn: "3 days ago" } },
    ]);
    expect(fixed.text).toMatch(/Fixed: .*Tacoria, applied \d{4}-\d{2}-\d{2} \(was \d{4}-\d{2}-\d{2}\)/i);
    const listed = await p.say("show my applications");
    const day = /applied (\d{4}-\d{2}-\d{2})/.exec(
      /Tacoria[^\n]*/.exec(JSON.stringify(listed.parts))?.[0] ?? "",
    )?.[1];
    const was = /\(was (\d{4}-\d{2}-\d{2})\)/.exec(fixed.text)?.[1];
    expect(day).toBeDefined();
    expect(day! < was!).toBe(true);
    // The corrected one is the one in focus: "they" is Tacoria now, not the one logged last.
    const news = await p.say("they invited me to an interview next thursday!");
    expect(JSON.stringify(news.calls)).toMatch(/Tacoria/);
    expect(JSON.stringify(news.calls)).not.toMatch(/Lumen/);
  });
});
