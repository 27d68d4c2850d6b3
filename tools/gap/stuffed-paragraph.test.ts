/**
 * A one-paragraph resume stuffed with the ad's missing names stays UNFIT (issue 13): the real
 * resume parser, job parser and analysis; the documents are ours. The paragraph has no sentence
 * ends for hundreds of characters (a resume pasted from a broken export), so the parser's
 * "sentence" around each stuffed name was the paragraph itself and was quoted as the name's use;
 * the list closing with "… or Teamwork" read as a sentence's enumeration.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const NOW = new Date("2024-06-01");
const parseAd = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const AD = `Data Warehouse Developer
Brightline Insurance, Leeds

Requirements
- At least 5 years building data warehouses with SQL Server and T-SQL.
- Hands-on ETL development with SSIS or a similar tool.
- Experience in database administration and performance tuning.
- Good collaboration and teamwork in an agile team.
`;

const PARAGRAPH =
  "Ravi Example Leeds ravi@example.com WORK EXPERIENCE night security officer Gatehouse Security in Leeds, West Yorkshire patrol of the site and the car parks and checking of visitors and contractors against the gate list and keeping the incident book and the key register for the night shift Security Officer Gatehouse Security - Leeds - April 2012 to May 2020 EDUCATION Diploma in Public Services Leeds City College 2009 to 2011 SKILLS first aid fire safety ADDITIONAL INFORMATION www.example.com/ravi";
const STUFFED = `${PARAGRAPH} SQL Server, SQL, ETL, Data Warehousing, Database Administration, T-SQL, SSIS, Performance Tuning, Collaboration or Teamwork`;

describe("a stuffed one-paragraph resume", () => {
  it("stays UNFIT and gains no years", async () => {
    const ad = parseAd(AD);
    const plain = analyze(await profileFromText(PARAGRAPH, NOW), ad, deps);
    const stuffed = analyze(await profileFromText(STUFFED, NOW), ad, deps);
    expect(plain.verdict).toBe("UNFIT");
    expect(stuffed.verdict).toBe("UNFIT");
    expect(stuffed.scores.experience).toBe(plain.scores.experience);
  });
});
