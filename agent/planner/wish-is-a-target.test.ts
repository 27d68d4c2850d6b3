/**
 * Found trying the widget as a warehouse supervisor: "i wanna be a logistcs coordinator" was
 * saved as a past job ("On your profile now — experience: i wanna be a logistcs coordinator")
 * and "am i a fit" then asked which job. A wish to be something names the target job; it is
 * never written to the profile as a role held.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

it.each([
  ["i wanna be a logistcs coordinator", /logist\w* coordinator/],
  ["i wanna be a logistics coordinator", /logistics coordinator/],
])("%s sets the target job and writes nothing", async (text, role) => {
  const p = await plan(text);
  expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job"]);
  expect(String(p.calls[0]!.args.text)).toMatch(role);
});

it("a role held is still an entry", async () => {
  const p = await plan("i worked as a logistics coordinator at DHL from 2019 to 2021");
  expect(p.calls.map((c) => c.name)).toEqual(["add_profile_entry"]);
});
