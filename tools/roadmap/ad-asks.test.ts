/**
 * What an ad asks reaches the plan (issue 12 trial, a graphic designer -> UX designer): the
 * ad's "Experience with accessibility standards (WCAG 2.1)" read as no skill, so the plan
 * never named accessibility; "Basic knowledge of HTML and CSS" read as an intermediate ask,
 * so a designer with basic HTML and CSS got 36 hours of HTML and CSS courses; "A/B testing"
 * was read as Statistics (60 hours of a statistics course for a designer).
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { buildRoadmap } from "./build.ts";

const deps = gapDeps();
// An ad written for this test.
const AD = [
  "Interaction Designer — Quillon B.V.",
  "Must have",
  "- Strong Figma skills, including prototyping",
  "- Experience with usability testing",
  "Nice to have",
  "- Experience with accessibility standards (WCAG 2.1)",
  "- Basic knowledge of HTML and CSS",
  "- Experience with A/B testing",
].join("\n");

describe("the ad's asks in the plan", () => {
  const job = parseJobPosting(AD, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
  const designer = profile({
    headline: "Graphic Designer",
    skills: [
      skill("figma", "advanced", { years: 5 }),
      skill("ux-design", "intermediate", { years: 2 }),
      skill("html", "beginner", { years: 1 }),
      skill("css", "beginner", { years: 1 }),
    ],
  });
  const analysis = analyze(designer, job, deps);
  const plan = buildRoadmap(analysis, designer, deps);

  it("makes the accessibility ask a gap with accessibility resources", () => {
    expect(analysis.gaps.map((g) => g.skillId)).toContain("web-accessibility");
    const item = plan.items.find((i) => i.skillId === "web-accessibility");
    expect(item?.resources.map((r) => r.url).join(" ")).toMatch(/w3\.org\/WAI/);
  });

  it("reads A/B testing as the product practice, not a statistics course", () => {
    const ids = analysis.gaps.map((g) => g.skillId);
    expect(ids).toContain("a-b-testing");
    expect(ids).not.toContain("statistics");
  });

  it("counts basic HTML and CSS as meeting a basic ask", () => {
    expect(plan.items.map((i) => i.skillId)).not.toContain("html");
    expect(plan.items.map((i) => i.skillId)).not.toContain("css");
  });
});
