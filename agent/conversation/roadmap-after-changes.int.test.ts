/**
 * A roadmap after the plan changes, through the real conversation on the offline planner (trial
 * 2026-12-06, findings 8 and 10). Before: "roadmap for 6 weeks" with no hours said was a plan of
 * 29 hours a week; "undo week 2" right after "finished week 1" took back week 1; after a change of
 * target "show my roadmap" showed the old target's plan as if it were current. Messages written
 * for this test.
 */
import { expect, it, vi } from "vitest";
import type { RoadmapPart } from "../../contract/conversation.ts";
import { offlineChatBed, quickReplies } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 300_000 });

describeEachDatabase("a roadmap after the plan changes (ask12r)", (getDb) => {
  const bed = offlineChatBed(getDb, "ask12r-roadmap");

  it("weeks without hours, a week taken back by number, and a roadmap for an old target", async () => {
    const p = await bed.person();
    await p.say("add Excel as intermediate");
    await p.say("I want to be a data engineer");
    await p.say("am I a fit?");

    const six = await p.say("can you make me a roadmap for 6 weeks");
    expect(six.tools).toEqual(["create_roadmap"]);
    const card = six.parts.find((x) => x.type === "roadmap") as RoadmapPart | undefined;
    expect(card).toBeDefined();
    const hours = Number(/at (\d+) hours a week/.exec(six.text)?.[1]);
    expect(hours).toBeGreaterThan(0);
    expect(hours).toBeLessThanOrEqual(10);
    expect(six.text).toMatch(/You didn't say how many hours a week you have/);

    await p.say("finished week 1");
    const undo = await p.say("undo week 2, I haven't started it");
    expect(undo.calls).toEqual([{ name: "record_progress", args: { week: 2, done: false } }]);
    expect(undo.text).toMatch(/Week 2 is marked not done/);

    await p.say("actually I'd rather go for data analyst");
    const shown = await p.say("show my roadmap");
    expect(shown.tools).toEqual(["show_roadmap"]);
    expect(shown.text).toMatch(
      /This roadmap is for Data Engineer[^.]*, your earlier target — not Data Analyst/i,
    );
    expect(quickReplies(shown).map((q) => q.text)).toContain("make me a roadmap");
  });
});
