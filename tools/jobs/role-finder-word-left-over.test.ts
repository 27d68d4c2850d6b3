/**
 * "tech recruiting" as a dream role was a Surgical Technologist (lead's new-user trial
 * 2026-12-06e, item 4): O*NET's "OR Tech" lost its "OR" as a stop word and became the title
 * "Tech", found word for word, so "recruiting" (a recruiter, read by its stem) was never
 * looked at. A capitalised stop word in a title is an acronym ("OR", "IT", "AT"), so the
 * title keeps it and a word said beside "tech" is read as the work it names.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

describe("a short word beside the word that names the work", () => {
  it.each([
    ["tech recruiting", /^13-1071/],
    ["IT recruiting", /^13-1071/],
    ["tech sales", /^41-/],
    ["I'd like to move into tech sales", /^41-/],
    ["tech writing", /^27-30/],
  ])("'%s' is read by the work it names", async (text, code) => {
    const role = describeDreamRole(text, await loadRoleFinder(), getTaxonomy());
    expect(role.occupation?.code).toMatch(code);
  });

  it.each([
    ["OR tech", "29-2055.00"],
    ["OR nurse", "29-1141.00"],
    ["nurse in London", "29-1141.00"],
    ["data analyst at a bank", "15-2051.01"],
    ["ops manager", "11-1021.00"],
  ])("a title said in full is still that title ('%s')", async (text, code) => {
    expect((await loadRoleFinder())(text)?.role.code).toBe(code);
  });
});
