/**
 * Applications typed in texting style (issue 12, lead21): "2" for "to", "4" for "for", chat
 * words inside the role ("… lol desperate times"), and a count of applications that is no
 * company ("applied to 2 jobs today" logged a company named "2"). Messages written for this test.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const plan = (text: string) =>
  understand(text, { focus: { hasProfile: true }, attachments: [], available: new Set(TOOL_NAMES) });

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
