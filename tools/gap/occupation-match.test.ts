import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { gapDeps, profile } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { occupationMatch, occupationNote } from "./occupation-match.ts";

// An educational-content ad with no title line (written for this test).
const AD = [
  "Would you like to shape how children learn to read?",
  "You will write lesson materials and teacher guides for our primary-school reading programme and review them with curriculum experts.",
  "You have experience developing curriculum or instructional materials.",
].join("\n");

const job = () => parseJobPosting(AD, (t) => extractSkills(t, { section: "job ad" }), getTaxonomy());

const person = (title: string, bullet: string) =>
  profile({
    headline: title,
    experience: [
      { title, company: "School", start: "2016-08", end: "2022-06", bullets: [bullet], skills: [] },
    ],
  });

const coach = person("Physical Education Teacher", "Coached the school football team and ran PE lessons.");
const designer = person(
  "Instructional Designer",
  "Designed curriculum materials and teacher guides for reading courses.",
);

describe("occupation match", () => {
  it("reads a PE teacher farther from an educational-content ad than an instructional designer", () => {
    const ad = job();
    expect(ad.title).toBeUndefined();
    const far = occupationMatch(coach, ad, undefined)!;
    const near = occupationMatch(designer, ad, undefined)!;
    expect(near.closeness).toBeGreaterThan(far.closeness);
    // Said in the verdict when it argued against a fit: both occupations, and the title quoted.
    expect(occupationNote(far, 1)).toMatch(
      /^the ad reads as .+ work; your titles read as .+ \("Physical Education Teacher"\)$/,
    );
    expect(occupationNote(near, 0)).toBeUndefined();
  });

  it("is among the verdict's inputs (left out of the fit until it adds to it: fit-verdict.ts)", () => {
    const analysis = analyze(coach, job(), { ...gapDeps(), readOccupation: true });
    expect(analysis.verdictModel?.features.occupationCloseness).toBe(
      occupationMatch(coach, job(), undefined)!.closeness,
    );
  });
});
