/**
 * Issue 13 (design field): a graphic designer who uses Photoshop, Illustrator and InDesign in her
 * work was UNFIT for an ad whose must-have is "Expert in Adobe Creative Suite" — the suite was
 * "not found on your profile". The suite's products of its kind meet it (suite-members.ts); a
 * product of another maker or another kind does not, and a plain product ask is not met by a
 * sibling. The resume and ad are written for this test.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { suiteMemberVia } from "./suite-members.ts";

const deps = gapDeps();
const RESUME = [
  "Tove Example",
  "tove@example.org",
  "EXPERIENCE",
  "Graphic Designer, Northlight Studio — February 2017 to present",
  "- Designed logos, leaflets and packaging for thirty clients in Photoshop and Illustrator",
  "- Laid out catalogues in InDesign and sent print-ready files to the printer",
  "Junior Designer, Papercut Print — June 2015 to January 2017",
  "- Retouched product photos in Photoshop",
  "EDUCATION",
  "BA Graphic Design, 2015",
].join("\n");
const AD = [
  "Graphic Designer",
  "Requirements:",
  "- 3+ years as a graphic designer",
  "- Expert in Adobe Creative Suite",
].join("\n");

describe("a suite ask met by the suite's own products", async () => {
  const profile = await profileFromText(RESUME, new Date("2026-12-01"));

  it("meets Adobe Creative Suite with Photoshop and Illustrator used in the roles", () => {
    const ad = parseJobPosting(AD, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
    const a = analyze(profile, ad, deps);
    const suite = a.matched.find((m) => m.requirement === "Adobe Creative Suite");
    expect(suite?.via).toBe("child");
    expect(a.gaps.map((g) => g.skill)).not.toContain("Adobe Creative Suite");
    expect(a.verdictReason).not.toMatch(/Adobe Creative Suite not found/);
  });

  it("reads only the suite's maker and kind, and only for an ask that is a suite", () => {
    const g = deps.graph;
    expect(suiteMemberVia(g, "adobe-creative-suite", "photoshop")).toBe("child");
    // Same maker, another kind of tool (document management): not the design suite.
    expect(suiteMemberVia(g, "adobe-creative-suite", "adobe-acrobat")).toBeUndefined();
    // A plain product ask is not met by its sibling product.
    expect(suiteMemberVia(g, "illustrator", "photoshop")).toBeUndefined();
    // Another maker's suite of another kind.
    expect(suiteMemberVia(g, "oracle-apps", "photoshop")).toBeUndefined();
  });
});
