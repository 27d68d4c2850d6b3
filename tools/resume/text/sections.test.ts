import { describe, expect, it } from "vitest";
import { matchHeading } from "./headings.ts";
import { normalizeResumeText } from "./normalize.ts";
import { findSections } from "./sections.ts";

describe("headings", () => {
  it.each([
    ["WORK EXPERIENCE", "experience"],
    ["Work History:", "experience"],
    ["Professional Experience", "experience"],
    ["technical skills", "skills"],
    ["Academic Background", "education"],
    ["EDUCATIONAL QUALIFICATIONS", "education"],
    ["Certifications & Licenses", "certifications"],
    ["Awards and Honors", "awards"],
    ["Volunteer Experience", "volunteering"],
    ["Publications", "publications"],
    ["Languages Known", "languages"],
    ["Career Objective", "summary"],
    ["Academic Projects", "projects"],
  ])("%s is a %s heading", (line, kind) => {
    expect(matchHeading(line)).toBe(kind);
  });

  it("takes 'Employment' alone on a line as the experience heading, whatever the line above ends with", () => {
    // Written for this test: the line above the heading ends in ")", not "." or ":".
    const lines = [
      "Noor Haddad",
      "Education",
      "B.Sc. Nursing, Coastal University, 2009",
      "(Critical Care Track)",
      "Employment",
      "Harbour Health Trust, Staff Nurse, 2010-Present",
      "Ran the night shift of a 20-bed ward",
    ];
    const { sections } = findSections(lines);
    expect(sections.map((s) => s.kind)).toEqual(["contact", "education", "experience"]);
  });

  it("does not treat a sentence as a heading", () => {
    expect(matchHeading("Experience in building scalable systems with Java")).toBeNull();
  });

  // Issue 14: people group their jobs under headings of their own ("Kitchen Experience",
  // "FIELD RESEARCH EXPERIENCE:"), and jobs under a heading that is not read stay in the
  // section before it, where no job is read. Headings invented for this test.
  it.each([
    ["KITCHEN EXPERIENCE", "experience"],
    ["Field Research Experience:", "experience"],
    ["Hospitality and Retail Experience:", "experience"],
    ["Seasonal Work History:", "experience"],
    ["P ROFESSIONAL E XPERIENCE", "experience"],
    ["COMMUNITY VOLUNTEER EXPERIENCE", "volunteering"],
    // A field of work whose name holds a word of study headings ("education", "training").
    ["HIGHER EDUCATION EXPERIENCE", "experience"],
    ["Special Education Teaching Experience:", "experience"],
    ["CORPORATE TRAINING EXPERIENCE", "experience"],
  ])("reads the unlisted heading %s as a %s heading", (line, kind) => {
    expect(matchHeading(line)).toBe(kind);
  });

  it.each([
    "Head of Customer Experience",
    "Director of Guest Experience",
    "DIRECTOR, GUEST EXPERIENCE",
    "Community Outreach Experience",
    "Years of Experience:",
    "Technical Skills and Experience",
    "5 years of retail experience",
    "Retail, Hospitality Experience",
    "I bring broad kitchen experience",
    // The person's own studies, not a field of work.
    "EDUCATION EXPERIENCE",
    "Relevant Education Experience:",
    "HIGHER EDUCATION AND EXPERIENCE",
    "ACADEMIC TRAINING EXPERIENCE",
  ])("does not read %s as a heading", (line) => {
    expect(matchHeading(line)).toBeNull();
  });

  it("reads the jobs under an unlisted experience heading after the education section", () => {
    // Written for this test: before the fix the two jobs sat in the education section.
    const lines = [
      "Tomasz Wierzbicki",
      "EDUCATION",
      "B.A. Hospitality Management, Lakeshore College, 2018",
      "KITCHEN EXPERIENCE",
      "Sous Chef",
      "Copper Kettle Brasserie, Milwaukee, WI",
      "2019 - Present",
      "Line Cook",
      "Harborview Grill, Racine, WI",
      "2016 - 2019",
    ];
    const { sections } = findSections(lines);
    expect(sections.map((s) => s.kind)).toEqual(["contact", "education", "experience"]);
  });
});

