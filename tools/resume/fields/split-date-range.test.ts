/**
 * Trial (a digital marketer's resume pasted as one flattened paragraph, 2026-12-04): each
 * job's range had lost its separator ("Mar 2008  Present"), the flattened text was cut at the
 * double spaces, and each half alone was no range, so both jobs were undated and the analysis
 * said "0 relevant years" against a marketing manager role.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";

const NOW = new Date("2026-12-01T00:00:00Z");
const RESUME = [
  "Dana Whitfield   14 Elm Court,  Hartford, CT   dana.whitfield@example.org   Marketing Specialist",
  "WORK HISTORY   Brightline Foods ,  Hartford, CT  |  Apr 2016  Present    Online Marketing Specialist",
  "•  Planned paid search and social campaigns   •  Reported weekly on web traffic",
  "Brightline Foods ,  Hartford, CT  |  Feb 2014  Apr 2016    Marketing Coordinator",
  "•  Coordinated trade show materials   •  Ran customer surveys",
  "EDUCATION   University of Hartford   2013   Bachelor of Science in Marketing",
].join("  ");

describe("a date range whose two ends were cut onto separate lines", () => {
  it("dates each job, so the years of experience are counted", async () => {
    const parsed = await parseResumeText(RESUME, { now: NOW });
    const jobs = parsed.experience.map((e) => ({
      title: e.title,
      start: e.start,
      end: e.end,
      current: e.current,
    }));
    expect(jobs).toEqual(
      expect.arrayContaining([
        { title: "Online Marketing Specialist", start: "2016-04", end: undefined, current: true },
        { title: "Marketing Coordinator", start: "2014-02", end: "2016-04", current: false },
      ]),
    );
    expect(parsed.totalYearsExperience).toBeGreaterThan(12);
  });

  it("dates a job whose place and start share a line and whose open end is cut off", async () => {
    const text = RESUME.replace(
      "Brightline Foods ,  Hartford, CT  |  Apr 2016  Present",
      "Brightline Foods  Hartford, CT | Apr 2016  Present",
    );
    const parsed = await parseResumeText(text, { now: NOW });
    expect(parsed.experience[0]).toMatchObject({
      title: "Online Marketing Specialist",
      company: "Brightline Foods",
      start: "2016-04",
      current: true,
    });
  });
});
