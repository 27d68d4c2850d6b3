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

/**
 * Issue 14: "adds transparency" listed Active Directory, whose alias "AD DS" runs together to the
 * key "adds". Initials written apart, read as one lower-case word, are often a word: they count
 * in capitals or where the context is technical, as any name that is also a word does.
 */
describe("initials written apart, run together in lower case, need a technical context", () => {
  it("reads no Active Directory in prose 'adds' and no Win CE in 'wince'", () => {
    expect(ids("The new reporting process adds transparency for the client")).not.toContain(
      "active-directory",
    );
    expect(ids("Customers would wince at the old checkout flow")).not.toContain("win-ce");
  });

  it("still reads the acronym in capitals, in a skills list, and the one-word names", () => {
    expect(ids("Administered ADDS and DNS for 400 users")).toContain("active-directory");
    expect(ids("Skills: adds, dns, dhcp, exchange")).toContain("active-directory");
    expect(ids("Built reports in mysql and deployed with devops pipelines")).toEqual(
      expect.arrayContaining(["mysql", "devops"]),
    );
  });
});
