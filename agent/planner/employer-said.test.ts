/**
 * trial16 leftover / trial17 §7: "i work at Google" saved "Google" as a skill; "I work at Greggs
 * now actually" set a target; "je travaille chez Deloitte depuis 2 ans" was refused. An employer
 * said with no title is asked about (what they do there), nothing saved.
 */
import { describe, expect, it } from "vitest";
import { PROFILE_ONLY, planText } from "../../test-support/planner-turn.ts";
import { sayText } from "./replies-say.ts";

const SAVING = ["add_skill", "set_dream_job", "save_background", "add_profile_entry", "analyze_fit"];

describe("an employer said with no job title", () => {
  it.each([
    ["i work at Google", "Google"],
    ["I work at Greggs now actually", "Greggs"],
    ["je travaille chez Deloitte depuis 2 ans aussi", "Deloitte"],
    ["trabajo en Mercadona desde hace 3 años", "Mercadona"],
    ["ich arbeite jetzt bei Siemens", "Siemens"],
    ["I'm working for Acme Logistics these days", "Acme Logistics"],
  ])(
    "%s: asks the job there, saves nothing",
    async (message, company) => {
      for (const focus of [{}, PROFILE_ONLY]) {
        const plan = await planText(message, focus, { ownSkills: ["Excel"] });
        expect(plan.calls.map((c) => c.name).filter((n) => SAVING.includes(n))).toEqual([]);
        const asked = plan.says.find((s) => s.kind === "ask_role_at_employer");
        expect(asked?.detail).toBe(company);
        expect(sayText(asked!, focus, "x")).toContain(`work at ${company}`);
      }
    },
    120_000,
  );

  it("a job with its employer is still a job, and 'work from home' no employer", async () => {
    const withRole = await planText("I work as a baker at Greggs", PROFILE_ONLY);
    expect(withRole.says.some((s) => s.kind === "ask_role_at_employer")).toBe(false);
    const home = await planText("i work from home", PROFILE_ONLY);
    expect(home.says.some((s) => s.kind === "ask_role_at_employer")).toBe(false);
    const night = await planText("I work at night", PROFILE_ONLY);
    expect(night.says.some((s) => s.kind === "ask_role_at_employer")).toBe(false);
  }, 60_000);
});
