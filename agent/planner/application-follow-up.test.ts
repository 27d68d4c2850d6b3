/**
 * Found trying the chat as a student (issue 12): right after listing applications, "what about
 * Amazon" (tracked) and "what about Tesla" (not tracked) were both asked back with three generic
 * choices. Messages written for this test, planned by the real planner.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const tracked = ["Google", "Amazon"];
const listed: Focus = {
  hasProfile: true,
  lastIntent: "list_applications",
  topic: "application",
  applications: tracked,
};
const plan = plannerWith({ tracked });

it.each([
  ["what about Amazon", "Amazon"],
  ["what about amazon?", "Amazon"],
  ["how about the Tesla one", "Tesla"],
  ["and Tesla?", "Tesla"],
])("'%s' after the list shows %s's application (or says none is tracked)", async (text, company) => {
  expect((await plan(text, listed)).calls).toEqual([{ name: "list_applications", args: { company } }]);
});

it("a day is not a company, and after logging one 'and Spotify' is not a question about it", async () => {
  const p = await plan("what about Friday?", listed);
  expect(p.calls.find((c) => c.name === "list_applications" && c.args.company)).toBeUndefined();
  const logged: Focus = {
    ...listed,
    lastIntent: "add_application",
    application: { company: "Google", position: "SWE intern", status: "applied" },
  };
  const and = await plan("and Spotify", logged);
  expect(and.calls.map((c) => c.name)).not.toContain("list_applications");
});
