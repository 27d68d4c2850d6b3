/**
 * A background told by what the person did rather than by the job's title ("i drove delivery
 * trucks for 9 years", "taught kindergarten for 12 years") is saved with the job it names
 * (conv12o, a blind5 class: nothing was saved — "I couldn't tell which job you do" — or the verb
 * phrase itself became the title, "I've Cleaned Offices"). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { withJobsByVerb } from "./job-by-verb.ts";

const NEW_USER: Focus = { hasProfile: false };
const plan = plannerWith({ focus: NEW_USER, tracked: [], ownSkills: [] });

describe("a job told by a verb", () => {
  it.each([
    [
      "no cv here. i drove delivery trucks for 9 years and have a forklift cert",
      "Delivery Truck Driver",
      108,
    ],
    ["I've cleaned offices for 6 years, no resume though", "Office Cleaner", 72],
    ["dont have a resume, I taught kindergarten for 12 years", "Kindergarten Teacher", 144],
  ])("'%s' saves %s", async (text, title, months) => {
    const calls = (await plan(text)).calls;
    expect(calls[0]?.name).toBe("save_background");
    const roles = (calls[0]!.args as { roles: { title: string; months?: number }[] }).roles;
    expect(roles[0]).toMatchObject({ title, months });
  });

  it("a verb that is no trade, or a job already named, is left as said", () => {
    expect(withJobsByVerb("I managed a small warehouse team for 4 yrs")).toBe(
      "I managed a small warehouse team for 4 yrs",
    );
    expect(withJobsByVerb("i clean my room on sundays")).toBe("i clean my room on sundays");
    expect(withJobsByVerb("I was a nurse for 9 years")).toBe("I was a nurse for 9 years");
  });
});
