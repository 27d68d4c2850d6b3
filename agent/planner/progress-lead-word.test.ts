/**
 * Trial (issue 12): "and done" right after recording roadmap progress recorded an item called
 * "and". A word that joins the message on to the last one is never an item's name.
 */
import { expect, it } from "vitest";
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
const plan = (text: string) =>
  understand(text, { focus: AFTER_PROGRESS, attachments: [], available: new Set(TOOL_NAMES) });

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
