/**
 * A spoken language's level goes from the resume file into the stored profile and on into the
 * analysis: an ad asking "German B2 or better" is not met by a stored "German (B1)" and is met by
 * "German (C1)", with no resume text beside the stored profile to read the level from.
 */
import { expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { docxFrom } from "../../test-support/fixtures/resume/index.ts";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { parseResume } from "../resume/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { importResume } from "./resume-import.ts";

const now = new Date("2026-06-01T00:00:00Z");
/** The real parser, in this process (the reader pool runs the same parseResume in a thread). */
const reader = { read: (_owner: string, bytes: Uint8Array) => parseResume(bytes, { now }) };

const resume = (languages: string) =>
  docxFrom([
    "Jonas Weber",
    "jonas.weber@example.de · Berlin",
    "EXPERIENCE",
    "Data Analyst, Kranich GmbH, Berlin, 03/2019 – present",
    "• Built dashboards in Tableau and wrote SQL reports for the sales team",
    "EDUCATION",
    "MSc Statistics, Humboldt University, 2018",
    "LANGUAGES",
    languages,
  ]);

const ad = [
  "Data Analyst",
  "Kestrel Logistik GmbH",
  "Requirements:",
  "- 3+ years of experience as a data analyst",
  "- Strong SQL and Tableau",
  "- German B2 or better",
].join("\n");

describeEachDatabase("spoken-language levels in the stored profile", (getDb) => {
  it("are stored from the resume, replaced by a newer resume's, and read by a language ask", async () => {
    const db = getDb();
    const me = await createUsersRepository(db).createUser({ displayName: "Jonas" });
    const repo = createProfileRepository(db);
    const job = parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" }));
    const germanAsk = (a: ReturnType<typeof analyze>) =>
      a.requirements?.find((r) => r.type === "language" && /German/.test(r.text));

    const file = (bytes: Uint8Array) => ({
      filename: "cv.docx",
      bytes,
      mimeType: "application/octet-stream",
    });
    await importResume(db, me.id, file(resume("English (C2), German (B1)")), reader);
    const low = await repo.load(me.id);
    expect(low.languages).toEqual(["English", "German"]);
    expect(low.languageLevels).toEqual({ English: "C2", German: "B1" });
    const short = germanAsk(analyze(low, job, gapDeps()));
    expect(short).toMatchObject({ met: false });
    expect(short?.quote).toMatch(/B1, below the B2 asked/);

    await importResume(db, me.id, file(resume("English (C2), German – fließend (C1)")), reader);
    const high = await repo.load(me.id);
    expect(high.languageLevels).toEqual({ English: "C2", German: "fließend (C1)" });
    expect(germanAsk(analyze(high, job, gapDeps()))).toMatchObject({ met: true });
  });
});
