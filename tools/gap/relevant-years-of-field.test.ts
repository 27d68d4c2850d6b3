/**
 * Issue 13: the years an ad asks of a field ("At least 2 years of experience in Software
 * Engineering") are met by roles that did that field's work — their title's O*NET occupation
 * read with their duties (field-work.ts) — not by every role that shares a word or a tool with
 * it. Extra pairs labelled UNFIT had a technical support engineer's years meet that ask at
 * similarity 1. Resumes and ads are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText as profileFromTextAt } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { fieldWorkWeight, occupationsDoneIn } from "./field-work.ts";

const deps = gapDeps();
const profileFromText = (text: string) => profileFromTextAt(text, new Date("2026-06-01"));
const parseJob = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);

const AD = [
  "Software Engineer",
  "Orbital Ledger is hiring a software engineer to build our billing services.",
  "Requirements:",
  "- Bachelor's degree in Computer Science or a related field",
  "- At least 2 years of experience in Software Engineering",
  "Nice to have:",
  "- Experience with Go or Rust",
].join("\n");

const SUPPORT = [
  "Anil Rao",
  "anil.rao@example.org | Pune",
  "EXPERIENCE",
  "Technical Support Engineer, Nimbus Cloud Services, Pune",
  "March 2022 - May 2025",
  "- Answered customer tickets about login failures, licence activation and mail sync.",
  "- Reproduced reported faults on test machines and escalated product bugs to the developers.",
  "- Walked customers through configuration over phone and remote desktop sessions.",
  "EDUCATION",
  "Bachelor of Engineering in Computer Science, University of Pune, 2021",
].join("\n");

const WEB_DEV = [
  "Lena Vogt",
  "lena.vogt@example.org | Leipzig",
  "EXPERIENCE",
  "Web Developer, Kranich Media, Leipzig",
  "March 2022 - May 2025",
  "- Built and maintained the customer portal's front end and its REST services.",
  "- Wrote unit and integration tests and reviewed teammates' pull requests.",
  "EDUCATION",
  "Bachelor of Science in Computer Science, Leipzig University, 2021",
].join("\n");

const yearsAsk = (a: ReturnType<typeof analyze>) =>
  a.requirements?.find((r) => r.type === "years" && /Software Engineering/.test(r.text));

describe("years of a field are years of that field's work", () => {
  it("a technical support engineer's years do not meet '2 years of software engineering' (they count as adjacent)", async () => {
    const analysis = analyze(await profileFromText(SUPPORT), parseJob(AD), deps);
    const ask = yearsAsk(analysis);
    expect(ask?.kind).toBe("required");
    expect(ask?.met).toBe(false);
    expect(ask?.similarity).toBeLessThan(1);
    expect(analysis.scoreDetails.experience.score ?? 0).toBeLessThan(100);
    expect(analysis.scoreDetails.experience.evidence.join(" ")).toMatch(/adjacent work/);
  });

  it("a web developer's years of the same length meet it (the field's own work, another title)", async () => {
    const analysis = analyze(await profileFromText(WEB_DEV), parseJob(AD), deps);
    expect(yearsAsk(analysis)?.met).toBe(true);
    expect(analysis.scoreDetails.experience.score).toBe(100);
  });

  it("a role whose title names no trade but whose duties are the field's work counts toward its years (adjacent)", async () => {
    const ad = [
      "Line Cook",
      "Harbor Grill needs a line cook for the breakfast and lunch line.",
      "Requirements:",
      "- 2+ years of experience in a restaurant kitchen",
      "- Food handler card",
    ].join("\n");
    const cook = [
      "Tom Reyes",
      "tom.reyes@example.org | Tampa",
      "EXPERIENCE",
      "Team Member, Sunny Side Diner, Tampa",
      "June 2021 - May 2025",
      "- Cooked eggs, pancakes and burgers to order on the flat-top grill and fryer.",
      "- Prepped vegetables, sauces and portions before each shift and kept the line stocked.",
      "- Cleaned and sanitised the kitchen stations at close.",
      "EDUCATION",
      "High School Diploma, Tampa High School, 2020",
    ].join("\n");
    const experience = analyze(await profileFromText(cook), parseJob(ad), deps).scoreDetails.experience;
    expect(experience.score).toBeGreaterThan(0);
    expect(experience.evidence.join(" ")).toMatch(/Team Member at Sunny Side Diner.*its duties read as cook/);
  });

  it("a title O*NET files under several occupations is read by its duties", () => {
    const bullets = ["Answered customer tickets and walked users through configuration over the phone."];
    expect(occupationsDoneIn({ title: "Technical Support Engineer", bullets })).toEqual(["15-1232.00"]);
    expect(fieldWorkWeight({ title: "Technical Support Engineer", bullets }, ["15-1252.00"])).toBe(0.5);
    expect(fieldWorkWeight({ title: "QA Tester", bullets: [] }, ["15-1252.00"])).toBe(1);
    expect(fieldWorkWeight({ title: "Pastry Chef", bullets: [] }, [])).toBeUndefined();
  });
});
