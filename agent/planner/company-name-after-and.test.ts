/**
 * Found trying Discord as an accountant: after logging an application, "and Albion Water as
 * a Finance Business Partner yesterday" was tracked as "Albion" (the first capitalised word).
 * A company named without "to/at/with" keeps its whole capitalised name.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const afterLogging = {
  hasProfile: true,
  topic: "application" as const,
  lastIntent: "add_application",
  application: { company: "Kestrel Insurance", position: "FP&A Analyst", status: "applied" },
};

it("'and Albion Water as a …' tracks Albion Water", async () => {
  const p = await understand("and Albion Water as a Finance Business Partner yesterday", {
    focus: afterLogging,
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  expect(p.calls).toEqual([
    {
      name: "add_application",
      args: { company: "Albion Water", position: "Finance Business Partner", appliedOn: "yesterday" },
    },
  ]);
});
