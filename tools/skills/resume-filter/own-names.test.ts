/**
 * Skills are reported under the names the person wrote (issue 14, item 3): a product is never
 * made another product that shares a word or an acronym with it, and duties a trade lists by
 * name stay those duties. Resume lines written for these tests.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../../resume/parse-text.ts";
import { loadSkillExtractor } from "../../resume/skills-port.ts";

const parse = async (text: string) => parseResumeText(text, { skills: await loadSkillExtractor() });
const names = async (text: string) => (await parse(text)).skills.map((s) => s.name);

const resume = (skillsLine: string, bullet = "Ran weekly cycle counts and trained new associates") =>
  [
    "Jordan Vale",
    "Fresno, CA",
    "",
    "EXPERIENCE",
    "Inventory Lead, Copperline Supply — Fresno, CA",
    "Jan 2019 – Present",
    `- ${bullet}`,
    "",
    "SKILLS",
    skillsLine,
  ].join("\n");

describe("skills under the person's own names", () => {
  it("a vendor's product of a known kind is kept under its own name, never another vendor's", async () => {
    const got = await names(resume("inventory control, Korber WMS, Excel, Reflex TMS"));
    expect(got).toContain("Korber WMS");
    expect(got.filter((n) => /SSA Global|IntelliTrack/i.test(n))).toEqual([]);
  });

  it("Power Query and DAX are their own tools, related to Power BI but never Power BI", async () => {
    const got = await names(resume("Excel, Power Query, DAX, SQL"));
    expect(got).toEqual(expect.arrayContaining(["Power Query", "DAX"]));
    expect(got).not.toContain("Power BI");
  });

  it("accounting duties and standards listed by name keep their names", async () => {
    const got = await names(
      resume("GAAP, account reconciliation, journal entries, month-end close, accounts payable, Excel"),
    );
    expect(got).toEqual(
      expect.arrayContaining([
        "GAAP",
        "Account Reconciliation",
        "Journal Entries",
        "Month-End Close",
        "Accounts Payable",
      ]),
    );
  });
});
