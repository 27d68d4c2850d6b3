/**
 * Found while checking the trial's "Tracked: instructional designer at Coursera": "I applied
 * to coursera for instructional designer yesterday" asked back "Which company and role?"
 * (the title needed an article or a word like "role"). The title right after the company is read.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

it.each([
  ["I applied to coursera for instructional designer yesterday", "coursera", "instructional designer"],
  ["i applied at acme corp for data analyst", "acme corp", "data analyst"],
])("%s logs the application", async (text, company, position) => {
  const [call] = (await plan(text)).calls;
  expect(call?.name).toBe("add_application");
  expect(call?.args).toMatchObject({ company, position });
});
