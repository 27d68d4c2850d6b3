/**
 * Leading a team said in five languages is saved as team management and leadership (lead's
 * new-user trial 2026-12-06e, item 6: a cook's "llevo un equipo de 5 personas" was read as asking
 * to talk to a person). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true }, ownSkills: [] });

describe("a team led, said in the chat's languages", () => {
  it.each([
    "llevo un equipo de 5 personas",
    "en el restaurante dirijo una brigada de 6 cocineros",
    "je gère une équipe de 8 personnes",
    "ich leite ein Team von 6 Leuten",
    "coordeno uma equipe de 4 pessoas na cozinha",
    "I run a small crew of 4 people on weekends",
  ])("'%s' saves team management and leadership", async (text) => {
    const p = await plan(text);
    expect(p.calls.map((c) => [c.name, c.args.skill])).toEqual([
      ["add_skill", "Team Management"],
      ["add_skill", "Leadership"],
    ]);
  });

  it.each(["my manager leads a team of 5", "do you lead a team?", "llevo 7 años en cocina"])(
    "'%s' saves no team skill",
    async (text) => {
      const p = await plan(text);
      expect(p.calls.map((c) => c.args.skill)).not.toContain("Team Management");
    },
  );
});
