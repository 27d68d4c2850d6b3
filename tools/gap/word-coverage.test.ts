import { describe, expect, it } from "vitest";
import { profile, skill } from "../../test-support/gap-fixtures.ts";
import { askCoverage } from "./word-coverage.ts";

const ASK = "Experience with Kubernetes and Terraform";

describe("word coverage reads evidence, not keyword lists", () => {
  it("a keyword run appended to a paragraph does not cover the ask", () => {
    const stuffed = profile({
      summary:
        "Built order screens for a retail website and kept them fast. Kubernetes, Terraform, Ansible, Helm",
    });
    expect(askCoverage(stuffed, ASK).coverage ?? 0).toBeLessThan(0.5);
  });

  it("a skills-section entry alone does not cover the ask", () => {
    const listed = profile({ skills: [skill("kubernetes", "advanced"), skill("terraform", "advanced")] });
    expect(askCoverage(listed, ASK).coverage ?? 0).toBeLessThan(0.5);
  });

  it("a sentence that uses the skills does", () => {
    const used = profile({
      summary: "Deployed the payment services on Kubernetes and provisioned them with Terraform.",
    });
    expect(askCoverage(used, ASK).coverage).toBeGreaterThan(0.8);
  });
});

/**
 * Near in the word vectors is not the same meaning (tools/gap/word-senses.ts, learned from
 * ESCO and O*NET labels): before, any resume word at cosine 0.75 covered an ask word in full.
 */
describe("word coverage credits same meanings, not near neighbours", () => {
  const says = (summary: string) => profile({ summary, experience: [] });

  it("'communications' does not cover a wireless ask (GloVe cosine 0.70, was credited 0.83)", () => {
    const p = says(
      "Designed firmware for communications modules in industrial control panels for ten years.",
    );
    expect(askCoverage(p, "Experience with low power wireless protocols").missing).toContain("wireless");
  });

  it("JavaScript does not cover Java, marketing does not cover sales (two skills in the taxonomy)", () => {
    const js = says("Built single-page apps in JavaScript for five years.");
    expect(askCoverage(js, "Experience developing in Java").missing).toContain("java");
    const marketing = says("Led marketing campaigns for the brand and grew the newsletter.");
    expect(askCoverage(marketing, "Proven record in sales").missing).toContain("sales");
  });

  it("a synonym the labels use for each other still counts ('oversee' for 'supervise')", () => {
    const p = says("Oversaw a team of twelve warehouse staff across two shifts.");
    const oversee = says("I oversee the warehouse staff on both shifts.");
    expect(askCoverage(oversee, "Supervise warehouse staff").missing).not.toContain("supervise");
    expect(askCoverage(p, "Supervise warehouse staff").coverage).toBeGreaterThan(0.6);
  });
});
