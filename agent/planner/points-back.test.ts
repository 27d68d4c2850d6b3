/**
 * A message with an entry and then "add it anyway" is one request: the last piece points
 * back at the entry. It was planned as a second request and stored a skill named "it anyway".
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

it("'add it anyway' after an entry adds the entry only", async () => {
  const plan = await understand(
    "worked as a waiter at a diner for 3 years in high school. not sure it counts. add it anyway",
    { focus: { hasProfile: true }, attachments: [], available: new Set(TOOL_NAMES) },
  );
  expect(plan.calls.map((c) => c.name)).toEqual(["add_profile_entry"]);
});
