/**
 * trial13 §12: career answers beside the point. Paths are ranked by the tools of the work, not an
 * office suite every occupation lists (a vet with Excel was sent to dentists); a growth question
 * gets a ladder of the role asked about. Profiles written here.
 */
import { describe, expect, it } from "vitest";
import { profile, skill } from "../../test-support/gap-fixtures.ts";
import { careerPaths } from "./career-paths.ts";
import { growthLadder, roleNamedInGrowthQuestion } from "./growth-ladder.ts";

describe("career paths are not driven by an office suite", () => {
  it("a vet whose only tools are Excel and Word is not sent to dentists for them", async () => {
    const vet = profile({
      headline: "Veterinarian",
      summary: "Small animal vet.",
      experience: [
        { title: "Veterinarian", company: "City Pet Clinic", start: "2016-01", bullets: [], skills: [] },
      ],
      skills: [skill("excel", "intermediate"), skill("word", "intermediate")],
    });
    const paths = await careerPaths(vet, undefined, 3);
    for (const p of paths) expect(p.shared.join(" "), p.title).not.toMatch(/Excel|Word/);
    expect(paths.map((p) => p.title).join("; ")).not.toMatch(/Dentist/);
    // Kinship of the work held still finds paths when no tool of the work is listed.
    expect(paths.map((p) => p.title)).toContain("Animal Scientist");
  });
});

describe("what a role grows into", () => {
  it("reads the role named in the question", () => {
    expect(roleNamedInGrowthQuestion("what can a backend dev grow into?")).toBe("backend dev");
    expect(roleNamedInGrowthQuestion("career ladder for a welder?")).toBe("welder");
  });

  it("gives the senior rungs, the management step and specialisations close to a software role", async () => {
    const ladder = await growthLadder("backend developer", []);
    expect(ladder?.rungs[0]).toMatch(/^Senior Backend Developer/i);
    expect(ladder?.manages).toMatch(/Manager/);
    expect(ladder?.specialisations.length).toBeGreaterThan(0);
    expect(ladder?.specialisations.join(" ")).not.toMatch(/Veterinar|Dentist/);
  });

  it("a trade's people step is its first-line supervisor", async () => {
    const ladder = await growthLadder("electrician", []);
    expect(ladder?.rungs[1]).toMatch(/Lead Electrician/);
    expect(ladder?.manages).toMatch(/Supervisor/);
  });
});
