/**
 * A spoken-language ask is met by a language the person shows, never by the ad's own sentence
 * pasted into the resume (issue 13: a copied "fluent <language>" was demoted to a listed skill
 * but still met the ask, because any skill entry of that language held it). The real resume
 * parser, job parser and analysis; the documents are ours.
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

const AD = `Customer Support Agent
Harbor Freight Lines, Aarhus

Requirements
- Two years of customer support on phone and email.
- You speak and write fluent Norwegian and English with customers every day.
- Experience with Zendesk or a similar ticket system.
`;
const RESUME = `Lena Example, Leeds, lena@example.com

EXPERIENCE
Customer Support Agent, Brightway Telecom, Leeds, March 2019 - Present
- Answered 60 customer calls and emails a day about bills and broadband faults in Zendesk.
- Trained four new agents on the ticket queue.

EDUCATION
BA Business Studies, University of Leeds, 2015 - 2018
`;

async function norwegian(resume: string) {
  const a = analyze(await profileFromText(resume, NOW), parseAd(AD), deps);
  const ask = (a.requirements ?? []).find((r) => r.type === "language" && /Norwegian/.test(r.text) && !r.met);
  const asks = (a.requirements ?? []).filter((r) => r.type === "language");
  const met = asks.length > 0 && !ask && asks.some((r) => r.met && /norwegian/i.test(r.quote ?? ""));
  return { a, met };
}

describe("a spoken-language ask", () => {
  it("is not met by the ad's own sentence pasted into the summary", async () => {
    const copied = RESUME.replace(
      "EXPERIENCE",
      "SUMMARY\nYou speak and write fluent Norwegian and English with customers every day.\n\nEXPERIENCE",
    );
    const plain = await norwegian(RESUME);
    const pasted = await norwegian(copied);
    expect(plain.met).toBe(false);
    expect(pasted.met).toBe(false);
    expect(pasted.a.verdict).toBe(plain.a.verdict);
    expect(pasted.a.warnings.join(" ")).toMatch(/repeats \d+ passage/);
  });

  it("is met by a languages entry with its level, a role worked in the language, or a language skill", async () => {
    const section = `${RESUME}\nLANGUAGES\nEnglish (native), Norwegian (C1)\n`;
    const role = RESUME.replace(
      "- Trained four new agents",
      "- Ran the bilingual queue, answering customers in Norwegian and English.\n- Trained four new agents",
    );
    const skills = `${RESUME}\nSKILLS\nZendesk, Norwegian, Excel\n`;
    for (const resume of [section, role, skills]) expect((await norwegian(resume)).met).toBe(true);
  });

  it("is not met by a level written below the one asked", async () => {
    const basic = `${RESUME}\nLANGUAGES\nEnglish (native), Norwegian (A2)\n`;
    const { a } = await norwegian(basic);
    const ask = (a.requirements ?? []).find((r) => r.type === "language" && /Norwegian/.test(r.quote ?? ""));
    expect(ask?.met).toBe(false);
    expect(ask?.quote).toMatch(/below the C1 asked/);
  });
});
