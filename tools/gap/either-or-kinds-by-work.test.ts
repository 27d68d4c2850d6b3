/**
 * An either/or years ask's alternatives are kinds of work, met by a role whose work is one of
 * them though its title does not spell the ask's words (trial13, finding 3: a veterinarian with
 * eight years in a clinic read "0 relevant year(s) against 2+ years asked" for an ad asking years
 * "in sales, key account management or veterinary practice" — only title words equal to the
 * ask's counted, and "Veterinarian" is not "veterinary practice"). Each alternative is read as a
 * years ask of one kind reads it (kind-years.ts): the setting ("practice") is no part of the
 * kind, and the work O*NET files under the held title says it. Real parsers, taxonomy and O*NET
 * titles; the ad and resumes are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const parseAd = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);

const AD = [
  "Animal Health Territory Specialist",
  "Pawline Pharma - Lisbon",
  "Requirements:",
  "- At least 3 years of experience in sales, key account management or veterinary practice",
  "- Degree in veterinary medicine, animal science or a related field",
].join("\n");

const resume = (title: string, bullet: string) =>
  [
    "Ana Costa",
    "ana.costa@example.org",
    "EXPERIENCE",
    title,
    "January 2016 - Present",
    `- ${bullet}`,
    "EDUCATION",
    "Doctor of Veterinary Medicine, University of Porto, 2015",
  ].join("\n");

const experienceOf = async (title: string, bullet: string) => {
  const person = await profileFromText(resume(title, bullet), new Date("2024-06-01"));
  return analyze(person, parseAd(AD), deps, { asOf: "2024-06" }).scoreDetails.experience;
};

describe("an either/or years ask naming a kind of work by its field", () => {
  it("counts a veterinarian's clinic years toward 'veterinary practice'", async () => {
    const experience = await experienceOf(
      "Veterinarian, Greenfield Small Animal Clinic, Porto",
      "Examined, diagnosed and treated dogs and cats; ran the vaccination clinic.",
    );
    expect(experience.explanation).toMatch(/^8\.\d relevant year/);
    expect(experience.score).toBe(100);
    expect(experience.evidence.some((e) => e.startsWith("relevant role: Veterinarian"))).toBe(true);
  });

  it("does not count work of none of the kinds", async () => {
    const experience = await experienceOf(
      "Delivery Driver, Eastway Parcels, Porto",
      "Drove a multi-drop van route and kept the vehicle checks log.",
    );
    expect(experience.score ?? 0).toBe(0);
  });
});
