import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { parseDotin, resumeSkillSets } from "./dotin.ts";
import { prf } from "./metrics.ts";

const taxonomy = getTaxonomy();

describe("dotin scoring rules", () => {
  it("strips the tags for the text and keeps the labels", () => {
    const xml =
      '<?xml version="1.0"?>\n<cv><label type="Name">Ann Example</label>\nSKILLS: <label type="Tech Tools">Java</label> &amp; <label type="Job Specific Skills">Databases</label></cv>';
    const r = parseDotin(xml);
    expect(r.text).toBe("Ann Example\nSKILLS: Java & Databases");
    expect(r.labels).toEqual([
      { type: "Name", value: "Ann Example" },
      { type: "Tech Tools", value: "Java" },
      { type: "Job Specific Skills", value: "Databases" },
    ]);
  });

  it("canonicalises gold, leaves soft skills out and treats implied parents as neutral", () => {
    const sets = resumeSkillSets(
      ["java", "sql", "leadership", "operating-systems", "python"],
      ["Core Java", "MySQL", "Windows XP", "Feb 2013 current", "teamwork"],
      taxonomy,
    );
    expect(sets.gold.sort()).toEqual(["java", "mysql", "raw:feb2013current", "windows"].sort());
    expect(sets.known.sort()).toEqual(["java", "mysql", "windows"]);
    // sql is a parent of mysql and operating-systems of windows: implied, not wrong.
    expect(sets.judged).toEqual(["java", "python"]);
    expect(sets.predicted).not.toContain("leadership");
  });

  it("computes precision, recall and F1", () => {
    expect(prf(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6, f1: 0.6667 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
