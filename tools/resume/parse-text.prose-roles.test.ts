/**
 * Roles the parser must not make up from prose (issue 14, trials): a product named in a bullet
 * of duties ("... in Google Classroom and Canvas ...") read as an employer, a role the person
 * is aiming for in the profile read as a job held, and a job header's own words tagged again
 * as another job. Short invented resumes, parsed by the real parser and the committed labeller.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-01-01T00:00:00Z");

const TEACHER = [
  "Marisol Quintero",
  "marisol.q@example.net · Tucson, AZ",
  "EXPERIENCE",
  "Middle School Science Teacher | Desert Vista Academy | Tucson, AZ | 08/2019 – present",
  "- Built self-paced modules in Google Classroom and Canvas with quizzes and short videos",
  "- Raised lab safety scores across four classes",
  "Teaching Assistant | Pima Learning Center | Tucson, AZ | 01/2017 – 06/2019",
  "- Tutored small groups in algebra and reading",
  "EDUCATION",
  "BA Biology, University of Arizona, 2016",
].join("\n");

const ACCOUNTANT = [
  "Priyanka Rao",
  "priyanka.rao@example.com · Columbus, OH",
  "PROFILE",
  "Staff accountant with four years in month-end close, reconciliations and variance reporting, aiming for a financial analyst role.",
  "EXPERIENCE",
  "Staff Accountant | Buckeye Freight Lines | Columbus, OH | 03/2021 – present",
  "- Closed the books each month three days faster",
  "Accounts Payable Clerk | Scioto Dental Group | Columbus, OH | 05/2019 – 02/2021",
  "- Processed 400 invoices a week",
  "EDUCATION",
  "BS Accounting, Ohio State University, 2019",
].join("\n");

const jobs = (r: Awaited<ReturnType<typeof parseResumeText>>) =>
  r.experience.map((e) => [e.title, e.company]);

describe("parseResumeText makes no roles from prose", () => {
  it("reads a product named in a bullet as nothing, and a job header once", async () => {
    const r = await parseResumeText(TEACHER, { now, skills: null });
    expect(jobs(r)).toEqual([
      ["Middle School Science Teacher", "Desert Vista Academy"],
      ["Teaching Assistant", "Pima Learning Center"],
    ]);
  });

  it("reads the role a profile aims for as the wanted role, not a job held", async () => {
    const r = await parseResumeText(ACCOUNTANT, { now, skills: null });
    expect(jobs(r)).toEqual([
      ["Staff Accountant", "Buckeye Freight Lines"],
      ["Accounts Payable Clerk", "Scioto Dental Group"],
    ]);
    expect(r.wantedRole).toBe("financial analyst");
  });
});

describe("jobs under a heading no list names (issue 14)", () => {
  // Invented: a student teacher whose jobs sit under "STUDENT TEACHING EXPERIENCE:" after the
  // education section. Before the fix they were read as part of the education section: no job.
  const STUDENT_TEACHER = [
    "Ingrid Solberg",
    "ingrid.solberg@example.org · Duluth, MN",
    "EDUCATION",
    "B.S. Elementary Education, Northshore State University, Duluth, MN, 2024",
    "STUDENT TEACHING EXPERIENCE:",
    "Student Teacher, Lakeview Elementary School, Duluth, MN",
    "January 2024 - May 2024",
    "- Planned and taught daily math and reading lessons for a third grade class",
    "Teaching Assistant, Pinecrest Learning Center, Superior, WI",
    "September 2021 - December 2023",
    "- Supported small reading groups and kept attendance records",
  ].join("\n");

  it("reads each job's employer", async () => {
    const parsed = await parseResumeText(STUDENT_TEACHER, { now, skills: null });
    const companies = parsed.experience.map((e) => e.company);
    expect(companies).toEqual(
      expect.arrayContaining(["Lakeview Elementary School", "Pinecrest Learning Center"]),
    );
    expect(parsed.education.map((e) => e.institution)).not.toContain("Lakeview Elementary School");
  });
});
