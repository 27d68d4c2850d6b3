/**
 * Found trying the product as a salesperson (issue 13: "salespeople look unqualified"): an
 * account executive whose bullets say prospecting and cold calling was told "Lead Generation:
 * not on your profile". Prospecting is the salesperson's word for generating leads, and cold
 * calling (ESCO: telemarketing) is one way of doing it.
 */
import { expect, it } from "vitest";
import { defaultFitDeps } from "./eval/fit-defaults.ts";

// Written for this test.
const RESUME = `Priya Natarajan
priya.n@example.org

Experience
Account Executive — Brightline Software — March 2015 – December 2018
- Ran the full sales cycle for mid-market accounts: prospecting, discovery, demos and closing
- Booked 40 first meetings a quarter through outbound prospecting

Skills
Salesforce, negotiation, cold calling
`;

const AD = `Account Executive

Requirements
- 3+ years of B2B sales experience
- Proven lead generation
- Salesforce
`;

it("prospecting in a salesperson's bullets meets a lead generation ask", async () => {
  const deps = await defaultFitDeps();
  const analysis = await deps.analyze(await deps.profileFromText(RESUME), deps.parseJob(AD));
  const lead = analysis.matched.find((m) => /lead generation/i.test(m.requirement));
  expect(analysis.gaps.map((g) => g.skill)).not.toContain("Lead Generation");
  expect(lead?.credit ?? 0).toBeGreaterThanOrEqual(0.5);
});
