import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { extractSkills } from "./extract.ts";

const found = (text: string) => extractSkills(text, { unlisted: true });
const idOf = (text: string, written: string) =>
  found(text).find((s) => s.spans.some((sp) => sp.text.toLowerCase() === written.toLowerCase()))?.id;

/**
 * Issue 14, item 3: a narrower skill the person wrote is kept under its own name, related to the
 * broader field, never folded into it as a spelling of the field (the curated lines used to list
 * "budgeting", "LinkedIn" and "typography" as aliases of Financial Analysis, Social Media
 * Marketing and Graphic Design).
 */
describe("narrower skills are their own taxonomy nodes, children of the field", () => {
  it("keeps finance skills under their own names", () => {
    const text = "SKILLS\nBudgeting, Forecasting, Cost Control, Valuation, DCF, Excel";
    expect(idOf(text, "Budgeting")).toBe("budgeting");
    expect(idOf(text, "Forecasting")).toBe("forecasting");
    expect(idOf(text, "Cost Control")).toBe("cost-control");
    expect(idOf(text, "Valuation")).toBe("valuation");
    expect(idOf(text, "DCF")).toBe("dcf");
  });

  it("keeps a social network under its own name", () => {
    const text = "Tools: Hootsuite, LinkedIn, Instagram, Canva";
    expect(idOf(text, "LinkedIn")).toBe("linkedin");
    expect(idOf(text, "Instagram")).toBe("instagram");
  });

  it("keeps design crafts under their own names", () => {
    const text = "SKILLS\nTypography, Logo Design, Adobe Illustrator, InDesign";
    expect(idOf(text, "Typography")).toBe("typography");
    expect(idOf(text, "Logo Design")).toBe("logo-design");
  });

  it("keeps supply-chain functions, advertising, branding and lean methods under their own names", () => {
    const text =
      "SKILLS\nProcurement, Logistics, Inventory Management, Vendor Management, Advertising, Kaizen, SAP";
    expect(idOf(text, "Procurement")).toBe("procurement");
    expect(idOf(text, "Logistics")).toBe("logistics");
    expect(idOf(text, "Inventory Management")).toBe("inventory-management");
    expect(idOf(text, "Vendor Management")).toBe("vendor-management");
    expect(idOf(text, "Advertising")).toBe("advertising");
    expect(idOf(text, "Kaizen")).toBe("kaizen");
  });

  it("keeps UX and UI crafts under their own names", () => {
    const text =
      "SKILLS\nUser Research, Usability Testing, Interaction Design, Wireframing, Prototyping, Figma";
    const crafts = ["User Research", "Usability Testing", "Interaction Design", "Wireframing", "Prototyping"];
    expect(crafts.map((c) => idOf(text, c))).toEqual(crafts.map((c) => c.toLowerCase().replace(" ", "-")));
    expect(getTaxonomy().get("usability-testing")?.parents).toContain("ux-design");
    expect(getTaxonomy().get("wireframing")?.parents).toContain("ui-design");
  });

  it("reads Qualtrics by its own name, and ordinary words opened by an article as no product", () => {
    const text = "Tools: Qualtrics, SurveyMonkey, Excel\nSkills: A programming language, Java";
    expect(idOf(text, "Qualtrics")).toBe("qualtrics");
    expect(found(text).some((s) => s.id === "a-programming-language-apl")).toBe(false);
  });

  it("relates each to its field, so a job asking the field is met by the child", () => {
    const t = getTaxonomy();
    expect(t.get("budgeting")?.parents).toContain("financial-analysis");
    expect(t.get("linkedin")?.parents).toContain("social-media-marketing");
    expect(t.get("typography")?.parents).toContain("graphic-design");
    expect(t.get("procurement")?.parents).toContain("supply-chain");
    expect(t.get("kaizen")?.parents).toContain("lean");
    // The field keeps its own spellings.
    expect(idOf("SKILLS\nFinancial Modeling, Excel", "Financial Modeling")).toBe("financial-analysis");
  });
});
