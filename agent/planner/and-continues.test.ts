/**
 * "and week 2" right after "finished week 1" is more progress (issue 12, outside dialogues):
 * the model, reading the message alone, was sure it meant "show week 2" and the last
 * request was not continued. A few words that ask nothing of their own continue it; a
 * request of its own ("and show my roadmap") does not.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const AFTER_PROGRESS: Focus = {
  hasProfile: true,
  jobId: "job-1",
  jobTitle: "Data Analyst",
  roadmapId: "r-1",
  topic: "roadmap",
  lastIntent: "record_progress",
  week: 1,
  currentWeek: 2,
};
const plan = plannerWith({ focus: AFTER_PROGRESS });

it.each([
  ["and week 2", 2],
  ["and week three too", 3],
])("%s after recording progress records that week", async (text, week) => {
  expect((await plan(text)).calls).toEqual([{ name: "record_progress", args: { week } }]);
});

it("a request of its own after the lead word is that request", async () => {
  expect((await plan("and show my roadmap")).calls.map((c) => c.name)).toEqual(["show_roadmap"]);
});

it.each(["and thanks!", "also bye", "and never mind"])(
  "%s after adding a skill closes, not asks which skill",
  async (text) => {
    const p = await understand(text, {
      focus: { hasProfile: true, lastIntent: "add_skill", skill: "Python" },
      attachments: [],
      available: new Set(TOOL_NAMES),
    });
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => s.kind)).not.toContain("ask_skill");
  },
);

// Trial (issue 12): "and done" after recording progress recorded an item called "and". A word
// that joins the message on to the last one is never an item's name.
it.each(["and done", "and finished", "also done"])(
  "%s records no item named by the lead word",
  async (text) => {
    const items = (await plan(text)).calls.map((c) => String(c.args.item ?? ""));
    expect(items.filter((i) => /^(?:and|also)\b/i.test(i))).toEqual([]);
  },
);

it.each([
  ["also the SQL part is done", "SQL part"],
  ["and done with the Tableau course", "Tableau"],
])("%s names the item without the lead words", async (text, item) => {
  expect((await plan(text)).calls).toEqual([{ name: "record_progress", args: { item } }]);
});

// Trial (Teams, issue 12): after logging an application, "and Stripe as a backend engineer"
// read as a new target job (the model alone is sure of set_dream_job). Names after "and" with
// nothing said about anyone are the next application; news about one is a status change.
describe("after logging an application", () => {
  const AFTER_APPLICATION: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "add_application",
    application: { company: "Notion", position: "Product Manager", status: "applied" },
  };
  const planned = (text: string) =>
    understand(text, { focus: AFTER_APPLICATION, attachments: [], available: new Set(TOOL_NAMES) });

  it.each([
    ["and Stripe as a backend engineer", "Stripe", /backend engineer/i],
    ["and Monzo for a data analyst role", "Monzo", /data analyst/i],
  ])("%s logs another application", async (text, company, position) => {
    const p = await planned(text);
    expect(p.calls.map((c) => c.name)).toEqual(["add_application"]);
    expect(p.calls[0]!.args.company).toBe(company);
    expect(String(p.calls[0]!.args.position)).toMatch(position);
  });

  it.each([
    ["and Stripe rejected me", "rejected"],
    ["and Stripe ghosted", "ghosted"],
  ])("%s is news about Stripe, not another application", async (text, status) => {
    expect((await planned(text)).calls).toEqual([
      { name: "update_application_status", args: { application: "Stripe", status } },
    ]);
  });
});
