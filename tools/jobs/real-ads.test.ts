/**
 * The parser on the real ads in ../shared/data/job_postings (skipped with a message when
 * that folder is absent, as on a fresh clone; required under CI=true).
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { loadPostings } from "../gap/eval/shared-data.ts";
import { extractSkills } from "../skills/extract.ts";
import { measureAdParsing } from "./eval/ad-coverage.ts";
import { parseJobPosting } from "./parse.ts";

const postings = loadPostings();
if (!postings) console.warn("skipping real-ad tests: ../shared/data/job_postings is absent");

describe.skipIf(!postings)("job parsing on the real ads", () => {
  it("yields titles, required skills and the gold header fields", () => {
    const report = measureAdParsing(
      postings!,
      (text) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), getTaxonomy()),
      getTaxonomy(),
    );
    console.info(JSON.stringify(report));
    expect(report.ads).toBeGreaterThan(150);
    expect(report.fieldRates.title).toBeGreaterThanOrEqual(0.7);
    expect(report.fieldRates.requiredSkills).toBeGreaterThanOrEqual(0.9);
    expect(report.gold.technologiesRecall).toBeGreaterThanOrEqual(0.9);
    expect(report.gold.seniorityAgreement).toBeGreaterThanOrEqual(0.9);
    expect(report.gold.employmentTypeAgreement).toBeGreaterThanOrEqual(0.9);
    // Every ad parses without throwing, whatever its shape.
    expect(report.meanParseConfidence).toBeGreaterThan(0.5);
  });
});
