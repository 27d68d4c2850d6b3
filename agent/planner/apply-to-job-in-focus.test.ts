/**
 * Found trying the CLI as an accountant: after pasting a posting and checking her fit,
 * "I applied today" got "Which company and role?" though the posting in focus named both.
 * An application with no company named is to the job in focus when its posting names one.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import type { PlanContext } from "./types.ts";
import { understand } from "./understand.ts";

const ctx = (focus: PlanContext["focus"]): PlanContext => ({
  focus,
  attachments: [],
  available: new Set(TOOL_NAMES),
});
const posting = {
  hasProfile: true,
  jobId: "j1",
  jobTitle: "Senior Accountant",
  jobCompany: "Harbor Logistics",
  analysisId: "a1",
  topic: "analysis" as const,
};

it("logs 'I applied today' against the posting in focus", async () => {
  const plan = await understand("I applied today", ctx(posting));
  expect(plan.calls).toEqual([
    expect.objectContaining({
      name: "add_application",
      args: expect.objectContaining({
        company: "Harbor Logistics",
        position: "Senior Accountant",
        appliedOn: "today",
      }),
    }),
  ]);
});

it("still asks when the job in focus has no company, and a named company wins", async () => {
  const { jobCompany: _, ...noCompany } = posting;
  expect((await understand("I applied today", ctx(noCompany))).calls).toEqual([]);
  const named = await understand("I applied to Stripe yesterday", ctx(posting));
  expect(named.calls[0]?.args).toMatchObject({ company: "Stripe" });
});

it("keeps 'save this job' as saved, and 'save this job, I applied today' as applied", async () => {
  expect((await understand("save this job for later", ctx(posting))).calls[0]?.args).toMatchObject({
    company: "Harbor Logistics",
    status: "saved",
  });
  const applied = await understand("save this job, I applied today", ctx(posting));
  expect(applied.calls.find((c) => c.name === "add_application")?.args.status).toBeUndefined();
});
