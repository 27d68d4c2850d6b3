/**
 * An ad with no requirements heading it can read lists its asks as bare items: "Relevant
 * vocational training in logistics", "Commercial flair". No cue word marks them, so they were
 * dropped as the intro's prose, while a bullet list's items are either asks, duties, or the
 * offer. Such an item is kept `unmarked` and the ask classifier decides (issue 13, 2026-12-04
 * late night). Prose without a cue stays out: it is the company's. Invented ad lines.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { shippedEmbedder } from "./evidence.ts";
import { typeRequirements } from "./requirements.ts";

const graph = getTaxonomy();
const read = (ad: string) => {
  const job = parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" }), graph);
  return { job, asks: typeRequirements(job, graph, shippedEmbedder()) };
};

const AD = [
  "Transport Planner",
  "Our depot on the ring road plans two hundred deliveries a day.",
  "Founded in 1962, the family business now runs forty trucks.",
  "• Relevant education in supply chain management • BA/BS degree • Paid parental leave",
].join("\n");

describe("list items no cue marks as asks", () => {
  it("reach the ask classifier, which keeps the asks and drops the offer", () => {
    const { job, asks } = read(AD);
    const unmarked = (job.requirementLines ?? []).filter((l) => l.unmarked).map((l) => l.text);
    expect(unmarked).toContain("Relevant education in supply chain management");
    const texts = asks.map((a) => a.text);
    expect(texts).toContain("Relevant education in supply chain management");
    expect(texts).not.toContain("Paid parental leave");
  });

  it("a prose sentence without a cue is not one", () => {
    const lines = (read(AD).job.requirementLines ?? []).map((l) => l.text);
    expect(lines.some((l) => /1962|ring road/.test(l))).toBe(false);
  });

  it("a two-word degree ask is an ask", () => {
    const degree = read(AD).asks.find((a) => a.text === "BA/BS degree");
    expect(degree?.type).toBe("degree");
  });
});
