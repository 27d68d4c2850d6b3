import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { claimAgainstGap } from "./claim-against-gap.ts";

describe("a claimed skill set against a gap, from the skill data", () => {
  const t = getTaxonomy();
  it("says when the claim is the gap by another name, or a kind of it", () => {
    expect(claimAgainstGap(t, { skill: "Kubernetes" }, "k8s").relation).toBe("same");
    expect(claimAgainstGap(t, { skill: "SQL" }, "postgresql every day")).toMatchObject({
      claimed: "PostgreSQL",
      relation: "kind_of",
    });
  });
  it("gives the partial credit of a related skill, and nothing for an unlinked or unknown one", () => {
    const related = claimAgainstGap(t, { skill: "Kubernetes" }, "docker");
    expect(related.relation).toBe("related");
    expect(related.credit).toBeGreaterThan(0);
    expect(related.credit).toBeLessThan(1);
    expect(claimAgainstGap(t, { skill: "Python" }, "nursing").relation).toBe("unrelated");
    expect(claimAgainstGap(t, { skill: "Python" }, "zzqx blorp").relation).toBe("unknown");
  });
});
