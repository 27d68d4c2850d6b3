/**
 * conv12q (blind7 classes; ads written for this test): a short ad pasted on one line, or with the
 * person's own line under it, is the target (analysed when that line asks for the fit). It was
 * logged as an application to a company called "Schedule" or read as a fit check with no job.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const focus: Focus = { hasProfile: true };
const plan = plannerWith({ focus, tracked: [] });
const names = async (text: string) => (await plan(text)).calls.map((c) => c.name);

const AD =
  "Now hiring: Dental Office Manager. Run the front desk, handle insurance claims and scheduling. 2+ years in a dental office required. Full time, Mon-Fri.";

describe("an ad fragment as the target", () => {
  it("on one line, with no words of the person's own", async () => {
    const text =
      "Warehouse Supervisor – Dayton, OH. Lead a crew of 12 on second shift, run cycle counts in our WMS. Req: 3+ yrs warehouse, forklift cert a plus. $48-55k";
    expect((await plan(text)).calls).toEqual([{ name: "set_dream_job", args: { text } }]);
  });
  it("with 'that's the one i want' under it: the ad is set, not analysed", async () => {
    expect((await plan(`${AD}\nthat's the one i want`)).calls).toEqual([
      { name: "set_dream_job", args: { text: AD } },
    ]);
  });
  it("with a fit question under it: set and analysed", async () => {
    expect(await names(`${AD}\ncan you check if i fit this one?`)).toEqual(["set_dream_job", "analyze_fit"]);
  });
  it("a wish with pay and years in the person's own words is no ad", async () => {
    expect(
      await names("I want a remote data analyst job around $70-80k, 2+ years in, full time"),
    ).not.toContain("add_application");
  });
});
