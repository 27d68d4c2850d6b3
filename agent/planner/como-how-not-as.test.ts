/**
 * "y como aprendo docker?" / "e como começo com kubernetes?" after a fit check ask how to learn
 * a gap ("como" is "how" before a verb of one's own), never set a target named "aprendo docker"
 * (conv12n). "y como analista de datos?" still asks about that role. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const ANALYSED: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "job-1",
  jobTitle: "Site Reliability Engineer",
  analysisId: "an-1",
  analysed: 1,
  verdict: "UNFIT",
  gaps: ["Kubernetes", "Terraform"],
  lastIntent: "analyze_fit",
};
const plan = plannerWith({ focus: ANALYSED });

describe("'como' before a verb of one's own is 'how'", () => {
  it.each(["y como aprendo terraform?", "e como começo com kubernetes?", "y como practico terraform"])(
    "'%s' sets no target",
    async (text) => {
      expect((await plan(text)).calls.map((c) => c.name)).not.toContain("set_dream_job");
    },
  );

  it("'y como técnico de soporte?' is still that role", async () => {
    expect((await plan("y como técnico de soporte?")).calls.map((c) => c.name)).toEqual([
      "set_dream_job",
      "analyze_fit",
    ]);
  });
});
