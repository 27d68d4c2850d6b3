/**
 * What a resume only names, or what a pasted ad sentence took the place of, adds nothing to the
 * verdict's view (issue 13, robustness dev.unstructured / dev.pasted on main): the real resume
 * parser, job parser and analysis; the documents are ours.
 *
 * - A listed name whose close kin a role shows (listed-backed-by-kin.ts) counted in full for the
 *   verdict, so a name stuffed into a one-paragraph resume met a required skill the role showed
 *   only the kin of, and the required-asks rule let go of an UNFIT.
 * - A degree ask naming its level, on a profile whose degrees the reader could not place, was read
 *   partly by lines that read somewhat like it: a profile showing no degree weighed better than
 *   one showing a lower degree.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const NOW = new Date("2024-06-01");
const parseAd = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const RESEARCH_AD = [
  "UX Researcher",
  "Requirements:",
  "- 3+ years of experience in user research",
  "- Strong user research skills with interviews and diary studies",
  "- Experience with Figma",
  "- Survey design and accessibility audits",
].join("\n");

const DESIGNER = [
  "Ola Example",
  "Interaction Designer | ola@example.net | Leeds",
  "EXPERIENCE",
  "Interaction Designer, Kestrel Rail Tickets, Leeds",
  "March 2020 - May 2024",
  "- Ran remote usability tests with commuters on the ticket checkout every sprint",
  "- Drew page layouts for the booking flow in Figma",
  "EDUCATION",
  "BA in Graphic Design, Leeds Arts University, 2019",
  "SKILLS",
  "Figma, Sketching",
].join("\n");

describe("a listed name whose close kin a role shows", () => {
  it("weighs for the verdict as the kin alone: no more met, no gap more open", async () => {
    const ad = parseAd(RESEARCH_AD);
    const plain = analyze(await profileFromText(DESIGNER, NOW), ad, deps);
    const listed = analyze(await profileFromText(`${DESIGNER}, User Research`, NOW), ad, deps);
    // The shown analysis credits the claim the role backs (listed-backed-by-kin.ts)…
    expect(listed.matched.find((m) => m.requirement === "User Research")?.skill).toBe("User Research");
    // …the verdict weighs what the role shows: the same as with no name listed.
    expect(plain.verdictModel?.skillsMet?.of).toBeGreaterThan(0);
    expect(listed.verdictModel?.skillsMet).toEqual(plain.verdictModel?.skillsMet);
    expect(listed.verdictModel!.features.requiredGapsOpen).toBe(
      plain.verdictModel!.features.requiredGapsOpen,
    );
    expect(listed.verdict).toBe(plain.verdict);
  });
});

const ANALYST_AD = `Business Analyst
Northgate Health, Manchester

Requirements
- You hold a master's degree in Business Administration (MBA) or equivalent.
- At least 3 years of business analysis in healthcare.
- Requirements workshops with clinical and IT stakeholders.
`;

const ANALYST = `Sam Example
Manchester

EXPERIENCE
Business Analyst, Riverside Clinics, Manchester, 2018 - 2024
- Ran requirements workshops with clinical and IT stakeholders for the patient records system.
- Handled business administration reporting and budgets for the operations director.
`;

describe("a degree ask on a profile that shows no degree", () => {
  it("is not met in part by a line that reads somewhat like it", async () => {
    const analysis = analyze(await profileFromText(ANALYST, NOW), parseAd(ANALYST_AD), deps);
    const degree = analysis.requirements?.find((r) => r.type === "degree");
    expect(degree).toBeDefined();
    expect(degree!.met).toBe(false);
    expect(degree!.similarity).toBe(0);
  });
});
