/**
 * The kind of employment a person said they want (Preferences.employment, kept from chat: "only
 * part-time") against the kind the ad offers (issue 13): shown in the culture-fit score (work
 * conditions, as shifts are) and in the advice, never silently left out. Before, the preference was
 * stored and the analysis read nothing of it: a part-time seeker's full-time ad read the same as a
 * part-time one's. Ads written for this test, read by the real job-ad parser.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, parseAdText, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";

const AD = (kind: string) => `Backend Engineer — Hollowmere Labs, Berlin
Job type: ${kind}
Requirements:
- 3+ years of backend development
- Java and Spring Boot
- SQL`;
const SILENT_AD = `Backend Engineer — Hollowmere Labs, Berlin
Requirements:
- 3+ years of backend development
- Java and Spring Boot
- SQL`;

const wanting = (...employment: ("part_time" | "full_time" | "contract" | "freelance")[]) =>
  profile({ preferences: { employment } });

describe("employment type against the ad's", () => {
  it("a full-time ad for someone who said only part-time holds culture fit down and says both sides", () => {
    const job = parseAdText(AD("Full-time"));
    expect(job.employmentType).toBe("full_time");
    const a = analyze(wanting("part_time"), job, gapDeps());
    const culture = a.scoreDetails!.cultureFit;
    expect(culture.score).toBe(20);
    expect(culture.explanation).toMatch(/offers full-time work, and you said you want part-time work/);
    expect(culture.evidence).toEqual(expect.arrayContaining(["ad: full-time work", "you: part-time work"]));
    expect(a.recommendations.join("\n")).toMatch(
      /offers full-time work, not the part-time work you said you want: ask the employer/,
    );
  });

  it("a kind that fits is said, and contract and freelance are one arrangement", () => {
    const a = analyze(wanting("part_time"), parseAdText(AD("Part-time")), gapDeps());
    expect(a.scoreDetails!.cultureFit.explanation).toMatch(/part-time work fits what you said you want/);
    expect(a.scores.cultureFit).toBe(100);
    expect(a.recommendations.join("\n")).not.toMatch(/ask the employer/);
    const c = analyze(wanting("freelance"), parseAdText(AD("Contract")), gapDeps());
    expect(c.scoreDetails!.cultureFit.explanation).toMatch(/fits what you said you want/);
  });

  it("says which side is silent: a wish the ad says nothing of, or the ad's kind with no wish said", () => {
    const silent = analyze(wanting("part_time"), parseAdText(SILENT_AD), gapDeps());
    expect(silent.scoreDetails!.cultureFit.explanation).toMatch(
      /doesn't say what kind of employment it is, so your wish for part-time work wasn't compared/,
    );
    const unsaid = analyze(profile({ preferences: {} }), parseAdText(AD("Contract")), gapDeps());
    expect(unsaid.scoreDetails!.cultureFit.explanation).toMatch(
      /offers contract work; tell me the kind of work you want/,
    );
  });

  it("the verdict is the qualifications' call: a clash changes culture fit and advice, not FIT/UNFIT", () => {
    const job = parseAdText(AD("Full-time"));
    const clash = analyze(wanting("part_time"), job, gapDeps());
    const fits = analyze(wanting("full_time"), job, gapDeps());
    expect(clash.verdict).toBe(fits.verdict);
  });
});
