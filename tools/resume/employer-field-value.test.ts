/**
 * A job's specialty or department read as its employer ("Medical Assistant, Urology"): a value
 * the taxonomy knows wholly as a field of work is no employer, while companies whose names are
 * also products or words stay. Resume invented.
 */
import { describe, expect, it } from "vitest";
import { namesSkillNotEmployer } from "./fields/employer-skill-value.ts";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

describe("a field of work is no employer", () => {
  it.each([
    ["Medical Assistant", "Urology", "March 2015 - June 2018"],
    ["Medical Assistant, Urology, 2015 - 2018"],
    ["Medical Assistant | Urology | 2015 - 2018"],
  ])("reads no employer from the specialty beside the title (%s)", async (...jobLines) => {
    const text = [
      "Dana Whitcombe",
      "Tulsa, OK · dana.w@example.com",
      "EXPERIENCE",
      ...jobLines,
      "Roomed patients, took vitals and scheduled procedures.",
      "Front Desk Associate, Riverbend Family Clinic, 2012 - 2015",
      "Checked patients in and handled insurance forms.",
    ].join("\n");
    const parsed = await parseResumeText(text, { now });
    expect(parsed.experience.map((e) => [e.title, e.company ?? null])).toEqual([
      ["Medical Assistant", null],
      ["Front Desk Associate", "Riverbend Family Clinic"],
    ]);
  });

  it.each(["Marketing", "CONSULTING", "Retail", "Human Resources"])("%s is a field", (value) => {
    expect(namesSkillNotEmployer(value)).toBe(true);
  });

  it.each(["Oracle", "Cisco", "Salesforce", "Dell EMC", "SAP Ariba", "Target", "Capital One", "Red Hat"])(
    "%s stays an employer",
    (value) => {
      expect(namesSkillNotEmployer(value)).toBe(false);
    },
  );
});
