import { describe, expect, it } from "vitest";
import type { LabelledSpan } from "../labeller/index.ts";
import type { ParsedExperience, ResumeSection } from "../types.ts";
import { learnedEducation, learnedExperience, usableSpans } from "./learned-entries.ts";
import { learnedName } from "./learned-name.ts";

const span = (
  field: LabelledSpan["field"],
  text: string,
  token: number,
  start = token * 10,
): LabelledSpan => ({
  field,
  text,
  token,
  start,
  end: start + text.length,
});

describe("learned entries", () => {
  it("pairs a title and a nearby employer into one job, and skips what the rules already read", () => {
    const spans = [
      span("DESIG", "Java Developer", 10),
      span("COMP", "Orbit Softech Pvt Ltd", 13),
      span("DESIG", "Team Lead", 60),
      span("COMP", "Lumen Infotech", 200),
    ];
    const rules = [{ title: "Team Lead", company: "Acme", bullets: [], skills: [], confidence: 0.9 }];
    expect(learnedExperience(spans, rules).map((e) => [e.title, e.company])).toEqual([
      ["Java Developer", "Orbit Softech Pvt Ltd"],
      [undefined, "Lumen Infotech"],
    ]);
  });

  it("drops a 'title' that is a rule-read job's employer and an 'employer' that is its place", () => {
    // Written for this test: "Field Engineer, Harbor Pumps — Tacoma, WA" read by the rules as one job.
    const rules = [
      {
        title: "Field Engineer",
        company: "Harbor Pumps",
        location: "Tacoma, WA",
        bullets: [],
        skills: [],
        confidence: 0.94,
      },
    ];
    const slipped = [span("DESIG", "Harbor Pumps", 40), span("COMP", "Tacoma", 43)];
    expect(learnedExperience(slipped, rules)).toEqual([]);
    // A different employer next to a title is still a job.
    const other = [span("DESIG", "Site Lead", 80), span("COMP", "Tacoma Metals", 83)];
    expect(learnedExperience(other, rules).map((e) => [e.title, e.company])).toEqual([
      ["Site Lead", "Tacoma Metals"],
    ]);
  });

  it("skips a title alone on the headline, but keeps a headline that names an employer too", () => {
    const headline = { start: 10, end: 40 };
    const lone = [span("DESIG", "Registered Nurse", 1, 12)];
    const jobs = [{ title: "Staff Nurse", company: "Riverside", bullets: [], skills: [], confidence: 0.9 }];
    expect(learnedExperience(lone, jobs, [], headline)).toEqual([]);
    const paired = [span("DESIG", "Java Developer", 1, 12), span("COMP", "Orbit Softech", 4, 29)];
    expect(learnedExperience(paired, jobs, [], headline).map((e) => [e.title, e.company])).toEqual([
      ["Java Developer", "Orbit Softech"],
    ]);
  });

  it("completes a rule-read job the labeller's pair describes instead of listing it again", () => {
    // The rules read "Field Engineer, Copperline Labs — Reno, NV" as one title, and a job with no employer.
    const first = { title: "Field Engineer, Copperline Labs", bullets: [], skills: [], confidence: 0.76 };
    const second = { title: "Junior Field Technician", bullets: [], skills: [], confidence: 0.76 };
    const spans = [
      span("DESIG", "Field Engineer", 2, 20),
      span("COMP", "Copperline Labs", 5, 36),
      span("DESIG", "Field Technician", 40, 307),
      span("COMP", "Harrow Mining", 43, 325),
    ];
    const ranges = [
      { start: 20, end: 300 },
      { start: 300, end: 600 },
    ];
    expect(learnedExperience(spans, [first, second], ranges)).toEqual([]);
    expect(first).toMatchObject({ title: "Field Engineer", company: "Copperline Labs" });
    expect(second).toMatchObject({ title: "Junior Field Technician", company: "Harrow Mining" });
  });

  it("still lists a second employer found inside a job that names another", () => {
    const rule = { title: "Analyst", company: "Norvale Bank", bullets: [], skills: [], confidence: 0.9 };
    const spans = [span("DESIG", "Consultant", 2, 20), span("COMP", "Teller Group", 4, 40)];
    expect(
      learnedExperience(spans, [rule], [{ start: 0, end: 500 }]).map((e) => [e.title, e.company]),
    ).toEqual([["Consultant", "Teller Group"]]);
  });

  // Written for these tests: an objective, then a job the rules read, whose duties name other roles.
  const lines = [
    "Objective",
    "To work as a Circulation Manager in a large publishing house.",
    "Experience",
    "QA Manager, Tracelink Apr 2017 - Present",
    "Project Manager and Scrum Master of Tracelink Products and Tracelink Support",
    "Release Coordinator",
    "Senior Editor Jan 2012 - Mar 2017",
  ];
  const text = lines.join("\n");
  const lineStart = (i: number) => lines.slice(0, i).join("\n").length + (i > 0 ? 1 : 0);
  const at = (field: LabelledSpan["field"], value: string, token: number) =>
    span(field, value, token, text.indexOf(value));
  const job = (): ParsedExperience => ({
    title: "QA Manager",
    company: "Tracelink",
    bullets: [],
    skills: [],
    confidence: 0.9,
  });
  const jobRange = [{ start: lineStart(3), end: lineStart(6) }];

  it("keeps a title named in a job's duties as a position held there, not another job", () => {
    const rule = job();
    const spans = [
      at("DESIG", "Project Manager", 30),
      at("DESIG", "Scrum Master", 33),
      at("COMP", "Tracelink Products", 36),
      at("DESIG", "Release Coordinator", 44),
    ];
    expect(learnedExperience(spans, [rule], jobRange, undefined, { text })).toEqual([]);
    expect(rule.positions).toEqual([
      { title: "Project Manager" },
      { title: "Scrum Master" },
      { title: "Release Coordinator" },
    ]);
  });

  it("makes a title inside a rule-read job another job only with a date on its line", () => {
    const wholeJob = [{ start: lineStart(3), end: text.length }];
    const dated = [at("DESIG", "Senior Editor", 50)];
    expect(learnedExperience(dated, [job()], wholeJob, undefined, { text }).map((e) => e.title)).toEqual([
      "Senior Editor",
    ]);
    const undated = [at("DESIG", "Release Coordinator", 44)];
    expect(learnedExperience(undated, [job()], wholeJob, undefined, { text })).toEqual([]);
    // Outside the rule-read jobs a lone title on a line of its own stays a job; one named in a
    // sentence of the objective is the role wanted, not a job held.
    const objective = [at("DESIG", "Circulation Manager", 5)];
    expect(learnedExperience(objective, [job()], jobRange, undefined, { text })).toEqual([]);
    const alone = [at("DESIG", "Release Coordinator", 44)];
    expect(learnedExperience(alone, [job()], [], undefined, { text }).map((e) => e.title)).toEqual([
      "Release Coordinator",
    ]);
  });

  it("fills a rule-read job's missing employer with a lone employer dated on its line", () => {
    const dated = ["Experience", "2004-2007  Fleet Advertising Ltd.", "Advertiser", "Created ads for brands"];
    const t = dated.join("\n");
    const rule: ParsedExperience = { title: "Advertiser", bullets: [], skills: [], confidence: 0.9 };
    const spans = [span("COMP", "Fleet Advertising Ltd.", 4, t.indexOf("Fleet"))];
    expect(learnedExperience(spans, [rule], [{ start: 11, end: t.length }], undefined, { text: t })).toEqual(
      [],
    );
    expect(rule.company).toBe("Fleet Advertising Ltd.");
    // Without a date on its line it could be a client named in a duty: it fills nothing.
    const undated = t.replace("2004-2007  ", "");
    const other: ParsedExperience = { title: "Advertiser", bullets: [], skills: [], confidence: 0.9 };
    const lone = [span("COMP", "Fleet Advertising Ltd.", 1, undated.indexOf("Fleet"))];
    learnedExperience(lone, [other], [{ start: 11, end: undated.length }], undefined, { text: undated });
    expect(other.company).toBeUndefined();
  });

  it("turns a degree and a school into an education entry with its level", () => {
    const [entry] = learnedEducation(
      [span("DEG", "B.Tech in Computer Science", 5), span("COLL", "Anna University", 10)],
      [],
    );
    expect(entry).toMatchObject({
      degree: "B.Tech in Computer Science",
      institution: "Anna University",
      level: "bachelor",
    });
  });

  it("does not give the person a degree written after someone else's name (issue 13: a medical assistant read as an M.D.)", () => {
    // A supervising physician's letters in a job's text made a medical assistant a doctor,
    // which met a doctorate ask and turned an UNFIT verdict into FIT.
    const text = "Jane Roe\nMedical Assistant, Lakeside Clinic\nAssisted Dana Whitfield, M.D., with exams\n";
    const at = text.indexOf("M.D.");
    const other = span("DEG", "M.D.", 9, at);
    expect(learnedEducation([other], [], [], { text, ownName: "Jane Roe" })).toEqual([]);
    // The owner's own letters stay theirs.
    const ownText = "Jane Roe, M.D.\nInternal medicine\n";
    const own = span("DEG", "M.D.", 2, ownText.indexOf("M.D."));
    expect(learnedEducation([own], [], [], { text: ownText, ownName: "Jane Roe" })).toMatchObject([
      { degree: "M.D.", level: "doctorate" },
    ]);
  });

  it("drops headings, spans in a skills section, and titles or employers written as a degree", () => {
    const sections: ResumeSection[] = [
      { kind: "skills", heading: "SKILLS", startLine: 5, endLine: 6, start: 500, end: 600 },
    ];
    const spans = [
      span("DEG", "EDUCATION", 1),
      span("DESIG", "Certified Developer", 52, 520),
      span("COMP", "Diploma in Ad Making Technique", 3),
      span("COMP", "Fleet Advertising Ltd", 4),
    ];
    expect(usableSpans(spans, sections).map((s) => s.text)).toEqual(["Fleet Advertising Ltd"]);
  });

  it("cuts a rule-read employer that ran on past a comma to the employer the labeller found there", () => {
    const rules = [
      {
        title: "PHP Developer",
        company: "Orbit Works, Inc., San Angelo",
        bullets: [],
        skills: [],
        confidence: 0.9,
      },
    ];
    const spans = [span("COMP", "Orbit Works, Inc.", 3, 30)];
    learnedExperience(spans, rules, [{ start: 0, end: 200 }]);
    expect(rules[0]!.company).toBe("Orbit Works, Inc.");
    // A longer employer the labeller read inside it is left alone.
    const kept = [
      { title: "Analyst", company: "Orbit Works Group", bullets: [], skills: [], confidence: 0.9 },
    ];
    learnedExperience([span("COMP", "Orbit Works", 3, 30)], kept, [{ start: 0, end: 200 }]);
    expect(kept[0]!.company).toBe("Orbit Works Group");
  });

  it("reads no job title in a projects section: a project's name is not a job held", () => {
    const sections: ResumeSection[] = [
      { kind: "projects", heading: "PROJECTS", startLine: 9, endLine: 12, start: 900, end: 1000 },
    ];
    const spans = [span("DESIG", "Route Planner", 91, 910), span("DESIG", "Data Analyst", 20, 200)];
    expect(usableSpans(spans, sections).map((s) => s.text)).toEqual(["Data Analyst"]);
  });

  it("reads a school that is the employer of a rule-read job as no education entry ('Best Buy')", () => {
    const employerOnly = [span("COLL", "Best Buy", 20)];
    expect(learnedEducation(employerOnly, [], ["Best Buy", "Foot Locker"])).toEqual([]);
    // With a degree beside it, the employer is also where the person studied.
    expect(
      learnedEducation([span("DEG", "MBA", 18), span("COLL", "Best Buy", 20)], [], ["Best Buy"]),
    ).toHaveLength(1);
    // Another school still counts.
    expect(learnedEducation([span("COLL", "Acme University", 20)], [], ["Best Buy"])).toHaveLength(1);
  });

  it("keeps the rules' name on a line of its own, and cuts one that ran on into the next field", () => {
    const rule = { value: "Tiffany Padberg April", confidence: 0.9 };
    const tagged = [span("NAME", "Tiffany Padberg", 0, 0)];
    expect(learnedName(tagged, rule, ["Tiffany Padberg April 2017 Resume of a designer"])?.value).toBe(
      "Tiffany Padberg",
    );
    expect(learnedName(tagged, rule, ["Tiffany Padberg April"])?.value).toBe("Tiffany Padberg April");
    expect(learnedName([], undefined, ["x"])).toBeUndefined();
  });

  it("takes no tool or product the labeller tagged at the top as the person's name", () => {
    const lines = [
      "Profile",
      "Windows Server, Active Directory, VMware",
      "Ten years of systems administration",
    ];
    expect(learnedName([span("NAME", "Active Directory", 6, 0)], undefined, lines)).toBeUndefined();
    const rule = { value: "Noor Haddad", confidence: 0.5 };
    expect(learnedName([span("NAME", "Spring Framework", 6, 0)], rule, lines)?.value).toBe("Noor Haddad");
  });

  it("keeps the rules' longer name when the words it adds read as a name too", () => {
    // One paragraph: the rules read five names, the labeller stopped after three.
    const rule = { value: "Mara Ilse Quenby Dorn Faircloth", confidence: 0.9 };
    const tagged = [span("NAME", "Mara Ilse Quenby", 0, 0)];
    const wall = ["Mara Ilse Quenby Dorn Faircloth Data Analyst mara.f@mail.com 2019 - 2023 Acme Ltd"];
    expect(learnedName(tagged, rule, wall)?.value).toBe("Mara Ilse Quenby Dorn Faircloth");
    // Added words written in lower case elsewhere are the next field, not the name.
    const ranOn = { value: "Mara Ilse Quenby Analyst", confidence: 0.9 };
    const lines = ["Mara Ilse Quenby Analyst at Acme, an analyst of markets"];
    expect(learnedName(tagged, ranOn, lines)?.value).toBe("Mara Ilse Quenby");
  });

  it("takes the labeller's name without the rules' only when its words are proper nouns", () => {
    const lines = [
      "Ana Kovacs",
      "Primary Education Teacher",
      "a teacher of primary education",
      "ana.kovacs@mail.com",
    ];
    expect(learnedName([span("NAME", "Ana Kovacs", 0, 0)], undefined, lines)?.value).toBe("Ana Kovacs");
    // Written in lower case further down: a phrase, not a person.
    expect(learnedName([span("NAME", "Primary Education", 2, 11)], undefined, lines)).toBeUndefined();
    // Nor does it replace the rules' reading further down the text.
    const rule = { value: "Ana Kovacs", confidence: 0.9 };
    const banner = ["Primary Education", "Ana Kovacs Budapest", "a teacher of primary education"];
    expect(learnedName([span("NAME", "Primary Education", 0, 0)], rule, banner)?.value).toBe("Ana Kovacs");
  });
});
