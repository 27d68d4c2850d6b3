/**
 * Skill levels said loosely (issue 12, lead21): "set my skill level for SEO to expert" made a
 * skill named "skill level for SEO"; German "fortgeschritten" is advanced, not intermediate.
 * Messages written for this test.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

it.each([
  ["set my skill level for SEO to expert", "SEO", "expert"],
  ["change the level of excel to advanced", "excel", "advanced"],
  ["update my proficiency in Figma to beginner", "Figma", "beginner"],
])("'%s' sets %s to %s", async (text, skill, proficiency) => {
  expect((await plan(text)).calls).toEqual([{ name: "update_skill", args: { skill, proficiency } }]);
});

it("'ich bin in Excel inzwischen fortgeschritten' is advanced", async () => {
  const calls = (await plan("ich bin in Excel inzwischen fortgeschritten")).calls;
  expect(calls[0]?.args).toMatchObject({ skill: "Excel", proficiency: "advanced" });
});
