/**
 * Issue 14 (skills precision): names that are also ordinary words, read in the phrases where
 * they are the word — found as false skills on the labelled training resumes' lists. Invented
 * resume lines; each name is still found where it is the tool.
 */
import { describe, expect, it } from "vitest";
import { extractSkills } from "./extract.ts";

const ids = (text: string) => extractSkills(text, { section: "skills", unlisted: true }).map((s) => s.id);

describe("ordinary senses of tool names (issue 14)", () => {
  it("reads 'Less than 1 year' as a duration, not the LESS stylesheet language", () => {
    const text = "Python (Less than 1 year), Excel (Less\nthan 1 year), SQL (3 years)";
    expect(ids(text)).not.toContain("less-css");
    expect(ids(text)).toEqual(expect.arrayContaining(["python", "excel", "sql"]));
    // The note the line break split leaves no item behind ("Excel (Less" was one).
    expect(ids(text).filter((id) => id.includes("less"))).toEqual([]);
    expect(ids("Front end: LESS, Sass, CSS, HTML")).toContain("less-css");
    // "less" in a sentence is the word (Less needs context like the other names that are words).
    expect(extractSkills("Cut waste and finished in less time than planned.").map((s) => s.id)).toEqual([]);
  });

  it("reads 'R & D', 'M & A' and 'P & L' written with spaces as one word, not R or D", () => {
    const text = "Functions: schema design, programming, R  & D, M & A, P & L, code review";
    const found = ids(text);
    expect(found).not.toContain("r");
    expect(found).not.toContain("d");
    expect(ids("Languages: R, C, Python, SAS")).toEqual(expect.arrayContaining(["r", "c", "python"]));
    // A list of two languages joined by "&" stays two languages.
    expect(ids("Languages: C & C++, Java")).toEqual(expect.arrayContaining(["c", "cpp", "java"]));
  });

  it("reads a student exchange and access control as the ordinary words", () => {
    expect(ids("Exchange semester at the University of Lisbon, 2014")).not.toContain("exchange-server");
    expect(ids("Spent an exchange year in Osaka as an exchange student")).not.toContain("exchange-server");
    expect(ids("Firewalls: Access Control Lists, NAT, VPN tunnels")).not.toContain("ms-access");
    expect(ids("Mail: Exchange 2010, Outlook, Lotus Notes")).toContain("exchange-server");
    expect(ids("Office: Word, Excel, Access, PowerPoint")).toContain("ms-access");
  });

  it("takes no piece of a bracket a line break split as a skill name", () => {
    const text = "Markup: XML (with XSLT, XML Schema, RELAX NG\nand Web Ontology Language), JSON, YAML";
    const names = extractSkills(text, { section: "skills", unlisted: true }).map((s) => s.name);
    expect(names.filter((n) => /\)|^and\b/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["XML", "JSON", "YAML"]));
  });

  it("reads a job board's skills line of names with durations as a list, whether or not a name is known", () => {
    // Before, such a line was read only when a known tool stood in it ("Less" of "Less than 1
    // year" used to be one); invented product names.
    const text = "Kestrel (3 years), Brightline Suite (2 years), Tessera Core (Less than 1 year)";
    const found = extractSkills(text, { section: "skills", unlisted: true });
    expect(found.map((s) => s.name)).toEqual(["Kestrel", "Brightline Suite", "Tessera Core"]);
    expect(found.every((s) => s.unrecognised)).toBe(true);
  });

  it("reads one letter glued to a number as its own name, not that letter's language", () => {
    expect(ids("Libraries: D3, jQuery, Lodash")).not.toContain("d");
    expect(ids("Processors: M68K, ARM, PowerPC")).not.toContain("m");
    expect(ids("Servers: Windows Server 2012, Exchange 2016, R2")).not.toContain("r");
    expect(ids("Standards: C99, POSIX, MISRA C")).toContain("c");
  });
});
