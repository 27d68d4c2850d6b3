/**
 * Career paths for an HR generalist were "Agent and Business Managers of Artist, Buyer and
 * Purchasing Agent and Purchasing Agent" (a new user's trial, issue 13, F10.4): occupations
 * that only share the SOC group of Human Resources Specialists, one of them twice under two
 * titles. A path is near by the occupations' own relatedness (their title centroids), and one
 * kind of work is listed once. The profile is written here.
 */
import { describe, expect, it } from "vitest";
import { profile } from "../../test-support/gap-fixtures.ts";
import { careerPaths } from "./career-paths.ts";

const held = (title: string) =>
  profile({
    headline: title,
    summary: title,
    experience: [{ title, company: "Acme", start: "2019-01", end: "2025-06", bullets: [], skills: [] }],
    skills: [],
  });

describe("career paths near the work held", () => {
  it("sends an HR generalist to HR work, not to artists' agents or purchasing", async () => {
    const paths = (await careerPaths(held("HR Generalist"), undefined, 3)).map((p) => p.title);
    expect(paths).toContain("Human Resources Manager");
    expect(paths.join("; ")).not.toMatch(/Artist|Purchasing/);
  });

  it("lists one kind of work once and no catch-all occupation", async () => {
    for (const title of ["HR Generalist", "Paralegal", "Buyer"]) {
      const paths = (await careerPaths(held(title), undefined, 3)).map((p) => p.title);
      expect(paths.join("; ")).not.toMatch(/All Other/);
      const words = (t: string) =>
        t
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter((w) => w.length > 2 && w !== "and");
      for (const a of paths)
        for (const b of paths)
          if (a !== b)
            expect(
              words(a).every((w) => words(b).includes(w)),
              `${a} / ${b}`,
            ).toBe(false);
    }
  });
});
