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
