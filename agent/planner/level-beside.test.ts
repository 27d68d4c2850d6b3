/**
 * Found trying the chat in Portuguese (lead26): "tenho excel avançado e sql básico" added Excel,
 * a skill named "E" and SQL, all advanced; English "i have advanced excel and basic sql" also
 * added both at advanced, and French "j'ai …" added skills named "j" and "ai". Each skill gets the
 * level said beside it. Messages written for this test.
 */
import { expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

const edits = async (text: string) =>
  (await planText(text, { topic: "job" })).calls.map((c) => [
    String(c.args.skill).toLowerCase(),
    c.args.proficiency,
  ]);

it.each([
  "tenho excel avançado e sql básico",
  "tengo excel avanzado y sql básico",
  "j'ai excel avancé et sql débutant",
  "ich habe excel fortgeschritten und sql grundkenntnisse",
  "i have advanced excel and basic sql",
])("'%s' adds Excel as advanced and SQL as beginner, nothing else", async (text) => {
  expect(await edits(text)).toEqual([
    ["excel", "advanced"],
    ["sql", "beginner"],
  ]);
});

it("a level said once for the list still holds for every skill", async () => {
  expect(await edits("python and sql, both advanced")).toEqual([
    ["python", "advanced"],
    ["sql", "advanced"],
  ]);
  expect(await edits("i know AI and R")).toEqual([
    ["ai", undefined],
    ["r", undefined],
  ]);
});
