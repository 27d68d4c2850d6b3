/**
 * A message with an entry and then "add it anyway" is one request: the last piece points
 * back at the entry. It was planned as a second request and stored a skill named "it anyway".
 * Likewise a piece saying what the person did is the reason for the request beside it.
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

it("'I updated my skills' next to 'run it again?' is the reason, not a request to see them", async () => {
  const plan = await understand("could you run the analysis again? I updated my skills", {
    focus: { hasProfile: true, jobId: "job-1", analysisId: "analysis-1", analysed: 1, topic: "analysis" },
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  expect(plan.calls.map((c) => c.name)).not.toContain("show_skills");
  expect(plan.calls.length).toBeGreaterThan(0);
});
