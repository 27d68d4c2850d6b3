/**
 * Trial14 §3: a salesperson's dream role must ask sales work. Said with the segment or the
 * channel ("enterprise account executive", "inside sales representative") or as a director, the
 * finder reads the sales occupations, whose O*NET technology lists are a CRM and office
 * software: the role asked CRM, Outlook and PowerPoint and nothing of selling. These titles
 * share the sales cores (data/roles/role-cores.json); a UX researcher and an interaction
 * designer ask research and design, not Git and Java.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

const requiredOf = async (said: string) =>
  new Set(
    describeDreamRole(said, await loadRoleFinder(), getTaxonomy())
      .skills.filter((s) => s.kind === "required")
      .flatMap((s) => [s.skillId, ...s.alternatives]),
  );

describe("sales and design titles said with a qualifier", () => {
  it("asks selling of sales reps and executives, not office software", async () => {
    for (const said of [
      "my next step is enterprise account executive",
      "I'd like a job as an inside sales representative",
      "hoping to land a sales development representative role",
    ]) {
      const required = await requiredOf(said);
      for (const id of ["sales", "negotiation"]) expect(required.has(id), `${said}: ${id}`).toBe(true);
      for (const id of ["outlook", "powerpoint"]) expect(required.has(id), `${said}: ${id}`).toBe(false);
    }
  });

  it("asks leading a sales team of sales directors and regional managers", async () => {
    for (const said of ["I want to become a sales director", "aiming for regional sales manager"]) {
      const required = await requiredOf(said);
      for (const id of ["sales", "leadership"]) expect(required.has(id), `${said}: ${id}`).toBe(true);
    }
  });

  it("asks research and design of a UX researcher and an interaction designer", async () => {
    for (const said of ["I want to be a ux researcher", "I want to work as an interaction designer"]) {
      const required = await requiredOf(said);
      expect(required.has("user-research"), said).toBe(true);
      for (const id of ["git", "java", "jira"]) expect(required.has(id), `${said}: ${id}`).toBe(false);
    }
  });
});
