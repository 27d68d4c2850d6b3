import { describe, expect, expectTypeOf, it } from "vitest";
import type { ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import type { StoredProfile } from "../../data/repositories/profile.ts";
import { type MergeableProfile, mergeResumeIntoProfile } from "./merge.ts";

const now = new Date("2024-01-01T00:00:00Z");

function skill(id: string, over: Partial<UserSkill> = {}): UserSkill {
  return {
    skillId: id,
    name: id,
    proficiency: "intermediate",
    proficiencyReason: "inferred: 2 years of use",
    proficiencyStated: false,
    source: "resume",
    evidence: [],
    validated: false,
    ...over,
  };
}

function stored(): MergeableProfile {
  return {
    contact: { name: "Priya R", email: "old@example.com", links: [] },
    fieldSources: { name: "manual", email: "resume" },
    education: [
      {
        id: "ed1",
        source: "resume",
        institution: "College of Engineering Pune",
        degree: "B.E.",
        level: "bachelor",
      },
    ],
    experience: [
      {
        id: "ex1",
        source: "manual",
        title: "Senior Software Engineer",
        company: "Acme Analytics",
        start: "2019-03",
        current: true,
        bullets: ["My own words"],
        skills: [],
      },
      {
        id: "ex2",
        source: "resume",
        title: "Software Engineer",
        company: "Bluefin Systems",
        start: "2016-06",
        end: "2018-12",
        bullets: [],
        skills: [],
      },
    ],
    projects: [],
    certifications: [],
    skills: [
      skill("python", {
        source: "manual",
        proficiency: "expert",
        proficiencyStated: true,
        proficiencyReason: "stated",
      }),
      skill("java"),
    ],
    languages: ["English"],
    totalYearsExperience: 0,
    preferences: { remote: "remote" },
    parseConfidence: 1,
  };
}

function resume(): ProfileSnapshot {
  return {
    contact: {
      name: "Priya Raman",
      email: "priya@example.com",
      phone: "+91 98450 12345",
      links: [{ kind: "github", url: "https://github.com/priya" }],
    },
    education: [
      {
        institution: "College of Engineering, Pune",
        degree: "BE",
        level: "bachelor",
        end: "2016",
        gpa: "8.4/10",
      },
    ],
    experience: [
      {
        title: "Senior Software Engineer",
        company: "Acme Analytics Pvt Ltd",
        start: "2019-03",
        current: true,
        bullets: ["Built pipelines"],
        skills: ["Python"],
      },
      {
        title: "Software Engineer",
        company: "Bluefin Systems Ltd",
        start: "2016-06",
        end: "2019-02",
        bullets: ["Wrote APIs"],
        skills: ["Java"],
      },
      { title: "Intern", company: "Northwind", start: "2015-05", end: "2015-07", bullets: [], skills: [] },
    ],
    projects: [{ name: "Route Planner", technologies: ["TypeScript"] }],
    certifications: [],
    skills: [
      skill("python", {
        proficiency: "advanced",
        years: 4.9,
        evidence: ["experience: Senior Software Engineer at Acme"],
        validated: true,
      }),
      skill("java", {
        proficiency: "advanced",
        years: 2.8,
        validated: true,
        evidence: ["experience: Software Engineer at Bluefin"],
      }),
      skill("docker"),
    ],
    languages: ["English", "Hindi"],
    totalYearsExperience: 7.7,
    preferences: {},
    parseConfidence: 0.9,
  };
}

describe("mergeResumeIntoProfile", () => {
  it("accepts the stored profile the repository loads", () => {
    expectTypeOf<StoredProfile>().toExtend<MergeableProfile>();
  });

  const before = stored();
  const snapshot = JSON.stringify(before);
  const { profile, report } = mergeResumeIntoProfile(before, resume(), { now });

  it("is pure: the stored profile is not modified", () => {
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it("never overwrites hand-edited fields and entries, and says so", () => {
    expect(profile.contact.name).toBe("Priya R");
    const manualJob = profile.experience.find((e) => e.id === "ex1")!;
    expect(manualJob.bullets).toEqual(["My own words"]);
    expect(manualJob.company).toBe("Acme Analytics");
    expect(report.kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "contact", label: "name" }),
        expect.objectContaining({ kind: "experience", id: "ex1", reason: "edited by hand" }),
        expect.objectContaining({ kind: "skills", label: "python" }),
      ]),
    );
  });

  it("updates resume-sourced fields and entries, reporting each change", () => {
    expect(profile.contact.email).toBe("priya@example.com");
    expect(profile.contact.phone).toBe("+91 98450 12345");
    expect(profile.fieldSources).toMatchObject({ name: "manual", email: "resume", phone: "resume" });
    const job = profile.experience.find((e) => e.id === "ex2")!;
    expect(job).toMatchObject({ end: "2019-02", bullets: ["Wrote APIs"], source: "resume" });
    const change = report.changed.find((c) => c.id === "ex2")!;
    expect(change.changes.map((c) => c.field)).toEqual(expect.arrayContaining(["end", "bullets"]));
    const edu = profile.education.find((e) => e.id === "ed1")!;
    expect(edu).toMatchObject({ gpa: "8.4/10", end: "2016" });
  });

  it("adds new entries with source resume and keeps ones the resume lacks", () => {
    expect(profile.experience).toHaveLength(3);
    expect(profile.experience[2]).toMatchObject({ company: "Northwind", source: "resume" });
    expect(profile.projects).toEqual([
      { name: "Route Planner", technologies: ["TypeScript"], source: "resume" },
    ]);
    expect(report.added.map((a) => `${a.kind}:${a.label}`)).toEqual(
      expect.arrayContaining([
        "experience:Intern at Northwind",
        "projects:Route Planner",
        "skills:docker",
        "languages:Hindi",
        "links:https://github.com/priya",
      ]),
    );
  });

  it("keeps a stated proficiency but adds the resume's evidence", () => {
    const python = profile.skills.find((s) => s.skillId === "python")!;
    expect(python).toMatchObject({
      proficiency: "expert",
      proficiencyStated: true,
      source: "manual",
      validated: true,
    });
    expect(python.evidence).toEqual(["experience: Senior Software Engineer at Acme"]);
    const java = profile.skills.find((s) => s.skillId === "java")!;
    expect(java).toMatchObject({ proficiency: "advanced", years: 2.8, validated: true });
  });

  it("recomputes total experience over every job in the merged profile", () => {
    // 2015-05..2015-07 (3 months) + 2016-06..2024-01 (92 months).
    expect(profile.totalYearsExperience).toBe(7.9);
    expect(profile.preferences).toEqual({ remote: "remote" });
  });

  it("changes nothing the second time the same resume is applied", () => {
    const again = mergeResumeIntoProfile(profile, resume(), { now });
    expect(again.report.added).toEqual([]);
    expect(again.report.changed).toEqual([]);
  });
});
