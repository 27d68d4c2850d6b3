/**
 * Issue 13: "N years as a content editor", "N years of payroll experience" ask years of one kind
 * of work; they were checked against every year relevant to the job (a marketing coordinator's
 * years met "3 years as a content editor"). Now the roles that are that work count — by title,
 * by the skills they show, or by their own words — and an ask naming no kind of work, or the
 * job's own trade, keeps the job's relevant years. Ads and resumes written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
const person = (roles: string[]) =>
  profileFromText(
    ["Robin Hale", "robin.hale@example.org", "EXPERIENCE", ...roles].join("\n"),
    new Date("2026-06-01"),
  );

const yearsCheck = async (ad: string, roles: string[]) => {
  const a = analyze(await person(roles), parse(ad), deps);
  return a.requirements?.find((r) => r.type === "years");
};

const COORDINATOR = [
  "Marketing Coordinator, Blue Fern Outdoor, Bristol",
  "January 2019 - Present",
  "- Planned trade-show presence and ran the monthly newsletter schedule.",
];
const EDITOR = [
  "Content Editor, Blue Fern Outdoor, Bristol",
  "January 2021 - Present",
  "- Edited 40 buying guides a quarter and set the house style.",
  "Marketing Assistant, Blue Fern Outdoor, Bristol",
  "June 2019 - December 2020",
  "- Booked ads and kept the events calendar.",
];
const CONTENT_AD =
  "Marketing Manager\nRequirements:\n- At least 3 years as a content editor\n- Excellent written English";

describe("years of one kind of work", () => {
  it("are not met by the job's other relevant years", async () => {
    const check = await yearsCheck(CONTENT_AD, COORDINATOR);
    expect(check?.met).toBe(false);
  });

  it("are met by the roles that are that work, quoted", async () => {
    const check = await yearsCheck(CONTENT_AD, EDITOR);
    expect(check?.met).toBe(true);
    expect(check?.quote).toMatch(/as content editor.*Content Editor/);
  });

  it("read a kind named before 'experience' and count a role whose work shows it", async () => {
    const ad =
      "HR Generalist\nWhat you bring:\n- 2+ years of payroll experience\n- Knowledge of employment law";
    const clerk = [
      "Office Administrator, Kestrel Dental Group, Leeds",
      "March 2020 - Present",
      "- Ran monthly payroll for 35 staff and handled holiday records.",
    ];
    const reception = [
      "Receptionist, Kestrel Dental Group, Leeds",
      "March 2020 - Present",
      "- Booked patients and answered the phones.",
    ];
    expect((await yearsCheck(ad, clerk))?.met).toBe(true);
    expect((await yearsCheck(ad, reception))?.met).toBe(false);
  });

  it("leave an ask naming no kind of work, or the job's own trade, to the job's years", async () => {
    const busy = "Marketing Manager\nRequirements:\n- 3+ years of experience in a fast-paced environment";
    expect((await yearsCheck(busy, COORDINATOR))?.met).toBe(true);
    const own = "Marketing Manager\nRequirements:\n- 3+ years of marketing experience";
    expect((await yearsCheck(own, COORDINATOR))?.met).toBe(true);
  });
});
