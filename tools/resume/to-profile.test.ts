import { describe, expect, it } from "vitest";
import { sampleResumeText } from "../../test-support/fixtures/resume/index.ts";
import { mergeResumeIntoProfile } from "../profile/merge.ts";
import { parseResumeText } from "./parse-text.ts";
import { loadSkillExtractor } from "./skills-port.ts";
import { toProfileSnapshot } from "./to-profile.ts";
import type { ParsedResume } from "./types.ts";

const now = new Date("2024-01-01T00:00:00Z");

async function parsed(): Promise<ParsedResume> {
  const text = await parseResumeText(sampleResumeText(), { now, skills: await loadSkillExtractor() });
  return { source: { kind: "text", bytes: 0, pages: 1, ocr: false, columns: 1 }, ...text };
}

describe("toProfileSnapshot", () => {
  it("carries contact, entries and skills with evidence into the analysis shape", async () => {
    const p = toProfileSnapshot(await parsed(), { now });
    expect(p.contact).toMatchObject({
      name: "Priya Raman",
      email: "priya.raman@example.com",
      location: "Pune, Maharashtra",
    });
    expect(p.experience).toHaveLength(2);
    expect(p.education[0].level).toBe("bachelor");
    const python = p.skills.find((s) => s.skillId === "python")!;
    expect(python).toMatchObject({
      source: "resume",
      validated: true,
      years: 4.9,
      proficiency: "advanced",
      proficiencyStated: false,
    });
    expect(python.proficiencyReason).toMatch(/^inferred: 4.9 years/);
    expect(p.parseConfidence).toBeGreaterThan(0.7);
    expect(p.totalYearsExperience).toBe(7.7);
  });

  it("lets the person's own words set the proficiency, but not expert for a skill nothing backs", async () => {
    // Kafka is used in a role of the sample resume; Docker is only listed.
    const text = `${sampleResumeText()}\nExpert in Kafka.\nExpert in Docker.\n`;
    const r = await parseResumeText(text, { now, skills: await loadSkillExtractor() });
    const p = toProfileSnapshot(
      { source: { kind: "text", bytes: 0, pages: 1, ocr: false, columns: 1 }, ...r },
      { now },
    );
    expect(p.skills.find((s) => s.skillId === "kafka")).toMatchObject({
      proficiency: "expert",
      proficiencyStated: true,
    });
    expect(p.skills.find((s) => s.skillId === "docker")).toMatchObject({
      proficiency: "advanced",
      proficiencyStated: true,
    });
  });

  it("applies to an empty stored profile as all additions", async () => {
    const empty = {
      contact: { links: [] },
      education: [],
      experience: [],
      projects: [],
      certifications: [],
      skills: [],
      languages: [],
      totalYearsExperience: 0,
      preferences: {},
      parseConfidence: 1,
    };
    const { profile, report } = mergeResumeIntoProfile(empty, toProfileSnapshot(await parsed(), { now }), {
      now,
    });
    expect(profile.experience.every((e) => e.source === "resume")).toBe(true);
    expect(report.added.filter((a) => a.kind === "experience")).toHaveLength(2);
    expect(report.kept).toEqual([]);
  });
});

describe("proficiency from a role held for stated years (issue 14)", () => {
  it('"Core Java Developer, 5 yrs" gives Java five years of use, not "listed without evidence"', async () => {
    const text = "Ravi Kumar\nCore Java Developer, 5 yrs\nSKILLS\nJava, SQL";
    const r = await parseResumeText(text, { now, skills: await loadSkillExtractor() });
    const p = toProfileSnapshot(
      { source: { kind: "text", bytes: 0, pages: 1, ocr: false, columns: 1 }, ...r },
      { now },
    );
    const java = p.skills.find((s) => s.skillId === "java")!;
    expect(java.years).toBe(5);
    expect(java.proficiency).not.toBe("beginner");
    expect(java.proficiencyReason).toMatch(/5 years/);
    // SQL is only listed: nothing about it changes.
    expect(p.skills.find((s) => s.skillId === "sql")!.years).toBeUndefined();
  });
});

describe("soft skills and spoken languages are reported apart (issue 14)", () => {
  it("keeps them out of the skills list and still gives the profile all of them", async () => {
    const text =
      "Jane Doe\njane@example.com\n\nSKILLS\nPython, SQL, Tableau\n\nLANGUAGES\nEnglish, Spanish\n\n" +
      "EXPERIENCE\nData Analyst, Acme Corp, 2019 - 2023\nLed a team of 5 analysts and mentored two interns.\n";
    const r = await parseResumeText(text, { now, skills: await loadSkillExtractor() });
    const ids = (xs: { id: string }[] | undefined) => (xs ?? []).map((s) => s.id);
    expect(ids(r.skills)).toEqual(expect.arrayContaining(["python", "sql", "tableau"]));
    expect(ids(r.skills)).not.toContain("leadership");
    expect(ids(r.skills)).not.toContain("english");
    expect(ids(r.softSkills)).toContain("leadership");
    expect(ids(r.spokenLanguageSkills)).toEqual(expect.arrayContaining(["english", "spanish"]));
    const profile = toProfileSnapshot(
      { source: { kind: "text", bytes: 0, pages: 1, ocr: false, columns: 1 }, ...r },
      { now },
    );
    const held = profile.skills.map((s) => s.skillId);
    expect(held).toEqual(expect.arrayContaining(["python", "leadership", "english"]));
  });
});

describe("credentials are reported as certifications, not skills (issue 14)", () => {
  it("keeps a certification the skill reader found out of the skills list, and in the profile", async () => {
    const text =
      "Sam Okafor\nsam.okafor@example.com\n\nSKILLS\nPython, Jira, Confluence, PMP, CISSP\n\n" +
      "EXPERIENCE\nProject Lead, Northwind Ltd, 2018 - 2023\nRan a migration of billing systems with Python.\n\n" +
      "EDUCATION\nCertificate in Maritime Law, Harbour College, 2012\n";
    const r = await parseResumeText(text, { now, skills: await loadSkillExtractor() });
    const ids = (xs: { id: string }[] | undefined) => (xs ?? []).map((s) => s.id);
    expect(ids(r.skills)).toEqual(expect.arrayContaining(["python", "jira"]));
    expect(ids(r.skills)).not.toContain("pmp");
    expect(ids(r.skills)).not.toContain("cissp");
    expect(r.skills.map((s) => s.name.toLowerCase()).join(" | ")).not.toMatch(/certificate|certified/);
    expect(ids(r.certificationSkills)).toEqual(expect.arrayContaining(["pmp", "cissp"]));
    const profile = toProfileSnapshot(
      { source: { kind: "text", bytes: 0, pages: 1, ocr: false, columns: 1 }, ...r },
      { now },
    );
    // A job's "PMP" ask is still met by id.
    expect(profile.skills.map((s) => s.skillId)).toEqual(expect.arrayContaining(["python", "pmp", "cissp"]));
  });
});
