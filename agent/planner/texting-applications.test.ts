/**
 * Applications typed in texting style (issue 12, lead21): "2" for "to", "4" for "for", chat
 * words inside the role ("… lol desperate times"), and a count of applications that is no
 * company ("applied to 2 jobs today" logged a company named "2"). Messages written for this test.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

it.each([
  ["applied 2 trader joes for crew member", "trader joes", "crew member"],
  ["applied 4 a barista job at Starbucks", "Starbucks", "barista"],
  ["applied to ikea for warehouse associate lol send help", "ikea", "warehouse associate"],
  ["sent my resume to Boots for pharmacy assistant haha fingers crossed", "Boots", "pharmacy assistant"],
])("'%s' logs %s, %s", async (text, company, position) => {
  expect((await plan(text)).calls).toEqual([{ name: "add_application", args: { company, position } }]);
});

it.each([["applied to 3 jobs today"], ["applied 2 places this morning"]])(
  "'%s' is a count, not a company: it asks which",
  async (text) => {
    const p = await plan(text);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => s.kind)).toContain("ask_application");
  },
);

it("a count then a colon and the list logs each item, with the role in brackets", async () => {
  expect(
    (await plan("applied to 3 roles this week: Acme (data), Globex (ml engineer), Initech (support)")).calls,
  ).toEqual([
    { name: "add_application", args: { company: "Acme", position: "data" } },
    { name: "add_application", args: { company: "Globex", position: "ml engineer" } },
    { name: "add_application", args: { company: "Initech", position: "support" } },
  ]);
});

it("each application of a list keeps its own day and the role said before", async () => {
  expect(
    (
      await plan(
        "I applied to Hilltop Schools for school counselor on monday and to Pine Valley Services last week",
      )
    ).calls,
  ).toEqual([
    {
      name: "add_application",
      args: { company: "Hilltop Schools", position: "school counselor", appliedOn: "on monday" },
    },
    {
      name: "add_application",
      args: { company: "Pine Valley Services", position: "school counselor", appliedOn: "last week" },
    },
  ]);
});
