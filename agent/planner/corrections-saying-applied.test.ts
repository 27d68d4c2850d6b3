/**
 * Two dialogue-state misses of blind4 (conv12n), in messages written for this test: a day
 * corrected in a sentence that says "I applied" is a correction (the word "applied" is no news),
 * and a removal under the bookmarks list shown while a practice question stayed open removes
 * from that list (it asked "Which application?").
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith();

describe("a day corrected in a sentence that says 'I applied'", () => {
  const JUST_LOGGED: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "add_application",
    application: { company: "Asana", position: "Support Specialist", status: "applied", id: "app-5" },
  };
  it.each([
    ["got the day wrong, I applied to Asana on Thursday not today", "Asana", "on thursday"],
    ["my bad, i applied on friday, not yesterday", "app-5", "on friday"],
  ])("'%s' changes the day", async (text, application, appliedOn) => {
    expect((await plan(text, JUST_LOGGED, ["Asana"])).calls).toEqual([
      { name: "change_application", args: { application, appliedOn } },
    ]);
  });
});

describe("removing from the bookmarks list shown during practice", () => {
  it("'ok take it off the list' removes the one bookmark shown, and the question stays open", async () => {
    const focus: Focus = {
      hasProfile: true,
      topic: "question",
      questionId: "q-3",
      questionText: "How do you prioritise when two managers need something today?",
      awaiting: "practice_answer",
      lastIntent: "list_bookmarks",
      questionIds: ["q-3"],
    };
    const p = await plan("ok take it off the list", focus);
    expect(p.calls).toEqual([{ name: "remove_bookmark", args: { questionId: "q-3" } }]);
    expect(p.awaiting).toBe("practice_answer");
  });
});
