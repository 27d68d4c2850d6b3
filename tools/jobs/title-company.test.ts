import { describe, expect, it } from "vitest";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";
import { splitTitleCompany } from "./title-company.ts";

const parse = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

describe("a company after the title on the head line", () => {
  it("keeps the role as the title and the company apart (issue 12: '… — <Company> B.V.' stayed in the title)", () => {
    const ad = parse(
      "Product Designer (Medior) — Velora B.V.\nLocation: Rotterdam, Netherlands\n\nAbout us: Velora builds a parcel app.\n\nMust have\n- 3+ years of experience in product design\n- Strong Figma skills",
    );
    expect(ad.title).toBe("Product Designer (Medior)");
    expect(ad.company).toBe("Velora");
    expect(parse("Data Analyst | Quillon GmbH\nRequirements\n- SQL and Excel").company).toBe("Quillon GmbH");
    expect(parse("Data Analyst | Quillon GmbH\nRequirements\n- SQL and Excel").title).toBe("Data Analyst");
  });

  it("keeps a trailing piece that names no company", () => {
    expect(splitTitleCompany("Software Engineer - Backend", undefined)).toEqual({
      title: "Software Engineer - Backend",
    });
    expect(splitTitleCompany("Software Engineer - Backend", "Acme")).toEqual({
      title: "Software Engineer - Backend",
    });
    expect(splitTitleCompany("Data Engineer – Acme Labs", "Acme Labs")).toEqual({
      title: "Data Engineer",
      company: "Acme Labs",
    });
  });
});

// Found trying Discord as an accountant: the saved job read "Financial Analyst — Northbridge
// Retail Group, Manchester (hybrid, 3 days in office)" everywhere, and the location score said
// the ad "names no place". The head line's employer and place are cut from the title and kept.
describe("an employer and a place after the title on the head line", () => {
  it("reads 'Title — Employer, Place (work mode, office days)'", () => {
    const ad = parse(
      "Payroll Specialist — Brightwater Health Trust, Bristol (hybrid, 2 days in office)\nRequirements\n- 2+ years running monthly payroll\n- Excel",
    );
    expect(ad).toMatchObject({
      title: "Payroll Specialist",
      company: "Brightwater Health Trust",
      location: "Bristol",
      workMode: "hybrid",
    });
  });

  it("reads 'Title — Employer (Place, work mode: office days)'", () => {
    const ad = parse(
      "Junior UX Researcher — Larkfield Health (Manchester, hybrid: 2 days in office)\nWhat you'll need:\n- Usability testing\n- Figma",
    );
    expect(ad).toMatchObject({
      title: "Junior UX Researcher",
      company: "Larkfield Health",
      location: "Manchester",
      workMode: "hybrid",
    });
  });

  // The kind of the role stays in the title; the place after its comma is the location (titles13n).
  it("keeps a kind of the role before a place in the title", () => {
    expect(parse("Software Engineer - Backend, Berlin\nRequirements\n- Go and SQL")).toMatchObject({
      title: "Software Engineer - Backend",
      location: "Berlin",
    });
  });
});
