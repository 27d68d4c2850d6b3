/**
 * "delete it, they cancelled the opening" right after a list of one application: that one is
 * deleted, the reason is no news of it (conv12o, a blind5 dialogue class: the reason was read
 * as a status change, "What happened with …?"). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const LISTED_ONE: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "list_applications",
  applications: ["app-3"],
  application: { company: "Ember Games", position: "Level Designer", status: "applied", id: "app-3" },
};
const plan = plannerWith({ focus: LISTED_ONE, tracked: ["Ember Games"] });

describe("a removal with its reason after a list of one", () => {
  it.each([
    ["delete it, they cancelled the opening"],
    ["remove that one - the job got filled internally"],
    ["ok delete it, posting is gone"],
    ["take it off the list, it's not real anymore"],
  ])("'%s' deletes the one listed", async (text) => {
    expect((await plan(text)).calls).toEqual([
      { name: "delete_application", args: { application: "app-3" } },
    ]);
  });

  it("under two applications, 'delete it, …' picks none by position", async () => {
    const calls = (
      await plan("delete it, they cancelled the opening", { ...LISTED_ONE, applications: ["app-3", "app-4"] })
    ).calls;
    expect(calls).not.toContainEqual({ name: "delete_application", args: { application: "app-3" } });
  });
});
