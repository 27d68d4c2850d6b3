/**
 * Trial (widget, issue 12): after "Which job should I compare you to?", "wat skils am i
 * misssing" was taken as the job ("I could not match … to a known role"). While a job is
 * awaited, a message that is a request of its own is not swallowed as the job: a question
 * that needs the job asks for it again, a request the model is sure of runs, and a role the
 * role data knows is the job even when its words read as something else.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true, awaiting: "job" } });

it.each(["wat skils am i misssing", "what am i missing", "why am i unfit"])(
  "%s asks for the job again and sets no role",
  async (text) => {
    const p = await plan(text);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => s.kind)).toEqual(["ask_job"]);
    expect(p.awaiting).toBe("job");
  },
);

it("a request of its own runs", async () => {
  expect((await plan("show my skills")).calls.map((c) => c.name)).toEqual(["show_skills"]);
});

it.each(["data analyst", "java developer", "logistcs coordinator", "product manager at a fintech, remote"])(
  "%s is the job",
  async (text) => {
    const p = await plan(text);
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
    expect(p.calls[0]!.args.text).toBe(text);
  },
);
