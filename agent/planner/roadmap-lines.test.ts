/**
 * One line of a roadmap week named by its place ("done with the first item of week 1") marked
 * the whole week (a new user's trial, issue 12, item 20). A position marks that line, in the
 * languages the chat reads; a week said alone is still the week. The messages are written here.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const focus = { hasProfile: true, analysisId: "a-1", roadmapId: "r-1", currentWeek: 3 };
const plan = async (text: string) =>
  (await understand(text, { focus, attachments: [], available: new Set(TOOL_NAMES) } as never)).calls;
const line = (week: number, n: number) => [{ name: "record_progress", args: { week, line: n } }];

it.each([
  ["done with the first item of week 1", 1, 1],
  ["item 3 of week 2 is done", 2, 3],
  ["i did the 2nd task in week 1", 1, 2],
  ["the last item in week 2 is finished", 2, -1],
  ["terminé el primer punto de la semana 1", 1, 1],
  ["j'ai fini la première tâche de la semaine 2", 2, 1],
  ["erste Aufgabe von Woche 1 erledigt", 1, 1],
  ["terminei o segundo item da semana 1", 1, 2],
])("%s marks that line only", async (text, week, n) => {
  expect(await plan(text)).toEqual(line(week, n));
});

it.each([
  ["ticked off item 2", 2],
  ["item two is done", 2],
  ["done with task 3", 3],
])("%s (no week said) is a line of the week in front of the person", async (text, n) => {
  expect(await plan(text)).toEqual(line(3, n));
});

it("a week said alone is still the whole week", async () => {
  expect(await plan("finished the first week")).toEqual([{ name: "record_progress", args: { week: 1 } }]);
  expect(await plan("week 2 is done")).toEqual([{ name: "record_progress", args: { week: 2 } }]);
});
