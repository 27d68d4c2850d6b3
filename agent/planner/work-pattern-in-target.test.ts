/**
 * trial17 §1: "part-time" said with the job wanted made the target a Parts Salesperson and
 * the kind of employment was not kept. The target's text loses how much they want to work,
 * the role it names is the one read, and the kind is saved as a preference.
 */
import { describe, expect, it } from "vitest";
import { PROFILE_ONLY, planText } from "../../test-support/planner-turn.ts";
import { findDescribedRole } from "../../tools/jobs/described-role.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import { targetWithoutWorkPattern } from "./work-pattern-in-target.ts";

const targetText = async (message: string) => {
  const plan = await planText(message, PROFILE_ONLY);
  const target = plan.calls.find((c) => c.name === "set_dream_job");
  const prefs = plan.calls.find((c) => c.name === "set_preferences");
  return { text: target?.args.text as string | undefined, employment: prefs?.args.employment };
};

describe("a kind of employment said with the target (trial17 §1)", () => {
  it("a retiree going back part-time as a career advisor: Career Advisor, part-time kept", async () => {
    const { text, employment } = await targetText(
      "I retired last year. I'd like to go back part-time, maybe 20 hours a week, as a career advisor.",
    );
    expect(text).toBeDefined();
    expect(text).not.toMatch(/part|hours/i);
    expect(employment).toEqual(["part_time"]);
    const role = findDescribedRole(text!, await loadRoleFinder()).match?.role.title ?? "";
    expect(role).not.toMatch(/parts/i);
    expect(role).toMatch(/career/i);
  }, 60_000);

  it("full-time and other languages: the kind leaves the role's words", () => {
    expect(targetWithoutWorkPattern("I want a full-time job as a bookkeeper")).toBe(
      "I want a job as a bookkeeper",
    );
    expect(targetWithoutWorkPattern("quiero trabajar a media jornada como auxiliar administrativa")).toBe(
      "quiero trabajar a como auxiliar administrativa",
    );
    expect(
      targetWithoutWorkPattern("Ich suche eine Teilzeitstelle als Buchhalterin, etwa 20 Stunden pro Woche"),
    ).toBe("Ich suche eine als Buchhalterin");
  });

  it("a target without a kind of employment keeps its text and saves no preference", async () => {
    const { text, employment } = await targetText("I want to become an instructional designer");
    expect(text).toMatch(/instructional designer/i);
    expect(employment).toBeUndefined();
  }, 60_000);
});

describe("a pasted ad's kind of employment is the job's", () => {
  it("an ad saying full-time sets the ad whole and saves no preference", async () => {
    const ad = [
      "Payroll Administrator (Full-time)",
      "Our accounting team is hiring a payroll administrator to run the monthly payroll for 300 staff.",
      "Responsibilities: process payroll, answer staff questions about pay, reconcile payroll accounts.",
      "Requirements: 2+ years of payroll experience, Excel, attention to detail.",
      "Job type: Full-time, permanent. Location: Leeds.",
    ].join("\n");
    const { text, employment } = await targetText(ad);
    expect(text).toContain("Full-time");
    expect(employment).toBeUndefined();
  }, 60_000);
});
