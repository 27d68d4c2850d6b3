/**
 * "undo that" right after an application change (issue 12, trial finding 24: "undo that, it was
 * Byju's that rejected me" was read as news and left both applications rejected), and the shared
 * correction openers ("nein, es war …" moved a logged company but not a status change).
 * Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const TRACKED = ["Chegg", "Byju's", "Zalando"];
const plan = plannerWith({ tracked: TRACKED });

const JUST_LOGGED: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Chegg", position: "Tutor", status: "applied", id: "app-7" },
};
const JUST_MOVED: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "update_application_status",
  application: { company: "Chegg", status: "rejected", previousStatus: "interview", id: "app-7" },
};

describe("undo the last application change", () => {
  it.each(["undo that", "oops, undo", "take that back", "deshaz eso", "mach das rückgängig", "desfaz isso"])(
    "'%s' right after logging removes the one logged",
    async (text) => {
      expect((await plan(text, JUST_LOGGED)).calls).toEqual([
        { name: "delete_application", args: { application: "app-7" } },
      ]);
    },
  );

  it("'undo that' right after a status change puts the status back", async () => {
    expect((await plan("undo that", JUST_MOVED)).calls).toEqual([
      { name: "update_application_status", args: { application: "Chegg", status: "interview" } },
    ]);
  });

  it("'undo that, it was Byju's that rejected me' moves the change to Byju's", async () => {
    expect((await plan("undo that, it was Byju's that rejected me", JUST_MOVED)).calls).toEqual([
      { name: "update_application_status", args: { application: "Chegg", status: "interview" } },
      { name: "update_application_status", args: { application: "Byju's", status: "rejected" } },
    ]);
  });

  it("'undo that' after ticking off a week marks it not done", async () => {
    const ticked: Focus = {
      hasProfile: true,
      lastIntent: "record_progress",
      lastCall: { name: "record_progress", args: { week: 1 } },
    };
    expect((await plan("undo that", ticked)).calls).toEqual([
      { name: "record_progress", args: { week: 1, done: false } },
    ]);
  });

  it("'undo that' with nothing to take back says what can be undone, changing nothing", async () => {
    const shown: Focus = { hasProfile: true, lastIntent: "show_skills" };
    const out = await plan("undo that", shown);
    expect(out.calls).toEqual([]);
    expect(out.says.map((s) => s.kind)).toEqual(["nothing_to_undo"]);
  });
});

it("'undo that, I never finished week 3' names what to take back: it is read as said, not refused", async () => {
  const shown: Focus = { hasProfile: true, topic: "roadmap", lastIntent: "create_roadmap", roadmapId: "r-1" };
  const out = await plan("undo that, I never finished week 3", shown);
  expect(out.says.map((s) => s.kind)).not.toContain("nothing_to_undo");
});

describe("corrections opened in any of the chat's languages", () => {
  it("'nein, es war Zalando' right after a status change moves it to Zalando", async () => {
    expect((await plan("nein, es war Zalando", JUST_MOVED)).calls).toEqual([
      { name: "update_application_status", args: { application: "Chegg", status: "interview" } },
      { name: "update_application_status", args: { application: "Zalando", status: "rejected" } },
    ]);
  });
});
