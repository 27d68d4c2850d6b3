/**
 * A listed kind of the skill a role's title names is part of that role's work (titled-kinds.ts):
 * a Java developer of many years who lists J2EE among their proficiencies was UNFIT for a Java
 * EE role by the "must-have only listed" rule (issue 13: the blind FIT recall gap; a team pair
 * of this kind). Our own texts and fixtures.
 */
import { describe, expect, it } from "vitest";
import * as fixtures from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { TITLED_KIND_NOTE, withTitledKinds } from "./titled-kinds.ts";

const { job, profile, requirement, skill } = fixtures;
const deps = fixtures.gapDeps();
const read = async (title: string) => fixtures.profileFromResumeText(resume(title), new Date("2024-06-01"));

const resume = (title: string) => `Morgan Hale
${title} | morgan.hale@example.com

TECHNICAL PROFICIENCIES
J2EE, Servlets, JSP, HTML, CSS, MySQL

EXPERIENCE
${title}, Lakeside Systems, Denver
June 2012 - Present
- Built and maintained customer portals and internal web applications for a team of eight.
- Worked with analysts on estimates and reviewed teammates' code.

EDUCATION
BSc Computer Science, University of Denver, 2012`;

const listed = (id: string) =>
  skill(id, "beginner", { evidence: [], validated: false, proficiencyStated: false, years: undefined });
const titled = (title: string) =>
  profile({
    headline: title,
    experience: [{ title, company: "Lakeside", start: "2012-06", end: "2023-12", bullets: [], skills: [] }],
    skills: [skill("java", "advanced", { years: 11 }), listed("j2ee"), listed("css")],
  });

describe("a listed kind of the skill a role's title names", () => {
  it("is that role's work for the verdict: the Java developer listing J2EE meets a Java EE must-have", async () => {
    const a = analyze(await read("Java Developer"), fixtures.parseAdText(fixtures.JAVA_EE_AD), deps);
    expect(a.verdictReason).not.toMatch(/only listed/);
    const javaEe = a.matched.find((m) => m.requirementId === "j2ee");
    expect(javaEe?.evidence.join(" ")).toMatch(/a kind of Java, the work of Java Developer/);
    expect(a.verdict).toBe("FIT");
  });

  it("is not read from a title naming a broad concept: a Web Developer's J2EE stays a listing", async () => {
    const a = analyze(await read("Web Developer"), fixtures.parseAdText(fixtures.JAVA_EE_AD), deps);
    expect(a.verdict).toBe("UNFIT");
    expect(a.verdictReason).toMatch(/must-have Java EE only listed on your profile/);
  });

  it("gains one evidence line and no years or level; a skill of another parent is left alone", () => {
    const out = withTitledKinds(titled("Java Developer"), deps.graph);
    const j2ee = out.skills.find((s) => s.skillId === "j2ee")!;
    expect(j2ee.evidence).toEqual([`${TITLED_KIND_NOTE} Java, the work of Java Developer at Lakeside`]);
    expect(j2ee).toMatchObject({ proficiency: "beginner", proficiencyStated: false, validated: false });
    expect(j2ee.years).toBeUndefined();
    expect(out.skills.find((s) => s.skillId === "css")!.evidence).toEqual([]);
  });

  it("needs the titled skill backed by work: a title alone, or a listed parent, vouches for nothing", () => {
    const person = titled("Java Developer");
    const listedJava = {
      ...person,
      skills: person.skills.map((s) => (s.skillId === "java" ? listed("java") : s)),
    };
    expect(withTitledKinds(listedJava, deps.graph)).toBe(listedJava);
    const untitled = titled("Team Lead");
    expect(withTitledKinds(untitled, deps.graph)).toBe(untitled);
  });

  it("adds no years to the experience counted for the must-have", () => {
    const target = job({ skills: [requirement("j2ee", "required", { critical: true, minYears: 3 })] });
    const before = analyze(titled("Team Lead"), target, deps);
    const after = analyze(titled("Java Developer"), target, deps);
    expect(after.scores.experience).toBe(before.scores.experience);
  });
});
