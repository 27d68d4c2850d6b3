/**
 * Two-word asks are asks: "knife skills" in a prep cook's list, "strong writing" in a content
 * marketer's were dropped by a three-word floor (issue 13, trial finding 6), so the analysis
 * never checked them. Scraps of run-on text stay out. Ads written here.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { shippedEmbedder } from "./evidence.ts";
import { typeRequirements } from "./requirements.ts";
import { twoWordAsk } from "./short-asks.ts";

const graph = getTaxonomy();
const asksOf = (ad: string) => {
  const job = parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" }), graph);
  return typeRequirements(job, graph, shippedEmbedder()).map((a) =>
    a.text.replace(/[.;]$/, "").toLowerCase(),
  );
};

const PREP_COOK = [
  "Prep Cook - Harbor Street Bistro (Duluth, MN)",
  "We are a busy seafood bistro looking for a morning prep cook.",
  "Requirements: knife skills, cash handling, 1+ year in a commercial kitchen, open availability on Sundays",
].join("\n");

const CONTENT = [
  "Content Marketing Lead",
  "A travel app with two million users.",
  "You bring: strong writing, 4+ years in content marketing, a portfolio of published long-form pieces",
].join("\n");

describe("two-word asks", () => {
  it("a list item of two words naming a skill or duty is an ask", () => {
    const cook = asksOf(PREP_COOK);
    expect(cook).toContain("knife skills");
    expect(cook).toContain("cash handling");
    expect(asksOf(CONTENT)).toContain("strong writing");
  });

  it("scraps of run-on text are not asks", () => {
    for (const scrap of [
      "and more",
      "Why wait?",
      "<ORGANIZATION> .",
      "AND SKILLS",
      "such as",
      "is essential",
    ])
      expect(twoWordAsk(scrap, graph), scrap).toBe(false);
    for (const ask of ["knife skills", "strong writing;", "Pair programming", "SQL SSIS", "HTML5 CSS3"])
      expect(twoWordAsk(ask, graph), ask).toBe(true);
  });
});
