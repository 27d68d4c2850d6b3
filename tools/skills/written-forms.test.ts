import { describe, expect, it } from "vitest";
import { extractSkills } from "./extract.ts";

const ids = (text: string) => extractSkills(text, { unlisted: true }).map((s) => s.id);

/**
 * Issue 14 (skills precision on the training split): a phrase in the singular reached a product
 * whose name is ONE word through the plural rule ("solid work" + "s" = "solidworks"), so "years
 * of solid work experience" listed SolidWorks. The plural rule stays for names written as words.
 */
describe("a phrase plus 's' reaches only names written as separate words", () => {
  it("reads no SolidWorks in 'solid work experience'", () => {
    expect(ids("Having 4 years of solid work experience in designing web pages")).not.toContain("solidworks");
  });

  it("still reads SolidWorks written as one word or apart, and singular forms of spaced names", () => {
    expect(ids("Skills: Solid Works, AutoCAD")).toContain("solidworks");
    expect(ids("Modelled parts in SolidWorks")).toContain("solidworks");
    expect(ids("Shared the plan in a google doc")).toContain("google-docs");
    expect(ids("Deployed to amazon web service")).toContain("aws");
    // A one-word name written apart and in the singular, but with capitals: the name.
    expect(ids("Static analysis with Find Bug and PMD")).toContain("findbugs");
  });
});
