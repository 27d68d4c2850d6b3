/**
 * "take it off the list" right after a list of one (conv12n: a blind4 dialogue asked "Which
 * application?" under a bookmarks list of one): that one is removed. With more than one shown,
 * "it" names none of them and is left to the model. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith();
const bookmarks = (ids: string[]): Focus => ({
  hasProfile: true,
  topic: "question",
  lastIntent: "list_bookmarks",
  questionIds: ids,
});

describe("removing the only item of the list just shown", () => {
  it.each(["ok take it off the list", "remove that please", "delete it"])(
    "'%s' under one bookmark removes it",
    async (text) => {
      expect((await plan(text, bookmarks(["q-17"]))).calls).toEqual([
        { name: "remove_bookmark", args: { questionId: "q-17" } },
      ]);
    },
  );

  it("under one skill, 'remove it' removes that skill", async () => {
    const focus: Focus = { hasProfile: true, lastIntent: "show_skills", skillsListed: ["Forklift"] };
    expect((await plan("remove it", focus)).calls).toEqual([
      { name: "remove_skill", args: { skill: "Forklift" } },
    ]);
  });

  it("under two bookmarks, 'take it off the list' picks none by position", async () => {
    const calls = (await plan("take it off the list", bookmarks(["q-1", "q-2"]))).calls;
    expect(calls).not.toContainEqual({ name: "remove_bookmark", args: { questionId: "q-1" } });
  });
});
