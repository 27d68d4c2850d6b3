/**
 * Found trying `careercraft analyze` as a digital advertising executive against an SEO content
 * ad (lead, 2026-12-04): the skills score counted 16 years of digital marketing "used in Digital
 * Advertising Executive" (the role's duties name it), while the experience score said "0
 * relevant years" for the same job, because a role's relevance to the job read only the skills
 * the parser attached to it. A role whose duties name a skill the job requires now counts, at an
 * adjacent role's weight. Resume and ad are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();

const PROMOTIONS = [
  "Dana Whitfield",
  "Promotions Coordinator | dana.w@example.org | Tucson, AZ",
  "EXPERIENCE",
  "Promotions Coordinator, Saguaro Outfitters, Tucson, AZ",
  "March 2016 - Present",
  "- Run search engine optimization for 300 product pages and the store blog.",
  "- Brief two copywriters each week on what to write next.",
  "EDUCATION",
  "Bachelor of Arts in Communication, University of Arizona, 2015",
].join("\n");

const SEO_AD = [
  "SEO Content Specialist",
  "Mesa Media — Phoenix, AZ",
  "Requirements:",
  "- 2+ years of professional experience",
  "- Hands-on SEO",
  "- WordPress",
].join("\n");

describe("a role whose duties name a required skill counts toward the job's years", () => {
  it("counts a promotions coordinator's SEO years toward an SEO content ad", async () => {
    const person = await profileFromText(PROMOTIONS, new Date("2026-06-01"));
    const ad = parseJobPosting(SEO_AD, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
    const result = analyze(person, ad, deps);
    const seo = result.matched.find((m) => m.requirementId === "seo");
    // The skill side already counts the role's years (its duties name SEO)...
    expect(seo?.evidence.join("\n")).toMatch(/named in your experience/);
    // ...and now the experience side agrees that the role is relevant.
    const exp = result.scoreDetails.experience;
    expect(exp.score).toBeGreaterThan(0);
    expect(exp.evidence.join("\n")).toMatch(/Promotions Coordinator at Saguaro Outfitters/);
  });

  it("does not count a role whose duties name none of the job's skills", async () => {
    const person = await profileFromText(
      PROMOTIONS.replace("Run search engine optimization for", "Restock and price"),
      new Date("2026-06-01"),
    );
    const ad = parseJobPosting(SEO_AD, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
    expect(analyze(person, ad, deps).scoreDetails.experience.score).toBe(0);
  });
});
