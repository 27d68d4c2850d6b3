/**
 * A licence written in a resume's licences section meets the ad's ask for it (issue 13 trial:
 * a nurse whose bilingual resume had "LICENCIAS / LICENSES" with her Florida RN licence was
 * told "RN license in Florida — your profile shows no such licence" and was UNFIT). The real
 * resume parser, job parser and analysis run; the documents are made up for this test.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { matchHeading } from "../resume/text/headings.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const NOW = new Date("2024-06-01");
const parseAd = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const nurseResume = (board: string) =>
  [
    "Dana Example",
    "dana@example.com | Tampa, FL",
    "PERFIL / PROFILE",
    "Registered nurse with charge-nurse experience on a busy outpatient unit.",
    "EXPERIENCIA / EXPERIENCE",
    "Charge Nurse, Bayside Outpatient Center, Tampa",
    "March 2019 - Present",
    "- Led a team of 9 nurses and medical assistants on the day shift.",
    "- Kept patient records in Epic and trained new staff on HIPAA privacy rules.",
    "Staff Nurse, Gulf Coast Hospital, Tampa",
    "June 2014 - February 2019",
    "- Assessed patients, gave medications and taught families about discharge care.",
    "EDUCACIÓN / EDUCATION",
    "Bachelor of Science in Nursing, University of South Florida, 2014",
    "LICENCIAS / LICENSES",
    `Registered Nurse, ${board} Board of Nursing (active)`,
    "Basic Life Support (BLS), American Heart Association",
  ].join("\n");

const clinicAd = [
  "Clinic Manager",
  "Harbor Family Clinic - Tampa, FL",
  "We are a family practice looking for a clinic manager to run daily operations.",
  "Requirements:",
  "- Active RN license in Florida",
  "- 3+ years leading a clinical team",
  "- Working knowledge of HIPAA and OSHA",
].join("\n");

describe("a bilingual heading", () => {
  it("is the section both halves name", () => {
    expect(matchHeading("LICENCIAS / LICENSES")).toBe("certifications");
    expect(matchHeading("EXPERIENCIA / EXPERIENCE")).toBe("experience");
    expect(matchHeading("Licences")).toBe("certifications");
    // Halves that name two sections are no one heading.
    expect(matchHeading("SKILLS / EDUCATION")).toBeNull();
  });
});

describe("a licence in the licences section", () => {
  it("is read as a credential and meets the ad's licence ask for that state", async () => {
    const person = await profileFromText(nurseResume("Florida"), NOW);
    expect(person.certifications.map((c) => [c.name, c.issuer].join(", "))).toContain(
      "Registered Nurse, Florida Board of Nursing (active)",
    );
    const a = analyze(person, parseAd(clinicAd), deps);
    const licence = a.requirements?.find((r) => r.type === "licence");
    expect(licence?.met).toBe(true);
    expect(licence?.quote).toMatch(/Registered Nurse, Florida Board of Nursing/);
    expect(a.gaps.filter((g) => g.type === "licence")).toEqual([]);
    expect(a.verdictReason).not.toMatch(/licen[cs]e/i);
  });

  it("is not another state's licence when the ad names the state", async () => {
    const person = await profileFromText(nurseResume("Ohio"), NOW);
    const a = analyze(person, parseAd(clinicAd), deps);
    expect(a.requirements?.find((r) => r.type === "licence")?.met).toBe(false);
    expect(a.gaps.some((g) => g.type === "licence")).toBe(true);
  });
});
