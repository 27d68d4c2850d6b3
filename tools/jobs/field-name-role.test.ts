/**
 * A field's name said alone finds its practitioner's title (issue 13 trial): "I want to move
 * into customer success" answered 'I could not match "customer success" to a known role',
 * while "customer success manager" worked. A title that is the said words and one more is
 * read when nothing else matches; one vague word ("data") still matches nothing.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

describe("a field's name as the wished role", () => {
  it("reads 'customer success' as the customer success manager's role", async () => {
    const find = await loadRoleFinder();
    const job = describeDreamRole("I want to move into customer success", find, getTaxonomy());
    const named = describeDreamRole("I want to be a customer success manager", find, getTaxonomy());
    expect(job.title).toBe(named.title);
  });

  it("finds the practitioner for other two-word fields", async () => {
    const find = await loadRoleFinder();
    for (const field of ["supply chain", "human resources"]) expect(find(field), field).toBeDefined();
  });

  it("does not guess a role from one vague word", async () => {
    const find = await loadRoleFinder();
    expect(find("data")).toBeUndefined();
  });
});
