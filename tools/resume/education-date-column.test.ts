/**
 * An education table read column by column (trial17, an English teacher's PDF): every date of
 * the section first, then the schools and qualifications in the same order. The first entry
 * takes the first date of the column, not the last (an MA was dated from the A level's year),
 * and a school named again with nothing beside it is not listed twice more. Resume invented.
 */
import { describe, expect, it } from "vitest";
import { withoutBareSchoolRepeats } from "./fields/education-repeats.ts";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

const RESUME = [
  "Marisol Quennell",
  "Durham · marisol.q@example.org",
  "EDUCATION AND QUALIFICATIONS:",
  "2014-2016",
  "2012",
  "2011",
  "2009-2011",
  "RIVERSIDE UNIVERSITY",
  "MSc, Applied Linguistics",
  "WEARDALE COLLEGE, DURHAM",
  "Certificate in First Aid at Work",
  "WEARDALE COLLEGE, DURHAM",
  "Certificate in Food Hygiene",
  "WEARDALE COLLEGE, DURHAM",
  "A Level",
  "English",
  "WORK EXPERIENCE:",
  "2016-2019",
  "Language Tutor, Castleford Academy, Durham",
  "Taught reading and writing to groups of adult learners.",
].join("\n");

describe("an education section whose dates stand in a column of their own", () => {
  it("dates the first degree with the first date of the column", async () => {
    const parsed = await parseResumeText(RESUME, { now });
    const msc = parsed.education.find((e) => e.degree === "MSc");
    expect([msc?.institution, msc?.start, msc?.end]).toEqual(["RIVERSIDE UNIVERSITY", "2014", "2016"]);
    const aLevel = parsed.education.find((e) => e.schoolCertificate === "A Level");
    expect(aLevel?.end).toBe("2011");
  });

  it("keeps the last of two date lines for the entry below them (a birth date, then the entry's own)", async () => {
    const text = [
      "Ingrid Solbakken",
      "Bergen · ingrid.s@example.no",
      "EDUCATION",
      "Born: 4. March 1981",
      "2006 - 2010",
      "PhD in Marine Biology",
      "University of Bergen",
      "2003 - 2005",
      "MSc in Fisheries Science",
      "University of Tromsø",
    ].join("\n");
    const parsed = await parseResumeText(text, { now });
    expect(parsed.education.map((e) => [e.degree, e.start, e.end])).toEqual([
      ["PhD in Marine Biology", "2006", "2010"],
      ["MSc in Fisheries Science", "2003", "2005"],
    ]);
  });

  it("lists no school twice with nothing else beside it", async () => {
    const parsed = await parseResumeText(RESUME, { now });
    const bare = parsed.education.filter((e) => !e.degree && !e.schoolCertificate && !e.start && !e.end);
    expect(bare).toEqual([]);
  });

  it("drops a bare repeat of a school another entry names, and keeps one reading of a school named only bare", () => {
    const entries = [
      { confidence: 0.54, institution: "HOLLIN COLLEGE" },
      {
        confidence: 0.77,
        institution: "Hollin College",
        schoolCertificate: "A Level",
        level: "secondary" as const,
      },
      { confidence: 0.54, institution: "HOLLIN COLLEGE" },
      { confidence: 0.54, institution: "Stourby Academy" },
      { confidence: 0.54, institution: "STOURBY ACADEMY" },
    ];
    expect(withoutBareSchoolRepeats(entries).map((e) => e.institution)).toEqual([
      "Hollin College",
      "Stourby Academy",
    ]);
  });
});
