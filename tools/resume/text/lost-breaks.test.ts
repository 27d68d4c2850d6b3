import { describe, expect, it } from "vitest";
import { knownNameAcross } from "../skills-port.ts";
import { normalizeResumeText } from "./normalize.ts";

// A one-paragraph resume keeps its lost line breaks as double spaces. Some of those breaks were
// where a long line wrapped, and a wrap inside a name is no new line.
const flat = [
  "Dana Whitfield",
  "Austin, TX",
  "dana.whitfield@example.org",
  "Summary",
  "Office manager with ten years of",
  "experience in scheduling, vendor contracts and",
  "payroll for a team of forty.",
  "Experience",
  "2016-Present",
  "Hill Country Dental Group",
  "Office Manager",
  "• Ran accounts payable and the front desk for three",
  "clinics, cutting patient wait times",
  "• Trained staff on the booking system",
  "Skills",
  "QuickBooks, Word, Excel, Power",
  "Point, Outlook, payroll, bookkeeping",
].join("  ");

describe("a one-paragraph resume's lost breaks", () => {
  const { lines, flattened } = normalizeResumeText(flat, { knownNameAcross });

  it("are line breaks between fields", () => {
    expect(flattened).toBe(true);
    expect(lines.slice(0, 3)).toEqual(["Dana Whitfield", "Austin, TX", "dana.whitfield@example.org"]);
    expect(lines).toContain("Hill Country Dental Group");
    expect(lines).toContain("Office Manager");
    expect(lines).toContain("Skills");
  });

  it("are no breaks where a name wrapped (a known name across the gap)", () => {
    expect(lines).toContain("QuickBooks, Word, Excel, Power Point, Outlook, payroll, bookkeeping");
  });

  it("keep a person's name apart from the words after it", () => {
    const { lines: own } = normalizeResumeText(
      `Marisol Ortega  personal details  born 1990  Valencia  ${flat}`,
      { knownNameAcross },
    );
    expect(own[0]).toBe("Marisol Ortega");
  });

  it("keep a heading apart from a skill that follows it", () => {
    const { lines: own } = normalizeResumeText(`${flat}  Education  Management Information Systems, BSc`, {
      knownNameAcross,
    });
    expect(own).toContain("Education");
  });
});

// Invented: an export that dropped the dash between each range's ends, leaving the spaces.
const lostDashes = [
  "Rosa Quintero",
  "rosa.q@example.org",
  "Work History",
  "2015  Present: Motion Graphics Designer, Blue Heron Studios",
  "Designed title sequences for documentaries.",
  "Mar 2012   Jan 2015 Production Artist, Kestrel Print Works",
  "Awards",
  "2014  2013  2011  Regional design prize",
].join("  ");

describe("a date range whose dash was lost", () => {
  const { lines } = normalizeResumeText(lostDashes, { knownNameAcross });

  it("keeps both ends on the job's line", () => {
    expect(lines).toContain("2015 Present: Motion Graphics Designer, Blue Heron Studios");
    expect(lines).toContain("Mar 2012 Jan 2015 Production Artist, Kestrel Print Works");
  });

  it("does not join a list of years that runs backwards", () => {
    expect(lines).toContain("2014");
    expect(lines).toContain("2013");
  });
});
