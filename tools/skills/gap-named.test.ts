/**
 * A gap is meant by the name people say for it: its name without the role data's examples, an
 * example, or the taxonomy's name for either — never by a shared head word (trial 2026-12-06:
 * "why is CRM software a gap?" was told "CRM is not among the gaps"). Real taxonomy.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { claimAgainstGap } from "./claim-against-gap.ts";
import { gapNamed } from "./gap-named.ts";

const GAPS = [
  { skill: "Software development" },
  { skill: "CRM software (such as Salesforce)" },
  { skill: "Email software (such as Microsoft Outlook, Gmail)" },
  { skill: "Figma", skillId: "figma" },
];
const DESIGN_GAPS = [{ skill: "Relevant experience" }, { skill: "prototyping tool (such as Figma, Sketch)" }];

describe("gapNamed", () => {
  it.each([
    ["CRM software", "CRM software (such as Salesforce)"],
    ["crm", "CRM software (such as Salesforce)"],
    ["salesforce", "CRM software (such as Salesforce)"],
    ["outlook", "Email software (such as Microsoft Outlook, Gmail)"],
    ["Microsoft Outlook", "Email software (such as Microsoft Outlook, Gmail)"],
    ["figma", "Figma"],
  ])("'%s' means %s", (said, gap) => {
    expect(gapNamed(GAPS, said, getTaxonomy())?.skill).toBe(gap);
  });
  it("'figma' means the design tool ask that names it as an example", () => {
    expect(gapNamed(DESIGN_GAPS, "figma", getTaxonomy())?.skill).toBe(
      "prototyping tool (such as Figma, Sketch)",
    );
  });
  it.each(["software", "accounting software", "Tableau"])("'%s' means no gap", (said) => {
    expect(gapNamed(GAPS, said, getTaxonomy())).toBeUndefined();
  });
});

describe("a tool claimed against a gap that names it as an example", () => {
  it("meets the ask like a kind of it, named as the ask names it", () => {
    const c = claimAgainstGap(getTaxonomy(), { skill: "CRM software (such as Salesforce)" }, "salesforce");
    expect(c).toMatchObject({ claimed: "Salesforce", gap: "CRM software", relation: "kind_of" });
  });
  it("the skill itself claimed is the same skill", () => {
    const c = claimAgainstGap(getTaxonomy(), { skill: "Microsoft Outlook", skillId: "outlook" }, "outlook");
    expect(c.relation).toBe("same");
  });
});
