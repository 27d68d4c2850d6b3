/**
 * Trial14 §3: "Comfortable using data (Amplitude, Mixpanel or similar)" became two required-high
 * gaps for a designer who had used Google Analytics, and the roadmap spent six weeks on them.
 * Examples closed by "or similar" with no kind named are one ask for the kind the taxonomy
 * files them under, met by any tool of it. Ads and profiles written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const deps = gapDeps();
const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
const asks = (text: string) => parse(text).skills.map((s) => [s.skillId, s.alternatives.join("|")].join(" "));

const ad = (line: string) =>
  `Product Designer\nWe build a savings app.\n\nRequirements:\n- Daily work in Figma\n- ${line}`;

describe("examples closed by 'or similar'", () => {
  it("reads 'A, B or similar' as one ask for their kind", () => {
    for (const line of [
      "Comfortable reading product data (Amplitude, Mixpanel or similar)",
      "Product analytics in Amplitude/Mixpanel or equivalent",
      "You have used Mixpanel, Amplitude, etc.",
    ]) {
      const got = asks(ad(line));
      expect(got, line).toContain("web-analytics amplitude|mixpanel");
      expect(
        got.some((a) => a.startsWith("amplitude") || a.startsWith("mixpanel")),
        line,
      ).toBe(false);
    }
  });

  it("keeps tools that share no kind as asks of their own", () => {
    const got = asks(ad("Experience with Jira, Figma or similar"));
    expect(got.some((a) => a.startsWith("jira"))).toBe(true);
  });

  it("is met by another tool of the kind: Google Analytics, not two required gaps", () => {
    const designer = profile({
      headline: "UX Designer",
      experience: [
        {
          title: "UX Designer",
          company: "Harbour Digital",
          start: "2020-01",
          end: "present",
          bullets: [
            "Designed checkout flows in Figma",
            "Tracked funnels in Google Analytics to pick what to redesign",
          ],
          skills: ["Figma", "Google Analytics"],
        },
      ],
      skills: [skill("figma", "advanced"), skill("google-analytics", "intermediate")],
      totalYearsExperience: 6,
    });
    const a = analyze(
      designer,
      parse(ad("Comfortable reading product data (Amplitude, Mixpanel or similar)")),
      deps,
    );
    const gaps = a.gaps.map((g) => g.skill.toLowerCase());
    expect(gaps.some((g) => g.includes("amplitude") || g.includes("mixpanel"))).toBe(false);
  });
});
