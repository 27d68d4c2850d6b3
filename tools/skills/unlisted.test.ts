import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { extractSkills } from "./extract.ts";

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../test-support/fixtures/unknown-tools.txt",
);
const unknownTools = readFileSync(fixture, "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));

const resumeWith = (tools: string[]) =>
  `Jane Doe\njane@example.com\n\nTECHNICAL SKILLS\nTools: ${tools.join(", ")}, Git\n\nEXPERIENCE\nDeveloper, Acme Corp, 2019 - 2023\n`;

describe("tools the taxonomy does not know (issue 14)", () => {
  it("the fixture holds 100 real tools, none of them in the taxonomy", () => {
    expect(unknownTools).toHaveLength(100);
    const known = unknownTools.filter((t) => getTaxonomy().lookup(t));
    expect(known).toEqual([]);
  });

  it("keeps each listed tool under its own name and maps none to another tool", () => {
    const kept: string[] = [];
    const mappedElsewhere: string[] = [];
    for (let i = 0; i < unknownTools.length; i += 5) {
      const batch = unknownTools.slice(i, i + 5);
      const text = resumeWith(batch);
      const found = extractSkills(text, { unlisted: true });
      for (const tool of batch) {
        const at = text.indexOf(tool);
        const own = found.find((s) => s.name === tool);
        if (own?.unrecognised && own.spans[0]?.text === tool) kept.push(tool);
        for (const s of found)
          if (s.name !== tool && s.spans.some((sp) => sp.start >= at && sp.end <= at + tool.length))
            mappedElsewhere.push(`${tool} -> ${s.name}`);
      }
    }
    expect(mappedElsewhere).toEqual([]);
    expect(kept).toHaveLength(100);
  });

  it("gives an unknown tool the id the profile service gives it, and keeps known ones canonical", () => {
    const found = extractSkills(resumeWith(["MySQL Workbench", "Postgres", "Sentry"]), { unlisted: true });
    expect(found.find((s) => s.name === "MySQL Workbench")?.id).toBe("mysql-workbench");
    expect(found.find((s) => s.id === "mysql")).toBeUndefined();
    expect(found.find((s) => s.id === "postgresql")?.spans[0]?.text).toBe("Postgres");
    expect(found.find((s) => s.name === "Sentry")?.unrecognised).toBe(true);
  });

  it("reads list items only: prose, notes and levels are not skills", () => {
    const text =
      "SKILLS\nJava (5 years), Sentry (Less than 1 year), Grafana - Expert\n" +
      "EXPERIENCE\nI worked with the Billing Team at Acme on Sentry dashboards.\n";
    const found = extractSkills(text, { unlisted: true });
    const unknown = found.filter((s) => s.unrecognised).map((s) => s.name);
    expect(unknown).toEqual(["Sentry"]);
    expect(found.find((s) => s.name === "Sentry")?.spans).toHaveLength(1);
  });

  it("reports nothing unrecognised unless asked (job ads and chat keep to the taxonomy)", () => {
    const found = extractSkills(resumeWith(["Sentry", "Rollbar"]));
    expect(found.some((s) => s.unrecognised)).toBe(false);
  });

  it("an item the taxonomy knows only for lookup is that skill, not dropped (Rexx, LaTeX, Cold Fusion)", () => {
    const found = extractSkills(resumeWith(["Rexx", "LaTeX", "Cold Fusion"]), { unlisted: true });
    const byText = (t: string) => found.find((s) => s.spans.some((sp) => sp.text === t))?.name;
    expect(byText("Rexx")).toBe(getTaxonomy().lookup("Rexx")?.name);
    expect(byText("LaTeX")).toBe(getTaxonomy().lookup("LaTeX")?.name);
    expect(byText("Cold Fusion")).toBe("Adobe ColdFusion");
  });

  it("reads a list written one item a line: an unknown name between known tools is a skill, a sub-heading is not", () => {
    const text =
      "Sam Reyes\nsam@example.com\n\nSKILLS\nCore Competencies\nWordPress\nZentrick\nHootsuite\nMailChimp\n\n" +
      "EXPERIENCE\nEditor, Acme Media, 2019 - 2023\n";
    const found = extractSkills(text, { unlisted: true });
    const unknown = found.filter((s) => s.unrecognised).map((s) => s.name);
    expect(unknown).toContain("Zentrick");
    expect(unknown).not.toContain("Core Competencies");
  });

  it("does not read a lone line with no known tool beside it as a skill", () => {
    const text = "SKILLS\nPython, SQL, Docker\n\n12 Harbour Road\nSpringfield\n";
    const found = extractSkills(text, { unlisted: true });
    expect(found.filter((s) => s.unrecognised).map((s) => s.name)).toEqual([]);
  });
});
