/**
 * Found by another engineer: a status change or removal naming a tracked company in lower
 * case ("google said no", "delete the meta app pls") asked "which application?" although the
 * person tracks it. The message's words are matched against their own tracked companies.
 */
import { expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

const tracked = ["Amazon", "Google", "Zomato", "Meta", "Infosys", "Goldman Sachs"];
const plan = (text: string, own: string[] = tracked) =>
  planText(text, { hasProfile: true }, { tracked: own });

it.each([
  ["amazon wants to interview me", "Amazon"],
  ["google said no", "Google"],
  ["i didn't get the zomato job", "Zomato"],
  ["goldman sachs rejected me", "Goldman Sachs"],
])("%s moves the tracked application", async (text, company) => {
  const [call] = (await plan(text)).calls;
  expect(call?.name).toBe("update_application_status");
  expect(call?.args).toMatchObject({ application: company });
});

it.each([
  ["delete the meta app pls", "Meta"],
  ["remove infosys from my applications", "Infosys"],
])("%s removes the tracked application", async (text, company) => {
  const [call] = (await plan(text)).calls;
  expect(call).toMatchObject({ name: "delete_application", args: { application: company } });
});

it("matches whole words only: 'metadata' is not Meta", async () => {
  const { trackedIn } = await import("./slot-words.ts");
  expect(trackedIn("delete my metadata app", ["Meta"])).toBeUndefined();
  expect(trackedIn("delete the meta app", ["Meta"])).toBe("Meta");
  expect(trackedIn("they rejected my application", ["Application", "They"])).toBeUndefined();
});
