/**
 * Found by a colleague trying the product (2026-12-05) with ads of their own: a line cook's
 * "Must have: 2+ years line cook experience, food handler card, knife skills, …" gave "0 required
 * skills"; a product marketing ad's "7+ years in product marketing …, data-driven (SQL a plus)"
 * became "Preferred SQL at expert level with 7+ years"; a school district's title line named the
 * place and the ad was read as naming none; "bachelor's … (master's preferred)" was a preferred
 * bachelor's; a teaching licence was asked twice, once as a skill with a level and hours. The ads
 * below are written here, in many fields and wordings, none copied from the colleague or ../shared.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { shippedEmbedder } from "../gap/evidence.ts";
import { typeRequirements } from "../gap/requirements.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";
import { postingAsks } from "./posting-asks.ts";

const graph = getTaxonomy();
const parse = (ad: string) => parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" }), graph);

const COOK = `Prep & Line Cook - Harbor Lane Diner (Tacoma, WA)

Family-owned diner, open 6am to 10pm, looking for a dependable cook.

Must have: 2+ years line cook experience in a high-volume kitchen, current food handler card, solid knife skills, able to stand for 8-hour shifts, available weekends.

Nice to have: breakfast grill experience, ServSafe Manager certification.

Pay: $19-$23 an hour plus shift meals.`;

const WAREHOUSE = `Warehouse Associate (Night Shift)

Requirements: 1+ years warehouse or distribution center experience, valid forklift ticket, comfortable lifting 50 pounds, steel-toe boots, basic RF scanner use.`;

const SALES = `Account Executive, Mid-Market

What you need: 4+ years closing B2B deals over $50k, experience running your own pipeline, valid driver's license, willingness to travel 30% of the time (Salesforce a plus).`;

const MARKETING = `Senior Brand Marketing Manager - Lumen Apps (Remote, US)

Requirements: 6+ years in brand marketing for consumer apps, experience running paid social campaigns, excellent copywriting, comfortable reading dashboards (SQL a plus).`;

const TEACHER = `Special Education Coordinator - Prairie View School District (Mitchell, SD)

The coordinator supports IEP teams across three schools. Onsite role.

Qualifications:
- Bachelor's degree in education (master's in special education preferred)
- Valid state teaching license with a special education endorsement
- 3+ years teaching students with disabilities
- Working knowledge of IDEA compliance`;

const NURSE = `Registered Nurse, Med-Surg - Cedar Ridge Hospital (Bend, OR)

Requirements:
- Active RN license in Oregon
- BSN required; MSN a plus
- 2+ years acute care nursing experience
- BLS and ACLS certification`;

const HR = `People Partner

Requirements:
- 3-5 years of HR generalist experience, ideally in a unionised workplace
- Experience with an HRIS (Workday or UKG preferred)
- Employment law knowledge (a plus)`;

const DESIGN = `Junior Graphic Designer - Remote (EU)

You bring:
- 1-2 years in an agency or in-house design team
- Adobe Illustrator and InDesign
- Nice to have: motion design (After Effects)`;

const OPERATIONS = `Store Operations Manager

Requirements
At least 5 years running multi-site retail operations. Proven P&L ownership of $10M or more. Lean Six Sigma Green Belt preferred. Must be willing to travel 40%.`;

const PAYROLL = `Payroll Generalist – Bayside Freight, Tampa, FL (hybrid)

What you'll need:
- 2+ years processing multi-state payroll
- ADP Workforce Now`;

describe("requirements of ads of every field", () => {
  it("reads a line cook's inline must-have list as one ask per item, with the years and the card", () => {
    const job = parse(COOK);
    const lines = (job.requirementLines ?? []).filter((l) => l.kind === "required").map((l) => l.text);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(job.experience).toEqual([
      expect.objectContaining({
        minYears: 2,
        kind: "required",
        evidence: expect.stringMatching(/line cook/),
      }),
    ]);
    const card = job.requirementLines?.find((l) => /food handler/.test(l.text));
    expect(card?.licence?.name).toBe("food handler card");
    const asks = postingAsks(job);
    expect(asks.required.length).toBeGreaterThanOrEqual(5);
    expect(asks.required).toContain("food handler card");
    // The pay line is the offer, not a nice-to-have.
    expect(asks.preferred.join(" ")).not.toMatch(/\$19/);
  });

  it("types the card as a licence and the years as an experience ask", () => {
    const typed = typeRequirements(parse(COOK), graph, shippedEmbedder());
    expect(typed.filter((r) => r.type === "licence" && /food handler/i.test(r.text))).toHaveLength(1);
    expect(typed.find((r) => r.type === "years")).toMatchObject({ years: 2, kind: "required" });
  });

  it.each([
    [WAREHOUSE, "forklift ticket", 1],
    [SALES, undefined, 4],
  ])("reads the items of an operations or sales list apart", (ad, licence, years) => {
    const job = parse(ad);
    expect((job.requirementLines ?? []).length).toBeGreaterThanOrEqual(4);
    expect(job.experience[0]?.minYears).toBe(years);
    expect(job.experience[0]?.evidence.split(/\s+/).length).toBeLessThan(10);
    if (licence) expect(job.requirementLines?.some((l) => l.licence?.name === licence)).toBe(true);
  });

  it("keeps the years with the ask they belong to, and 'a plus' with its item", () => {
    const job = parse(MARKETING);
    const sql = job.skills.find((s) => s.skillId === "sql");
    expect(sql).toMatchObject({ kind: "preferred" });
    expect(sql?.minYears).toBeUndefined();
    expect(job.experience).toEqual([
      expect.objectContaining({
        minYears: 6,
        kind: "required",
        skills: [],
        evidence: expect.stringMatching(/brand marketing/),
      }),
    ]);
    expect(postingAsks(job).required).toContain("6+ years in brand marketing for consumer apps");
  });

  it.each([
    [TEACHER, "Special Education Coordinator", "Prairie View School District", "Mitchell, SD"],
    [NURSE, "Registered Nurse, Med-Surg", "Cedar Ridge Hospital", "Bend, OR"],
    [MARKETING, "Senior Brand Marketing Manager", "Lumen Apps", "US"],
  ])("reads the place and employer from the title line %#", (ad, title, company, place) => {
    const job = parse(ad);
    expect(job).toMatchObject({ title, company, location: place });
  });

  it("requires the degree an item requires when only a further degree is preferred", () => {
    expect(parse(TEACHER).education).toMatchObject({ kind: "required", level: "bachelor" });
    expect(parse(NURSE).education).toMatchObject({ kind: "required", level: "bachelor" });
  });

  it("asks a licence once, as a licence, not also as a skill with a level", () => {
    const job = parse(TEACHER);
    expect(job.skills.filter((s) => s.category === "certification" && /licen/i.test(s.name))).toEqual([]);
    const typed = typeRequirements(job, graph, shippedEmbedder());
    expect(typed.filter((r) => r.type === "licence" && /teaching/i.test(r.text))).toHaveLength(1);
    expect(job.experience[0]).toMatchObject({ minYears: 3 });
  });

  it("leaves a list of names and a list of alternatives whole", () => {
    const tools = parse(
      "Data Engineer\n\nRequirements:\n- Python, Apache Spark, Apache Kafka, dbt\n- One of AWS, GCP or Azure, with Terraform\n",
    );
    expect(tools.requirementLines?.map((l) => l.text)).toEqual([
      "Python, Apache Spark, Apache Kafka, dbt",
      "One of AWS, GCP or Azure, with Terraform",
    ]);
    const adjectives = parse(
      "Office Manager\n\nRequirements:\n- Excellent written, verbal, and presentation skills\n- 3+ years running an office\n",
    );
    expect(adjectives.requirementLines?.[0]?.text).toBe("Excellent written, verbal, and presentation skills");
  });

  it("prefers only what a bracket or an 'ideally' detail names, not the ask before it", () => {
    const job = parse(HR);
    expect(job.experience).toEqual([expect.objectContaining({ minYears: 3, kind: "required" })]);
    expect(job.skills.find((s) => s.skillId === "workday")?.kind).toBe("preferred");
    expect(job.skills.find((s) => s.name === "HRIS")?.kind).toBe("required");
  });

  it("reads 'You bring:' as the must-haves and a range of years as an experience ask", () => {
    const job = parse(DESIGN);
    expect(job.skills.find((s) => s.name === "Adobe Illustrator")?.kind).toBe("required");
    expect(job.experience).toEqual([expect.objectContaining({ minYears: 1, kind: "required" })]);
  });

  it("reads a paragraph of asks one sentence at a time", () => {
    const asks = postingAsks(parse(OPERATIONS));
    expect(asks.required).toEqual(
      expect.arrayContaining([
        "At least 5 years running multi-site retail operations",
        "Proven P&L ownership of $10M or more",
      ]),
    );
    expect(asks.required.join(" ")).not.toMatch(/Green Belt/);
  });

  it("finds a title whose last word O*NET titles end in, with its employer and place", () => {
    expect(parse(PAYROLL)).toMatchObject({
      title: "Payroll Generalist",
      company: "Bayside Freight",
      location: "Tampa, FL",
      workMode: "hybrid",
    });
  });
});
