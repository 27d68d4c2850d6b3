/**
 * Skills are reported under the names the person wrote (issue 14, item 3): a product is never
 * made another product that shares a word or an acronym with it, and duties a trade lists by
 * name stay those duties. Resume lines written for these tests.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { parseResumeText } from "../../resume/parse-text.ts";
import { loadSkillExtractor } from "../../resume/skills-port.ts";
import { extractSkills } from "../extract.ts";
import { resumeSkillCandidates } from "./candidates.ts";

const parse = async (text: string) => parseResumeText(text, { skills: await loadSkillExtractor() });
const names = async (text: string) => (await parse(text)).skills.map((s) => s.name);

const resume = (skillsLine: string, bullet = "Ran weekly cycle counts and trained new associates") =>
  [
    "Jordan Vale",
    "Fresno, CA",
    "",
    "EXPERIENCE",
    "Inventory Lead, Copperline Supply — Fresno, CA",
    "Jan 2019 – Present",
    `- ${bullet}`,
    "",
    "SKILLS",
    skillsLine,
  ].join("\n");

describe("skills under the person's own names", () => {
  it("quote marks around a listed item are not part of its name: it reads as the item unquoted", async () => {
    const listed = (items: string) => `Jane Doe\njane@example.com\n\nSKILLS\nTools: ${items}\n`;
    const plain = await names(listed("Zotero, Jena, Gephi, Python"));
    expect(plain).toEqual(expect.arrayContaining(["Zotero", "Jena", "Gephi"]));
    expect(await names(listed("Zotero, \u201cJena\u201d, \u2018Gephi\u2019, Python"))).toEqual(plain);
    expect(await names(listed("\u2018Zotero, Jena, Gephi, Python"))).toEqual(plain);
  });

  it("a vendor's product of a known kind is kept under its own name, never another vendor's", async () => {
    const got = await names(resume("inventory control, Korber WMS, Excel, Reflex TMS"));
    expect(got).toContain("Korber WMS");
    expect(got.filter((n) => /SSA Global|IntelliTrack/i.test(n))).toEqual([]);
  });

  it("a vendor's word opening a listed product is no second skill: Oracle Linux is not Oracle Database", async () => {
    const skills = (
      await parse(
        resume("Oracle Linux, Oracle MySQL, Oracle Retail, Oracle APEX, Oracle RAC, Java J2EE, Git"),
      )
    ).skills;
    const got = skills.map((s) => s.name);
    // The vendor's best-known product is not what the person listed.
    expect(got).not.toContain("Oracle Database");
    expect(got).not.toContain("Retail");
    // The product after the vendor's word is that product, written as listed.
    expect(skills.find((s) => s.name === "Linux")?.spans.map((s) => s.text)).toEqual(["Oracle Linux"]);
    expect(skills.find((s) => s.name === "MySQL")?.spans.map((s) => s.text)).toEqual(["Oracle MySQL"]);
    // A product the taxonomy does not know keeps the person's words; a name that is another
    // vendor's product ("Apex") only when the taxonomy gives it this vendor (RAC).
    expect(got).toEqual(expect.arrayContaining(["Oracle Retail", "Oracle APEX"]));
    expect(got).not.toContain("Apex");
    expect(skills.find((s) => s.spans.some((sp) => sp.text === "Oracle RAC"))?.name).toMatch(
      /Real Application Cluster/,
    );
    // Two names written without a comma stay two names (Java opens few product names).
    expect(got).toEqual(expect.arrayContaining(["Java", "Java EE", "Git"]));
  });

  it("Power Query and DAX are their own tools, related to Power BI but never Power BI", async () => {
    const got = await names(resume("Excel, Power Query, DAX, SQL"));
    expect(got).toEqual(expect.arrayContaining(["Power Query", "DAX"]));
    expect(got).not.toContain("Power BI");
  });

  it("accounting duties and standards listed by name keep their names", async () => {
    const got = await names(
      resume("GAAP, account reconciliation, journal entries, month-end close, accounts payable, Excel"),
    );
    expect(got).toEqual(
      expect.arrayContaining([
        "GAAP",
        "Account Reconciliation",
        "Journal Entries",
        "Month-End Close",
        "Accounts Payable",
      ]),
    );
  });

  it("a tax named by its kind is taxation, not the field that names the kind", async () => {
    const got = await names(resume("payroll, sales tax, property tax returns, Excel"));
    expect(got).not.toContain("Sales");
  });

  it("a product the taxonomy knows whole is that product, not the known tool its name opens with", async () => {
    const skills = (await parse(resume("Final Cut Studio, Flash Catalyst, Avid"))).skills;
    expect(skills.find((s) => s.spans.some((sp) => sp.text === "Final Cut Studio"))?.name).toBe(
      "Apple Final Cut Studio",
    );
    expect(skills.map((s) => s.name)).not.toContain("Final Cut Pro");
    expect(skills.map((s) => s.name)).not.toContain("Adobe Flash");
  });

  it("a product the taxonomy knows whole is found inside a sentence too, under its own name", async () => {
    const text = resume(
      "Avid, Premiere Pro",
      "Used Final Cut Studio to cut weekly trailers for the sales team",
    );
    const skills = (await parse(text)).skills;
    expect(skills.find((s) => s.spans.some((sp) => sp.text === "Final Cut Studio"))?.name).toBe(
      "Apple Final Cut Studio",
    );
    expect(skills.map((s) => s.name)).not.toContain("Final Cut Pro");
    // A known tool before capitalised words the taxonomy does not know as one name stays itself.
    const java = (await parse(resume("Git, Jira", "Built order services in Java Spring Boot for Copperline")))
      .skills;
    expect(java.map((s) => s.name)).toContain("Java");
  });

  it("pivot tables, payroll and sales data are their own skills, related to Excel, Taxation and Sales only by the taxonomy", async () => {
    const skills = (await parse(resume("pivot tables, payroll, sales data, SQL"))).skills;
    const got = skills.map((s) => s.name);
    expect(got).toEqual(expect.arrayContaining(["Pivot Tables", "Payroll", "Sales Analysis"]));
    expect(got).not.toContain("Microsoft Excel");
    expect(got).not.toContain("Taxation");
    expect(got).not.toContain("Sales");
    const taxonomy = getTaxonomy();
    expect(taxonomy.isAncestor("excel", "pivot-tables")).toBe(true);
    expect(taxonomy.isAncestor("sales", "sales-analysis")).toBe(true);
    expect(taxonomy.relatedCredit("payroll", "taxation")).toBeGreaterThan(0);
  });

  it("another credential is never read as the one it sits beside in a list", async () => {
    const got = await names(resume("Excel, GAAP", "Passed CFA Level I and prepared ACCA filings"));
    expect(got).not.toContain("CPA");
  });

  it("a language that describes the people taught is not the person's language", async () => {
    const text = resume(
      "Google Classroom, Desmos",
      "Taught Algebra I to English-language learners and Spanish-speaking families",
    );
    const parsed = await parse(text);
    const all = [...parsed.skills, ...(parsed.spokenLanguageSkills ?? [])].map((s) => s.name);
    expect(all).not.toContain("English");
    expect(all).not.toContain("Spanish");
  });

  it("a role named after a skill is years of using it", async () => {
    const text = [
      "Ana Ruiz",
      "",
      "EXPERIENCE",
      "Chemistry Teacher, Lakeview High School — Modesto, CA",
      "Aug 2016 – Jun 2024",
      "- Planned labs and graded weekly quizzes",
      "",
      "SKILLS",
      "Chemistry, Google Classroom",
    ].join("\n");
    const chemistry = (await parse(text)).skills.find((s) => s.name === "Chemistry");
    expect(chemistry?.validated).toBe(true);
    expect(chemistry?.years).toBeGreaterThanOrEqual(7.5);
  });
});

describe("the words a skill was written in", () => {
  it("a short phrase of running text holding a skill is its surface form, not a clause or a line break", async () => {
    const bullet =
      "Led code reviews, Python programming and performance tuning for the billing platform team";
    const skills = (await parse(resume("Excel, SQL, Tableau", bullet))).skills;
    expect(skills.find((s) => s.name === "Python")?.spans.map((s) => s.text)).toEqual(["Python programming"]);
    // The clause after "and" is no name: Excel keeps only what the list wrote.
    expect(skills.find((s) => s.name === "Microsoft Excel")?.spans.map((s) => s.text)).toEqual(["Excel"]);
  });

  it("a name written with its acronym in brackets is one surface form; a note in brackets is not", async () => {
    const skills = (
      await parse(
        resume(
          "Customer Relationship Management (CRM), Object-Oriented Analysis & Design (OOAD), Java (J2EE), Python (3 years)",
        ),
      )
    ).skills;
    const surfaces = skills.flatMap((s) => s.spans.map((sp) => sp.text));
    expect(surfaces).toEqual(
      expect.arrayContaining([
        "Customer Relationship Management (CRM)",
        "Object-Oriented Analysis & Design (OOAD)",
      ]),
    );
    // Written once, though the name and the acronym were both found.
    const crm = skills.find((s) => s.spans.some((sp) => sp.text.startsWith("Customer Relationship")));
    expect(crm?.spans).toHaveLength(1);
    // J2EE is not the initials of Java, and a duration is no acronym.
    expect(surfaces).toEqual(expect.arrayContaining(["Java", "Python"]));
    expect(surfaces.filter((t) => /\((J2EE|3 years)\)/.test(t))).toEqual([]);
  });

  it("a clause in a list-like line is no surface form, and a PDF bullet glyph is not part of a name", async () => {
    const skills = (
      await parse(
        resume(
          "Ⴙ SDLC & UML Framework\n♦ Financial Modeling ♦ Budgeting, SQL\no C++, Java",
          "Built demand models in Excel, cycle counts, Tableau to build dashboards, Public Relations in Nursing",
        ),
      )
    ).skills;
    const surfaces = skills.flatMap((s) => s.spans.map((sp) => sp.text));
    expect(surfaces.filter((t) => /[Ⴙ♦]/u.test(t))).toEqual([]);
    expect(surfaces).toEqual(expect.arrayContaining(["SDLC & UML Framework", "Financial Modeling", "C++"]));
    expect(skills.find((s) => s.name === "Microsoft Excel")?.spans.map((s) => s.text)).toEqual(["Excel"]);
    expect(skills.find((s) => s.name === "Tableau")?.spans.map((s) => s.text)).toEqual(["Tableau"]);
    // A title holds a preposition and stays whole: the candidate is the whole title (the list
    // judge may then leave the general field out of the list), never the bare "Public Relations".
    const text = resume("SDLC", "Built demand models in Excel, cycle counts, Public Relations in Nursing");
    const found = extractSkills(text, { unlisted: true });
    const candidates = resumeSkillCandidates(text, found, () => undefined);
    expect(candidates.flatMap((c) => c.output.spans.map((sp) => sp.text))).toContain(
      "Public Relations in Nursing",
    );
    expect(surfaces).not.toContain("Public Relations");
  });
});

describe("credentials being worked towards", () => {
  it("are recorded as in progress, not held, and give no credential skill", async () => {
    const text = [
      "Lee Park",
      "",
      "CERTIFICATIONS",
      "CMA candidate (Part 1 passed; Part 2 scheduled)",
      "PMP (expected 2027)",
      "Certified Scrum Master, Scrum Alliance, 2021",
    ].join("\n");
    const parsed = await parse(text);
    expect(parsed.certifications.map((c) => [c.name, c.inProgress ?? false])).toEqual([
      ["CMA candidate (Part 1 passed; Part 2 scheduled)", true],
      ["PMP", true],
      ["Certified Scrum Master", false],
    ]);
    expect(parsed.skills.map((s) => s.name)).not.toContain("CMA");
    expect(parsed.skills.map((s) => s.name)).not.toContain("PMP");
  });
});
