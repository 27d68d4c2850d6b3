/**
 * A heading whose capitals a PDF spaced out unevenly ("P ROFE SSI ONAL E XPER IENCE"): it was
 * missed, the job under it stayed in the section above, and the heading line was read as an
 * employer (training split, branch resume14o).
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { matchHeading } from "./headings.ts";

const RESUME = `Oksana Brightwell
oksana.brightwell@example.org

S UMM ARY
Twelve years of running primary schools in growing districts.
P ROFE SSI ONAL E XPER IENCE
Principal, Larkspur Meadow Elementary, Austin, TX
August 2015 to Present
Raised reading scores three years in a row.
E DUC ATI ON
Master of Education, Hillcrest State University, 2012
`;

describe("letter-spaced capitals headings", () => {
  it("are read as their heading, and the heading is no employer", async () => {
    const parsed = await parseResumeText(RESUME, { now: new Date("2026-12-01T00:00:00Z"), employers: null });
    expect(parsed.sections.map((s) => s.kind)).toEqual(["contact", "summary", "experience", "education"]);
    const companies = parsed.experience.map((e) => e.company);
    expect(companies.some((c) => c?.startsWith("Larkspur Meadow Elementary"))).toBe(true);
    expect(companies.some((c) => /XPER/.test(c ?? ""))).toBe(false);
  });

  it("only for a capitals line with a lone letter in it", () => {
    expect(matchHeading("P ROFE SSI ONAL E XPER IENCE C ONTINUED")).toBe("experience");
    expect(matchHeading("P A GE 2")).toBeNull();
    expect(matchHeading("Wo rk Exp erience")).toBeNull();
  });
});
