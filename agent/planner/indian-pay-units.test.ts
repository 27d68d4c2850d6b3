/**
 * Found by another engineer: "my expected ctc is 15 lpa" was saved as 15 INR a year (the
 * lower-case "lpa" was not read as lakhs a year), and "15 lakhs" or "1.2 crore" were not read
 * at all. A lakh is 100,000 rupees and a crore 10,000,000.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { parseSalary } from "../../tools/jobs/salary.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

it.each([
  ["my expected ctc is 15 lpa", 1_500_000],
  ["my salary expectation is 15 lakhs", 1_500_000],
  ["expected salary 1.2 crore", 12_000_000],
])("%s is stored in rupees a year", async (text, amount) => {
  const [call] = (await plan(text)).calls;
  expect(call?.name).toBe("set_preferences");
  const args = call?.args ?? {};
  expect(args.salaryMin ?? args.salaryTarget).toBe(amount);
  expect(args).toMatchObject({ salaryCurrency: "INR", salaryPeriod: "year" });
});

it("reads lakh ranges in ads and leaves words starting with 'cr' alone", () => {
  expect(parseSalary("CTC: 12-18 LPA")).toMatchObject({ min: 1_200_000, max: 1_800_000, currency: "INR" });
  expect(parseSalary("salary 8 lakhs per annum")).toMatchObject({
    min: 800_000,
    currency: "INR",
    period: "year",
  });
  expect(parseSalary("we need 15 credits")).toBeUndefined();
});
