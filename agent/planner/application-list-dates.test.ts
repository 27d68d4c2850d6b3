/**
 * New-user trial 2026-12-06: "log: applied to <A> enterprise AE on 12/1, <B> enterprise AE on
 * 12/2, <C> AE on 12/3" became ONE record ("<B> enterprise AE on" at <A>); the other two were
 * never logged, and a later offer from <B> landed on <A>. Each item is its own application,
 * with its own role and date. Messages written for this test.
 */
import { expect, it } from "vitest";
import { planContext } from "../../test-support/planner-turn.ts";
import { understand } from "./understand.ts";

const ctx = planContext({ hasProfile: true });
const logged = async (text: string) =>
  (await understand(text, ctx)).calls.filter((c) => c.name === "add_application").map((c) => c.args);

it("logs each item of a list with its own role and date", async () => {
  expect(
    await logged(
      "log: applied to Lattice enterprise AE on 11/3, Brex mid-market AE on 11/4, Ramp SDR on 11/5",
    ),
  ).toEqual([
    { company: "Lattice", position: "enterprise AE", appliedOn: "11/3" },
    { company: "Brex", position: "mid-market AE", appliedOn: "11/4" },
    { company: "Ramp", position: "SDR", appliedOn: "11/5" },
  ]);
  expect(await logged("applied to Asana on nov 2 and to Miro on nov 6")).toEqual([
    expect.objectContaining({ company: "Asana", appliedOn: "nov 2" }),
    expect.objectContaining({ company: "Miro", appliedOn: "nov 6" }),
  ]);
  // A name with a joining word stays whole.
  expect(
    (await logged("applied to Bank of Hawaii and Wells Fargo, both for teller")).map((a) => a.company),
  ).toEqual(["Bank of Hawaii", "Wells Fargo"]);
});
