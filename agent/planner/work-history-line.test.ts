/**
 * A bare line of work history is an experience entry (chat-behaviours-trial12p's "bank teller at
 * Chase" was read as a fit check by model f4685d96). Lines written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

describe("a bare line of work history", () => {
  it.each(["bank teller at Chase", "forklift driver at Amazon 2018-2022", "I was a barista at Blue Bottle"])(
    "%s is an experience entry",
    async (text) => {
      expect((await plan(text)).calls[0]).toMatchObject({
        name: "add_profile_entry",
        args: { kind: "experience" },
      });
    },
  );
  it.each([
    "is a data analyst at Google paid well?",
    "check my fit at Google",
    "my dream job is product manager at Spotify",
    "passed the phone screen at Vantora",
  ])("%s is not", async (text) => {
    expect((await plan(text)).calls.map((c) => c.name)).not.toContain("add_profile_entry");
  });
});
