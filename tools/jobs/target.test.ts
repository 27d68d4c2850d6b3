/**
 * What a person pastes as their target, read the way chat, CLI and REST read it (issue 13):
 * a one-line posting became "Data Scientists" (O*NET's plural occupation name) and a saved
 * title kept the lead-in ("Paste: Full Stack ...").
 */
import { describe, expect, it } from "vitest";
import { looksLikePosting, readJobTarget } from "./target.ts";

describe("readJobTarget", () => {
  it("names a one-line posting's role in the singular", async () => {
    const target = await readJobTarget("Data Scientist at a fintech, Python and SQL, remote");
    expect(target.kind).toBe("role");
    expect(target.posting.title).toBe("Data Scientist");
  });

  it("keeps no lead-in words in the title of a one-line paste", async () => {
    const target = await readJobTarget("Paste: Full Stack Developer, React and Node.js, remote");
    expect(target.posting.title).toBe("Full Stack Developer");
  });

  it("names an O*NET occupation without its qualifiers", async () => {
    const target = await readJobTarget("I want to work as a wholesale sales representative");
    expect(target.posting.title).toBe("Sales Representative");
  });

  it("reads a short ad with its own headings as an ad, and a short resume as no ad", async () => {
    // Found in chat: a six-line ad was saved as a job on the person's own experience.
    const ad = [
      "Backend Engineer — Lindenhof Software, Berlin (hybrid)",
      "We build booking systems for clinics.",
      "Requirements",
      "- 3+ years of Python",
      "- Experience with PostgreSQL and REST APIs",
      "Salary: 60,000 - 70,000 EUR per year",
    ].join("\n");
    expect(looksLikePosting(ad)).toBe(true);
    const resume = [
      "Jonas Weber",
      "jonas.weber@example.org",
      "Qualifications",
      "Backend developer, 3 years of Python and PostgreSQL",
    ].join("\n");
    expect(looksLikePosting(resume)).toBe(false);
  });

  it("reads a one-line ad without a lead-in question as an ad, not a described role", async () => {
    // Issue 13: with "am I a fit for this job?" in front it was an ad; without, a described role
    // with a role profile's skills. Labels such as "Must have:" are the employer's words.
    const target = await readJobTarget(
      "Backend Developer – Leeds, remote. Must have: Go, PostgreSQL, 4+ years of experience. Nice to have: Kafka.",
    );
    expect(target.kind).toBe("posting");
    expect(target.posting.title).toBe("Backend Developer");
    expect(target.posting.location).toBe("Leeds");
    expect(target.posting.workMode).toBe("remote");
    // A wish with no ad labels stays a described role.
    expect((await readJobTarget("backend developer in Leeds, remote, Go and Postgres")).kind).toBe("role");
  });
});
