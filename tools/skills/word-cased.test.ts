import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { extractSkills } from "./extract.ts";

const ids = (text: string) => extractSkills(text, { unlisted: true }).map((s) => s.id);

/**
 * Issue 14: a name made by its casing ("SAFe") whose lower case is an ordinary word ("safe").
 * The taxonomy build marks such spellings (scripts/taxonomy/word-cased.ts); written in lower
 * case they are the word, even in a skills section, unless an item of a list of names.
 */
describe("names whose lower case is an ordinary word", () => {
  it("the build marks SAFe's spelling 'safe', and no name that is not a word", () => {
    expect(getTaxonomy().get("safe")?.wordKeys).toEqual(["safe"]);
    expect(getTaxonomy().get("typescript")?.wordKeys).toBeUndefined();
    expect(getTaxonomy().get("javascript")?.wordKeys).toBeUndefined();
  });

  it("reads lower-case 'safe' in a phrase as the word, also under a skills heading", () => {
    expect(ids("SKILLS\nTeaching children about websites and safe surfing\nPython, SQL")).not.toContain(
      "safe",
    );
    expect(ids("TECHNICAL SKILLS\nsafe handling of lab chemicals, pipetting")).not.toContain("safe");
  });

  it("still reads SAFe as written, and 'safe' as an item of a list of names", () => {
    expect(ids("Worked in SAFe release trains as a Scrum Master")).toContain("safe");
    expect(ids("SKILLS\nScrum, Kanban, SAFe, Jira")).toContain("safe");
    expect(ids("Methods: scrum, kanban, safe, lean")).toContain("safe");
  });
});

/** Issue 14: a grant or record number ("IIS-2231107") read as the acronym's product. */
describe("an acronym glued to a long number is an identifier", () => {
  it("reads no skill in a grant or case number", () => {
    const found = ids(
      "Funded by the National Science Foundation under award IIS-2231107 and grant #OCI-1053575.",
    );
    expect(found).not.toContain("iis");
    expect(found).not.toContain("oracle-cloud");
  });

  it("still reads the acronyms on their own and short versions", () => {
    expect(ids("Deployed sites on IIS and Oracle Cloud (OCI).")).toEqual(
      expect.arrayContaining(["iis", "oracle-cloud"]),
    );
    expect(ids("Skills: Windows-10, IIS-7, ISO 27001")).toContain("iis");
  });
});
