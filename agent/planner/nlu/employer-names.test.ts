/**
 * Training lines are also shown with another employer's name; names that are also tools a
 * person lists as skills are never the name swapped in ("take figma off the list" is a skill,
 * and read as deleting an application once lines about applications were retrained with Figma).
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { ALSO_TOOLS, EMPLOYER_NAMES, withOtherEmployer } from "./employer-names.ts";

describe("employer names swapped into training lines", () => {
  it("the employers that are also tools are exactly those the taxonomy knows as skills", () => {
    const taxonomy = getTaxonomy();
    const tools = EMPLOYER_NAMES.filter((n) => taxonomy.lookup(n) !== undefined);
    expect(new Set(tools)).toEqual(ALSO_TOOLS);
  });

  it("never swaps in a tool's name, whatever the pick", () => {
    const swapped = Array.from({ length: EMPLOYER_NAMES.length * 3 }, (_, pick) =>
      withOtherEmployer("take ibm off my list", pick),
    );
    const names = new Set(swapped.map((s) => s?.replace(/^take (.+) off my list$/, "$1")));
    for (const tool of ALSO_TOOLS) expect(names.has(tool.toLowerCase())).toBe(false);
    expect(names.size).toBe(EMPLOYER_NAMES.length - ALSO_TOOLS.size - 1);
  });
});
