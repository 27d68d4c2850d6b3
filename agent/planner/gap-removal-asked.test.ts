/**
 * trial18 §10, trial19 §5: "remove Data Analysis from my gaps" answered "Data Analysis wasn't on
 * your profile, so nothing changed" — a request about the job's asks read as removing a skill.
 * It is a requirement disputed (the answer offers a real ad instead of the typical asks); a
 * removal from the skills list stays a removal.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const GAPS_SHOWN: Focus = {
  hasProfile: true,
  topic: "analysis",
  analysisId: "a1",
  jobId: "j1",
  jobTitle: "User Experience Researcher",
  lastIntent: "gap_list",
  gaps: ["User Research", "Usability Testing", "Data Analysis"],
};

describe("a gap asked to be removed", () => {
  it.each([
    "remove Data Analysis from my gaps",
    "remove CRM from gaps",
    "quita Data Analysis de mis brechas",
    "enlève Data Analysis de mes lacunes",
  ])(
    "%s: the requirement disputed, no skill removed",
    async (text) => {
      const plan = await planText(text, GAPS_SHOWN);
      expect(plan.calls.map((c) => c.name)).not.toContain("remove_skill");
      expect(plan.says).toContainEqual(
        expect.objectContaining({ kind: "advice", detail: "requirement_disputed" }),
      );
    },
    60_000,
  );

  it("a removal from the skills list stays one (guard)", async () => {
    const plan = await planText("remove Data Analysis from my skills", GAPS_SHOWN);
    expect(plan.calls).toContainEqual({ name: "remove_skill", args: { skill: "Data Analysis" } });
  }, 60_000);
});
