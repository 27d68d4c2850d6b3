/**
 * Items listed under a "Requirements:" heading are asks, whatever the ask classifier reads in
 * a few words with nothing around them (issue 13): an HR ad's "Employee relations casework"
 * and "Full-cycle recruitment support" were read as duties of the job and left out, so a
 * generalist who did exactly that work was never checked for it. The same items under a
 * "Responsibilities:" heading stay the job's duties. Ads written here.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { shippedEmbedder } from "./evidence.ts";
import { typeRequirements } from "./requirements.ts";

const graph = getTaxonomy();
const asksOf = (ad: string) => {
  const job = parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" }), graph);
  return typeRequirements(job, graph, shippedEmbedder()).map((a) =>
    a.text.replace(/[.;]$/, "").toLowerCase(),
  );
};

const HR_ITEMS = [
  "- Employee relations casework",
  "- Full-cycle recruitment support",
  "- Benefits administration for a workforce of 300+",
];

const HR_AD = (heading: string) =>
  [
    "HR Generalist",
    "Northwind Logistics is growing and needs an HR generalist for our Denver office.",
    "",
    "Responsibilities:",
    "- Partner with managers on hiring plans and onboarding",
    "- Keep personnel files accurate",
    "",
    `${heading}:`,
    ...HR_ITEMS,
    "- 3+ years of HR experience",
  ].join("\n");

const WAREHOUSE_AD = [
  "Warehouse Lead - Cedar Freight (Reno, NV)",
  "Our cross-dock runs two shifts and ships 40 trailers a day.",
  "",
  "What we require:",
  "- Forklift operation",
  "- Inventory cycle counts",
  "- Leading a crew of 6-10 pickers",
].join("\n");

describe("items under a requirements heading", () => {
  it("are asks of the candidate (HR generalist)", () => {
    const asks = asksOf(HR_AD("Requirements"));
    expect(asks).toContain("employee relations casework");
    expect(asks).toContain("full-cycle recruitment support");
    expect(asks).toContain("benefits administration for a workforce of 300+");
    expect(asks).toContain("3+ years of hr experience");
  });

  it("are asks under another requirements heading (warehouse lead)", () => {
    const asks = asksOf(WAREHOUSE_AD);
    expect(asks).toContain("forklift operation");
    expect(asks).toContain("inventory cycle counts");
  });

  it("the job's own duties under a responsibilities heading are still not asks", () => {
    const asks = asksOf(HR_AD("Requirements"));
    expect(asks).not.toContain("partner with managers on hiring plans and onboarding");
    expect(asks).not.toContain("keep personnel files accurate");
  });
});