describe("a field of work named in an experience heading", () => {
  it("reads the jobs under HIGHER EDUCATION EXPERIENCE as jobs, not as the education above", () => {
    // Written for this test: before the fix the heading was no heading ("education" in it) and
    // the two jobs stayed in the education section.
    const lines = [
      "Marisol Ekwueme",
      "EDUCATION",
      "M.Ed. Student Affairs, Ridgeline State University, 2012",
      "HIGHER EDUCATION EXPERIENCE",
      "Assistant Director of Admissions",
      "Pinecrest College, Duluth, MN",
      "2016 - Present",
      "Academic Advisor",
      "Northfield Community College, Fargo, ND",
      "2012 - 2016",
    ];
    const { sections } = findSections(lines);
    expect(sections.map((s) => s.kind)).toEqual(["contact", "education", "experience"]);
  });
});

describe("headings composed of known ones", () => {
  // Headings invented for this test.
  it.each([
    ["SKILLS AND STRENGTHS", "skills"],
    ["Honours, Awards, and Memberships:", "awards"],
    ["EDUCATION & QUALIFICATIONS", "education"],
    ["TECHNICAL SKILLS / INTERESTS", "skills"],
    ["SPORTING ACHIEVEMENTS", "awards"],
    ["Notable Accomplishments:", "awards"],
    ["LEADERSHIP ACTIVITIES", "awards"],
  ])("reads %s as a %s heading", (line, kind) => {
    expect(matchHeading(line)).toBe(kind);
  });

  it.each([
    // Jobs and something else: which section wins is unclear, so the line stays unread.
    "EDUCATION AND EXPERIENCE",
    // Two sections read entry by entry: read as the first, the degrees would be skills.
    "SKILLS / EDUCATION",
    "SKILLS AND EDUCATION",
    "PROJECTS & AWARDS",
    // A part that is no heading.
    "SALES & MARKETING",
    "SKILLS AND DRILLS COACHING",
    // A title before a heading word, an employer's name, a sentence.
    "Training Manager",
    "MANAGER SKILLS",
    "HEARST PUBLICATIONS",
    "Skills and awards that I bring to the team",
    "Awards and honors won in 2019",
  ])("does not read %s as a heading", (line) => {
    expect(matchHeading(line)).toBeNull();
  });

  it("ends the experience section at a composed heading, so its list is not read as more jobs", () => {
    // Written for this test: before the fix the awards below were part of the experience section.
    const lines = [
      "Ilse Marchetti",
      "EXPERIENCE",
      "Copperline Dental, Reno, NV",
      "Dental Hygienist, 2017 - Present",
      "HONORS, AWARDS AND MEMBERSHIPS",
      "Nevada Dental Hygienists' Association, member since 2016",
      "Clinical Excellence Award, Truckee Meadows College, 2016",
    ];
    const { sections } = findSections(lines);
    expect(sections.map((s) => s.kind)).toEqual(["contact", "experience", "awards"]);
  });
});

describe("one-line resumes", () => {
  // The shape of text copied out of a PDF: breaks survive only as runs of spaces and bullets.
  const flat = `"Ravi Kumar  Chennai, Tamil Nadu  ravi.k@example.com  Objective  To build reliable software.  Work Experience  2015-Present  Zenith Softlabs Pvt Ltd  Senior Developer  \\xe2\\x80\\xa2 Built billing services in Java  \\xe2\\x80\\xa2 Mentored four engineers  Education  2011-2015  B.Tech in Computer Science, Anna University  Skills  Java, Spring, SQL, Docker, Kubernetes, Linux, Git"`;

  it("recovers lines from double spaces and escaped bullets", () => {
    const n = normalizeResumeText(flat);
    expect(n.flattened).toBe(true);
    expect(n.lines[0]).toBe("Ravi Kumar");
    expect(n.lines).toContain("• Built billing services in Java");
  });

  it("finds the sections of the recovered lines", () => {
    const { sections } = findSections(normalizeResumeText(flat).lines);
    expect(sections.map((s) => s.kind)).toEqual(["contact", "summary", "experience", "education", "skills"]);
  });

  it("classifies a resume without headings by its content", () => {
    const lines = [
      "Asha Menon",
      "Kochi, Kerala",
      "asha@example.com",
      "+91 98470 00000",
      "Product designer who likes hard problems.",
      "Works well with engineers.",
      "Senior Designer, Lumen Studio",
      "2018 - Present",
      "Designed the booking flow used by 2 million people",
      "Ran weekly user interviews",
      "Bachelor of Design, National Institute of Design",
      "2012 - 2016",
      "Figma, Sketch, prototyping, user research, accessibility",
    ];
    const { sections } = findSections(lines);
    const kinds = sections.map((s) => s.kind);
    expect(kinds).toContain("experience");
    expect(kinds).toContain("education");
  });
});
