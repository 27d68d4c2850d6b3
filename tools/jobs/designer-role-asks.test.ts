/**
 * A designer's described role asks what design jobs ask (issue 13): O*NET files Web and
 * Digital Interface Designers (15-1255) with the computer occupations, where Git, Jira and
 * Java are concentrated, and its In Demand flags come from postings of all its titles, so
 * "UX designer", "UI designer" and "web designer" were required Git, Jira, Java, JavaScript,
 * Figma and Photoshop alike. The designers' trade lives in SOC 27 (graphic, industrial,
 * interior designers); a required kind that trade does not concentrate and the title's
 * discipline does not hold is a nice-to-have. The roles.json under test is the built one.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

const requiredOf = async (title: string) => {
  const job = describeDreamRole(`I want to be a ${title}`, await loadRoleFinder(), getTaxonomy());
  const required = job.skills.filter((s) => s.kind === "required");
  return new Set(required.flatMap((s) => [s.skillId, ...s.alternatives]));
};

describe("a designer's described role", () => {
  it("does not require a developer's version control, tracker or Java of a UX or UI designer", async () => {
    for (const title of ["ux designer", "ui designer"]) {
      const required = await requiredOf(title);
      for (const id of ["git", "jira", "java"]) expect(required.has(id), `${title}: ${id}`).toBe(false);
      expect(required.has("figma"), title).toBe(true);
    }
    // A UX designer's core is research and interaction design in a prototyping tool: O*NET's
    // Photoshop (and InVision, discontinued) is no longer required (issue 13 trial, role cores).
    const ux = await requiredOf("ux designer");
    for (const id of ["photoshop", "invision"]) expect(ux.has(id), id).toBe(false);
  });

  it("keeps a web designer's web languages required, not Jira or Java", async () => {
    const required = await requiredOf("web designer");
    for (const id of ["jira", "java"]) expect(required.has(id), id).toBe(false);
    expect(required.has("css") || required.has("html"), "css/html").toBe(true);
  });

  it("leaves a developer's role as it was", async () => {
    const required = await requiredOf("software developer");
    expect(required.has("git")).toBe(true);
  });
});
