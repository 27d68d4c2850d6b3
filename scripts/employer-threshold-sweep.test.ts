import { describe, expect, it } from "vitest";
import type { CandidateContext } from "../tools/resume/fields/employer-candidates.ts";
import type { EmployerScorer } from "../tools/resume/fields/employer-scorer.ts";
import type { Read } from "./employer-scorer-reads.ts";
import { companiesScore, listedCompanies } from "./employer-threshold-sweep.ts";

// Invented resume: a job whose title line and employer line both reach the scorer as candidates.
const TEXT = [
  "Experience",
  "Veterinary Assistant",
  "Oakridge Veterinary Clinic",
  "June 2019 - August 2022",
  "Restrained animals for exams and prepared surgical packs",
].join("\n");
const context = (company?: string): CandidateContext => {
  const entry = { title: "Veterinary Assistant", company, bullets: [], skills: [], confidence: 0.8 };
  return {
    text: TEXT,
    sections: [
      { kind: "experience", heading: "Experience", startLine: 0, endLine: 5, start: 0, end: TEXT.length },
    ],
    spans: [],
    jobs: [{ entry, start: TEXT.indexOf("Veterinary Assistant"), end: TEXT.length }],
    experience: [entry],
  };
};
const read = (ctx: CandidateContext, gold: string[]): Read => ({
  id: "x",
  fold: 0,
  path: "txt",
  companies: [],
  examples: [],
  listed: [],
  gold,
  ctx,
});
/** A scorer that takes every candidate: what a threshold too low would do. */
const acceptAll: EmployerScorer = { accept: (cs) => cs, reject: () => [] };
/** A scorer that drops every employer already listed: what a drop threshold too high would do. */
const rejectListed: EmployerScorer = { accept: () => [], reject: (listed) => listed };

describe("thresholds judged through the parser", () => {
  it("never counts a candidate the parser would not list (the job's own title)", () => {
    const companies = listedCompanies(read(context(), ["Oakridge Veterinary Clinic"]), acceptAll);
    expect(companies).toContain("Oakridge Veterinary Clinic");
    // A simulation that adds every accepted candidate would list the title too.
    expect(companies).not.toContain("Veterinary Assistant");
  });

  it("scores what the parser lists once the scorer has dropped a listed employer", () => {
    const r = read(context("Oakridge Veterinary Clinic"), ["Oakridge Veterinary Clinic"]);
    expect(companiesScore([r], [null]).f1).toBe(1);
    expect(companiesScore([r], [rejectListed]).r).toBe(0);
  });

  it("leaves the read's own parse as it was (each setting starts from the same parse)", () => {
    const r = read(context(), ["Oakridge Veterinary Clinic"]);
    listedCompanies(r, acceptAll);
    expect(r.ctx!.experience[0]!.company).toBeUndefined();
  });
});
