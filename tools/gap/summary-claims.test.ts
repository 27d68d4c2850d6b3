import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { profile, skill } from "../../test-support/gap-fixtures.ts";
import { summaryClaims, yearsForRequirement } from "./experience.ts";

const graph = getTaxonomy();

describe("years stated in the summary count for a skill however the person spells it", () => {
  // Made-up resume: the person writes the older spelling (J2EE); the taxonomy names the skill
  // Java EE. An ad's "at least 3 years of Java EE" is met by the years the summary states.
  const spelledOld = profile({
    summary:
      "Backend engineer. More than 8 years of experience building payment services with J2EE and Oracle.",
    experience: [],
    skills: [skill("j2ee", "advanced", { years: undefined, proficiencyStated: false })],
  });

  it("the alias in the sentence carries the years to the skill", () => {
    expect(graph.get("j2ee")?.aliases ?? []).toContain("j2ee");
    expect(summaryClaims(spelledOld, graph).get("j2ee")?.years).toBe(8);
    expect(yearsForRequirement(graph, spelledOld, ["j2ee"], undefined).years).toBe(8);
  });

  it("a sentence naming no spelling of the skill gives it no years", () => {
    const other = { ...spelledOld, summary: "More than 8 years of experience in retail banking." };
    expect(summaryClaims(other, graph).has("j2ee")).toBe(false);
  });
});
