/**
 * A level said after a list of skills is how well, not one more skill: "I know Python,
 * SQL and Tableau, advanced" once stored a skill named "advanced".
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: {} });

describe("a level after a list of skills", () => {
  it.each([
    ["I know Python, SQL and Tableau, advanced", ["Python", "SQL", "Tableau"]],
    ["I know Python and SQL, both advanced", ["Python", "SQL"]],
  ])("%s", async (text, skills) => {
    const calls = (await plan(text)).calls;
    expect(calls.map((c) => c.name)).toEqual(skills.map(() => "add_skill"));
    expect(calls.map((c) => (c.args as { skill: string }).skill)).toEqual(skills);
    for (const c of calls) expect((c.args as { proficiency?: string }).proficiency).toBe("advanced");
  });
});
