/**
 * The verdict fit must learn and measure the number the analysis shows (calib13c, 2026-12-04):
 * the fit's own copy of "which pairs a rule decides" counted only the ad's hard asks, not a
 * degree nothing stands in for, so three outside dev pairs the analysis calls UNFIT by that
 * rule (at the rules' confidence) were fitted and scored as the model's FIT at 0.86-0.95.
 * The fitter now asks the analysis's decidedByRule and confidenceValue: one path.
 * The real resume parser, job parser and analysis run; the documents are made up.
 */
import { expect, it } from "vitest";
import { gapDeps } from "../../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../../jobs/parse.ts";
import { extractSkills } from "../../skills/extract.ts";
import { analyze } from "../analyze.ts";
import type { Analysis } from "../types.ts";
import { type Features, verdictModel } from "../verdict-model.ts";
import { decidedByRule, type Example, predict } from "./verdict-fit.ts";

const NOW = new Date("2024-06-01");
const parseAd = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const researcher = [
  "Ines Valdez",
  "ines.valdez@example.org | Porto",
  "EXPERIENCE",
  "Research Assistant, Harbourside Institute of Marine Biology, Porto",
  "February 2016 - Present",
  "- Ran field sampling of coastal fish stocks and analysed the catch data in R.",
  "- Wrote survey reports and co-authored one journal article on estuary ecology.",
  "EDUCATION",
  "Associate Degree in Laboratory Science, Porto Polytechnic, 2015",
  "SKILLS",
  "R, field sampling, data analysis, report writing",
].join("\n");

const post = (degree: string) =>
  [
    "Research Scientist in Fisheries Ecology",
    "Westcoast Marine University",
    "We study fish populations on the Atlantic coast.",
    "Requirements:",
    `- ${degree}`,
    "- Experience with field sampling of fish stocks",
    "- Data analysis in R",
  ].join("\n");

/** A pair as the fitter holds it, from the analysis's own record. */
function asExample(result: Analysis): Example {
  return {
    id: "made-up",
    set: "dev",
    label: result.verdict,
    features: result.verdictModel!.features as Features,
    completeness: result.verdictModel!.completeness,
  };
}

/** The fitter's P(FIT) read as a verdict and its confidence. */
function fitterCall(result: Analysis) {
  const p = predict(verdictModel(), asExample(result));
  return { verdict: p >= 0.5 ? "FIT" : "UNFIT", confidence: Math.max(p, 1 - p) };
}

it("a pair a required doctorate decides is a rule pair to the fitter, at the confidence the analysis shows", async () => {
  const profile = await profileFromText(researcher, NOW);
  const result = analyze(profile, parseAd(post("A completed PhD in marine biology or ecology")), gapDeps());
  expect(result.verdict).toBe("UNFIT");
  expect(result.verdictReason).toMatch(/doctorate/);
  expect(decidedByRule(asExample(result))).toBe(true);
  const call = fitterCall(result);
  expect(call.verdict).toBe("UNFIT");
  expect(call.confidence).toBeCloseTo(result.confidence, 2);
});

it("a pair the learned verdict decides reads the same in the fitter and the analysis", async () => {
  const profile = await profileFromText(researcher, NOW);
  const result = analyze(
    profile,
    parseAd(post("A degree in a science subject or equivalent experience")),
    gapDeps(),
  );
  expect(decidedByRule(asExample(result))).toBe(false);
  const call = fitterCall(result);
  expect(call.verdict).toBe(result.verdict);
  expect(call.confidence).toBeCloseTo(result.confidence, 2);
});
