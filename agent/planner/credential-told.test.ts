/**
 * A background told without a resume (conv12n, a class of blind3/blind4's misses): years said
 * before the job in English ("5 yrs housekeeping supervisor at a hotel") save the job, and a
 * licence held since a year that the resume may lack is added to the profile, not taken for a
 * job said in passing. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: false }, ownSkills: [] });

describe("a background told in words", () => {
  it.each([
    ["no cv on me - 4 yrs warehouse picker, 2 yrs cashier before that", "Warehouse Picker", 48],
    ["haven't made a resume, did 3 years as a barista then 1 as shift lead", "Barista", 36],
  ])("'%s' saves %s", async (text, title, months) => {
    const p = await plan(text);
    expect(p.calls[0]?.name).toBe("save_background");
    expect(p.calls[0]?.args.roles).toEqual([{ title, months, current: true }]);
  });

  it("years of a skill name no job", async () => {
    const p = await plan("no resume, 3 years of excel");
    expect(p.calls.map((c) => c.name)).not.toContain("save_background");
  });

  it.each([
    "I'm a licensed plumber in Leeds since 2016, not sure that's in my cv",
    "i'm a certified welder, it's missing from my resume",
  ])("'%s' is a credential to add, not a job said in passing", async (text) => {
    // Which request it is, is the intent model's reading (trained); it is never the
    // "good to know, you work as …" acknowledgement that saves nothing.
    const p = await plan(text);
    expect(p.says.map((s) => s.kind)).not.toContain("current_role");
  });
});
