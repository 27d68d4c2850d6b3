/**
 * trial20 §2: after a job ad was read as the resume, "python, django and angular are not my
 * skills" ADDED them (the list read as skills said). Skills disowned are taken off: the ones on
 * the profile, named as saved; in English a skill the taxonomy knows is removed by name (the
 * tool says when it is not there). Sentences written for this test.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true }, ownSkills: ["Python", "Django", "Angular", "SQL"] });
const removed = async (text: string) =>
  (await plan(text)).calls.filter((c) => c.name === "remove_skill").map((c) => c.args.skill);

it.each([
  ["python, django and angular are not my skills", ["Angular", "Python", "Django"]],
  ["SQL isn't one of my skills", ["SQL"]],
  ["Python y Django no son mis habilidades", ["Python", "Django"]],
  ["Python und Django sind nicht meine Skills", ["Python", "Django"]],
  ["Angular et Django ne sont pas mes compétences", ["Angular", "Django"]],
  ["Python e SQL não são minhas habilidades", ["Python", "SQL"]],
])("%s takes them off and adds nothing", async (text, skills) => {
  const planned = await plan(text);
  expect(planned.calls.map((c) => c.name)).not.toContain("add_skill");
  expect((await removed(text)).sort()).toEqual([...skills].sort());
});

it("a skill called not the strongest is still added", async () => {
  const planned = await plan("add SQL, it's not my strongest skill but I use it");
  expect(planned.calls.map((c) => c.name)).toEqual(["add_skill"]);
});
