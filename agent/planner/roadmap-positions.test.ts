/**
 * The current week's items are kept in the dialogue state, in order, so "mark the second
 * one done" and "did the first two items" reach those items (issue 12: they were asked
 * back, or read as an item called "second one"). The focus comes from the same focusAfter
 * the planner applies to a roadmap result. A position names that line of the week, as the
 * card numbers it (week + line), not every week of the item: "done with the first item of
 * week 1" marked the whole week, and a name marks the item (issue 12 trial).
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { type Focus, mergeFocus } from "../graph/focus.ts";
import { focusAfter } from "./dialogue.ts";

const shown = {
  roadmapId: "r-1",
  done: 0,
  total: 6,
  currentWeek: { week: 1, title: "Basics", items: ["SQL", "Tableau", "Statistics"] },
};
const focus: Focus = mergeFocus(
  { hasProfile: true, roadmapId: "r-1", analysisId: "a-1", lastIntent: "show_roadmap" },
  focusAfter("show_roadmap", shown, {}) as never,
);
const plan = plannerWith({ focus });

it("'mark the second one done' marks the week's second item", async () => {
  expect((await plan("mark the second one done")).calls).toEqual([
    { name: "record_progress", args: { week: 1, line: 2 } },
  ]);
});

it("'finished the first two tasks, the last one not yet' marks the first two", async () => {
  expect((await plan("finished the first two tasks, the last one not yet")).calls).toEqual([
    { name: "record_progress", args: { week: 1, line: 1 } },
    { name: "record_progress", args: { week: 1, line: 2 } },
  ]);
});

it("a named week still wins over positions", async () => {
  expect((await plan("the second week is done")).calls).toEqual([
    { name: "record_progress", args: { week: 2 } },
  ]);
});

// intents12e's held-out turns: "semana 1 feita" was read as progress but asked "Which part did you
// finish?": the week was only found when named in English.
it.each([
  ["semana 1 feita", 1],
  ["terminé la semana 2", 2],
  ["j'ai fini la semaine 3", 3],
  ["Woche 2 ist erledigt", 2],
])("%s marks that week", async (text, week) => {
  expect((await plan(text)).calls).toEqual([{ name: "record_progress", args: { week } }]);
});
