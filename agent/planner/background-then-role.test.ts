/**
 * conv19u: a background told, then a title asked alone ("… . school nurse?"), is background +
 * target by the message's structure, whichever of the two the intent model reads the whole as
 * (the lead's background-only training lines moved such a message to add_profile_entry and the
 * title was lost). Own sentences, none a dev or blind line.
 */
import { describe, expect, it } from "vitest";
import { PROFILE_ONLY, planContext, planText } from "../../test-support/planner-turn.ts";
import { backgroundThenRoleAsked } from "./background-then-role.ts";
import { call } from "./types.ts";

describe("the model's background reading of a story then a title asked", () => {
  const story = "forklift driver 11 yrs, back is gone. warehouse supervisor?";
  it("sets the title asked alone on a loaded profile", async () => {
    const read = [{ calls: [call("add_profile_entry", { kind: "experience", text: story })] }];
    const out = await backgroundThenRoleAsked(
      read,
      story,
      planContext(PROFILE_ONLY, { ownSkills: ["Forklift"] }),
    );
    expect(out.flatMap((o) => o.calls)).toEqual([call("set_dream_job", { text: "warehouse supervisor" })]);
  });
  it("keeps the story, without the question, beside the target on an empty profile", async () => {
    const read = [{ calls: [call("add_profile_entry", { kind: "experience", text: story })] }];
    const out = await backgroundThenRoleAsked(read, story, planContext({}, { ownSkills: [] }));
    expect(out.flatMap((o) => o.calls)).toEqual([
      call("add_profile_entry", { kind: "experience", text: "forklift driver 11 yrs, back is gone." }),
      call("set_dream_job", { text: "warehouse supervisor" }),
    ]);
  });
  it("leaves an entry that asks no title alone", async () => {
    const text = "forklift driver 11 yrs, back is gone.";
    const read = [{ calls: [call("add_profile_entry", { kind: "experience", text })] }];
    expect(await backgroundThenRoleAsked(read, text, planContext(PROFILE_ONLY))).toEqual(read);
  });
});

describe("in the planner", () => {
  it("a loaded profile: the target alone", async () => {
    const plan = await planText("nurse 20 years, burnt out. school nurse?", PROFILE_ONLY, {
      ownSkills: ["Triage"],
    });
    expect(plan.calls).toEqual([call("set_dream_job", { text: "school nurse" })]);
  });
  it("an empty profile: the background saved and the target set, nothing asked back", async () => {
    const plan = await planText("nurse 20 years, burnt out. school nurse?", {}, { ownSkills: [] });
    expect(plan.calls.map((c) => c.name)).toEqual(["save_background", "set_dream_job"]);
    expect(plan.calls[1]?.args).toEqual({ text: "school nurse" });
    expect(plan.says.some((s) => s.kind === "clarify")).toBe(false);
  });
});
