/**
 * A long story that ends by asking the fit for a role it names: the role asked about is set as
 * the target and the fit checked — not the job held before set as the target, nor a wish saved
 * as an experience (conv12o, a blind5 class). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const WITH_RESUME: Focus = { hasProfile: true };
const plan = plannerWith({ focus: WITH_RESUME, tracked: [] });

describe("a fit asked at the end of a story", () => {
  it.each([
    [
      "ok bear with me. I was a dental hygienist for 9 years, hurt my wrist, spent a year doing nothing much, and now I'm thinking maybe insurance or admin. would I be a fit for a medical billing specialist job?",
      "medical billing specialist",
    ],
    [
      "so I managed a gym front desk for 6 years, then moved countries and raised two kids, and honestly I'm not sure what I want anymore. could I be qualified for an HR assistant role",
      "HR assistant",
    ],
  ])("sets the role asked about and checks the fit", async (text, role) => {
    expect((await plan(text)).calls).toEqual([
      { name: "set_dream_job", args: { text: role } },
      { name: "analyze_fit", args: {} },
    ]);
  });
});

describe("whether a kind of work is within reach", () => {
  it.each([
    [
      "I'm 58, former nurse, looking for part time medical receptionist work. is that doable?",
      "medical receptionist",
    ],
    [
      "retired postal worker here, I want some library assistant work, is that realistic at my age",
      "library assistant",
    ],
  ])("'%s' sets that work as the target and checks the fit", async (text, role) => {
    expect((await plan(text)).calls).toEqual([
      { name: "set_dream_job", args: { text: role } },
      { name: "analyze_fit", args: {} },
    ]);
  });
});
