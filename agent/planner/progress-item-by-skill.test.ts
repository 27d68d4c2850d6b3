/**
 * A roadmap item said done by the skill it teaches, in any of the chat's languages ("done with
 * the jenkins stuff", "acabei o módulo de git") is recorded for that skill, not asked back
 * "Which part did you finish?" (conv12n: a class of blind3/blind4's misses). Messages written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { ROADMAP_PLANS } from "./plans/roadmap-plans.ts";
import { toSegment } from "./reading.ts";
import type { PlanContext } from "./types.ts";

const PLANNED: Focus = {
  hasProfile: true,
  topic: "roadmap",
  jobId: "job-1",
  analysisId: "an-1",
  roadmapId: "rm-1",
  lastIntent: "create_roadmap",
};
const context: PlanContext = { focus: PLANNED, attachments: [], available: new Set(TOOL_NAMES) };
const recorded = (text: string) => ROADMAP_PLANS.record_progress!(toSegment(text), context).calls;

describe("a roadmap item said done by its skill", () => {
  it.each([
    ["ok i'm through with the kubernetes material", "kubernetes"],
    ["wrapped up the terraform stuff", "terraform"],
    ["acabei o módulo de git", "git"],
    ["ya terminé lo de docker", "docker"],
    ["bin mit Jenkins durch", "Jenkins"],
  ])("'%s' records %s", (text, skill) => {
    expect(recorded(text)).toEqual([{ name: "record_progress", args: { item: skill } }]);
  });

  it("a message naming no item and no skill is still asked which part", () => {
    expect(recorded("i finished some of it")).toEqual([]);
  });
});
