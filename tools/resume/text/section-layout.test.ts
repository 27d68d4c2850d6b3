import { describe, expect, it } from "vitest";
import { classifyBlock } from "./section-layout.ts";

describe("classifyBlock (resumes without headings)", () => {
  // Invented lines. A duty that names "MS SharePoint" read as an education block, and the job
  // lines after it were never offered as jobs or employers.
  it("does not read a duty naming an MS product as education", () => {
    expect(
      classifyBlock([
        "Cut onboarding time by a third. Rolled out MS SharePoint for the whole sales floor.",
        "Ran weekly pipeline reviews.",
      ]),
    ).not.toBe("education");
  });

  it("still reads a degree line as education", () => {
    expect(classifyBlock(["MS Computer Science, Lakeshore State University, 2012"])).toBe("education");
    expect(classifyBlock(["Bachelor of Arts in History, 2009"])).toBe("education");
  });

  // Invented lines. A duty that opens with an enumeration read as a skills block while it was
  // under 300 characters: names stuffed after it made it a duty again (and its skills evidence).
  it("reads a duty that enumerates as no skills line, however long", () => {
    expect(
      classifyBlock([
        "• Scheduling, stock counts, and Excel reporting for the Avonmouth depot's night shift and the two cross-dock teams, filed weekly",
      ]),
    ).not.toBe("skills");
  });

  it("still reads a run of names as skills", () => {
    expect(classifyBlock(["Excel, SAP, Forklift licence, Stock control, Team leadership"])).toBe("skills");
  });
});
