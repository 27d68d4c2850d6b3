/**
 * Found trying the product as a staff accountant: she pasted a Senior Accountant posting,
 * then asked "am I a fit for this senior accountant job?". The role words were read as a
 * new described target, so the posting (its pay range, remote, its requirements) was
 * replaced by the generic Accountant profile and salary/location went unscored. A role that
 * names the job in focus ("this … job", or its own title) analyses that job.
 */
import { describe, expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import type { PlanContext } from "./types.ts";
import { understand } from "./understand.ts";

const withJob = (jobTitle: string): PlanContext => ({
  focus: { hasProfile: true, jobId: "job-1", jobTitle, topic: "job" as const },
  attachments: [],
  available: new Set(TOOL_NAMES),
});
const names = async (text: string, ctx: PlanContext) =>
  (await understand(text, ctx)).calls.map((c) => c.name);

describe("asking for fit with the job in focus named", () => {
  it("analyses the posting in focus when the message points at it or names its title", async () => {
    for (const text of [
      "am I a fit for this senior accountant job?",
      "Am I a good fit for the Senior Accountant role?",
      "am i qualified for senior accountant",
      "would I be a good fit for that position as senior accountant?",
    ])
      expect(await names(text, withJob("Senior Accountant")), text).toEqual(["analyze_fit"]);
  });

  it("still sets a new target for a different role, or with no job in focus", async () => {
    expect(await names("am I a fit for data analyst?", withJob("Senior Accountant"))).toEqual([
      "set_dream_job",
      "analyze_fit",
    ]);
    const none = { ...withJob("x"), focus: { hasProfile: true } };
    expect(await names("am I a fit for this senior accountant job?", none)).toEqual([
      "set_dream_job",
      "analyze_fit",
    ]);
  });
});
