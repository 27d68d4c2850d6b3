/**
 * Issue 13: "Proficiency in Microsoft Office (Word, Excel, Outlook, PowerPoint)" was read as five
 * must-haves (the suite and each product), so an office worker who showed Word and Excel had
 * Outlook and PowerPoint as critical gaps; "Adobe Creative Suite (Photoshop, Illustrator,
 * InDesign)" as the suite plus an any-of of its products (two asks); and "Experience with one
 * of: Python, R or SAS" lost its "one of" to the inline heading reader, so Python was an ask of
 * its own. A product family with its products is one ask, met by the family or a share of its
 * products; an either/or label keeps its names together. Ads written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const deps = gapDeps();
const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
const asks = (line: string) =>
  parse(`Office Coordinator\nRequirements:\n- ${line}\n- Two years of office experience`).skills.map((s) =>
    [s.skillId, s.alternatives.join("|")].join(" "),
  );

describe("a product family with its products in brackets", () => {
  it("reads the office suite and its products as one ask", () => {
    for (const line of [
      "Proficiency in Microsoft Office (Word, Excel, Outlook, PowerPoint)",
      "Proficient with MS Office (Word, Excel and PowerPoint)",
    ])
      expect(asks(line), line).toEqual([
        expect.stringMatching(/^microsoft-office (?=.*excel)(?=.*word)(?=.*powerpoint)/),
      ]);
  });

  it("reads a suite whose products carry its maker's name as one ask", () => {
    expect(asks("Adobe Creative Suite (Photoshop, Illustrator, InDesign)")).toEqual([
      "adobe-creative-suite illustrator|indesign|photoshop",
    ]);
  });

  it("keeps a language and its library in brackets as separate asks", () => {
    const got = asks("Strong Python (pandas, NumPy)");
    expect(got.some((a) => a.startsWith("python "))).toBe(true);
  });

  it("keeps the names after 'one of:' together as one either/or ask", () => {
    const got = asks("Experience with one of: Python, R or SAS");
    expect(got).toContain("python r|sas");
    expect(got).not.toContain("python ");
  });

  it("is met by a share of the products: no product is a gap of its own", () => {
    const job = parse(
      "Office Coordinator\nRequirements:\n- Proficiency in Microsoft Office (Word, Excel, Outlook, PowerPoint)\n- Scheduling",
    );
    const officeWorker = profile({
      skills: [skill("word", "advanced", { years: 3 }), skill("excel", "advanced", { years: 3 })],
    });
    const result = analyze(officeWorker, job, deps);
    const gaps = result.gaps.map((g) => g.skill).join("; ");
    expect(gaps).not.toMatch(/Outlook|PowerPoint|Microsoft Office/);
    const office = result.matched.find((m) => m.requirementId === "word" || m.requirementId === "excel");
    expect(office?.credit).toBe(1);
    // One product of four is most of the way, not all of it.
    const one = analyze(profile({ skills: [skill("outlook", "advanced", { years: 3 })] }), job, deps);
    const met = one.matched.find((m) => /Microsoft Office/.test(m.requirement));
    expect(met?.credit).toBeGreaterThanOrEqual(0.75);
    expect(met?.credit).toBeLessThan(1);
  });
});
