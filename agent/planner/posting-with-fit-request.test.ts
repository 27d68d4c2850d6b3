/**
 * Found trying Discord as an accountant: "can you check me against this job?" above a pasted
 * posting only set the target ('Ask "am I a fit?" when you're ready'), ignoring the request.
 * The person's own line above a posting is read by the intent model: a fit check in any
 * words analyses too; a posting pasted alone (its first line its title) only sets the target.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

// A posting written for this test.
const POSTING = `Payroll Specialist — Brightwater Health Trust, Bristol (hybrid)
Salary: £31,000 - £35,000 per annum
Requirements:
- 2+ years running monthly payroll for 500+ employees
- Strong Excel and a payroll system such as Sage or ADP
- Knowledge of PAYE, pensions auto-enrolment and statutory pay`;

const plan = plannerWith({ focus: { hasProfile: true } });

it.each(["can you check me against this job?", "would I get this one?"])(
  "'%s' above a posting sets it as the target and analyses",
  async (framing) => {
    const p = await plan(`${framing}\n${POSTING}`);
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
  },
);

it("a posting pasted alone only sets the target", async () => {
  const p = await plan(POSTING);
  expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job"]);
});
