/**
 * trial17 §1 leftover (d): after the target was misread, the protest "no! I said part-time
 * career advisor, not parts salesperson" set the old title again with the protest glued on
 * ("Parts Salespersons, part-time career advisor, not parts salesperson"). The role said is the
 * target, the kind of employment a preference, and the role refused no part of either.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const MISREAD: Focus = {
  hasProfile: true,
  topic: "job",
  jobId: "j1",
  jobTitle: "Parts Salespersons",
  lastIntent: "set_dream_job",
};
const planned = async (text: string) => {
  const { calls } = await planText(text, MISREAD);
  return {
    target: calls.find((c) => c.name === "set_dream_job")?.args.text as string | undefined,
    employment: calls.find((c) => c.name === "set_preferences")?.args.employment,
  };
};

describe("a protest naming the role meant", () => {
  it("'no! I said part-time guidance counsellor, not parts salesperson': the counsellor, part-time", async () => {
    const { target, employment } = await planned(
      "no! I said part-time guidance counsellor, not parts salesperson",
    );
    expect(target).toMatch(/guidance counsellor/i);
    expect(target).not.toMatch(/parts|salesperson|part-time/i);
    expect(employment).toEqual(["part_time"]);
  }, 60_000);

  it("'no, I said library assistant, not parts salesperson': the assistant alone", async () => {
    const { target } = await planned("no, I said library assistant, not parts salesperson");
    expect(target).toMatch(/library assistant/i);
    expect(target).not.toMatch(/parts|salesperson/i);
  }, 60_000);

  it("'no, I meant part-time' keeps the target and saves the preference", async () => {
    const { target, employment } = await planned("no, I meant part-time");
    expect(target).toBeUndefined();
    expect(employment).toEqual(["part_time"]);
  }, 60_000);
});
