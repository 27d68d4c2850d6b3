import { describe, expect, it } from "vitest";
import { loadPostings } from "../../tools/gap/eval/shared-data.ts";
import { extractSkills } from "../../tools/skills/extract.ts";
import { getTaxonomy } from "../taxonomy/index.ts";
import { getLearningCatalog } from "./index.ts";

const catalog = getLearningCatalog();
const taxonomy = getTaxonomy();

describe("learning catalog", () => {
  it("covers at least 300 skills, each with a free resource", () => {
    expect(catalog.size).toBeGreaterThanOrEqual(300);
    for (const id of catalog.ids()) {
      const entry = catalog.entry(id)!;
      expect(
        entry.resources.some((r) => r.free),
        id,
      ).toBe(true);
    }
  });

  it("resolves every entry and every prerequisite to a taxonomy id", () => {
    const unknown = catalog.ids().filter((id) => !taxonomy.get(id));
    expect(unknown).toEqual([]);
    const badPrereqs = catalog
      .ids()
      .flatMap((id) => catalog.prerequisites(id).filter((p) => !taxonomy.get(p)));
    expect(badPrereqs).toEqual([]);
  });

  it("gives every resource a kind, hours and an https link", () => {
    for (const id of catalog.ids()) {
      for (const r of catalog.entry(id)!.resources) {
        expect(r.url, `${id}: ${r.title}`).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/);
        expect(["docs", "tutorial", "course", "book", "video", "interactive", "guide"]).toContain(r.kind);
        expect(r.hours).toBeGreaterThan(0);
        expect(r.title.length).toBeGreaterThan(3);
      }
    }
  });

  it("prices a proficiency step as the difference of cumulative hours", () => {
    const toIntermediate = catalog.effortHours("python", undefined, "intermediate", "programming_language");
    const step = catalog.effortHours("python", "beginner", "intermediate", "programming_language");
    expect(toIntermediate).toBeGreaterThan(step);
    expect(step).toBeGreaterThan(0);
    expect(catalog.effortHours("python", "advanced", "intermediate", "programming_language")).toBe(0);
    expect(catalog.prerequisites("kubernetes")).toEqual(expect.arrayContaining(["linux", "docker"]));
  });

  const postings = loadPostings();
  it.skipIf(!postings)("covers the skills the real ads ask for most", () => {
    const counts = new Map<string, number>();
    for (const p of postings!)
      for (const s of extractSkills(p.text, { section: "job ad" }))
        counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
    const top = [...counts.entries()]
      .filter(([id]) => !["spoken_language"].includes(taxonomy.get(id)?.category ?? ""))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 100);
    const covered = top.filter(([id]) => catalog.entry(id)).length;
    console.info(`catalog covers ${covered} of the 100 skills most asked in the reference ads`);
    expect(covered).toBeGreaterThanOrEqual(70);
  });
});
