import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { type CandidateContext, employerCandidates, employerReading } from "./employer-candidates.ts";
import {
  addScoredEmployers,
  committedEmployerScorer,
  EMPLOYER_MODEL_PATH,
  type EmployerModelJSON,
  type EmployerScorer,
  employerScorer,
} from "./employer-scorer.ts";
import { listedEmployers } from "./listed-employers.ts";

// Invented resume: employers on lines of their own beside lines of dates.
const TEXT = [
  "Experience",
  "Veterinary Assistant",
  "Oakridge Veterinary Clinic",
  "June 2019 - August 2022",
  "Restrained animals for exams and prepared surgical packs",
  "Skills",
  "Microsoft Office, Customer Service",
].join("\n");
const at = (s: string) => TEXT.indexOf(s);
const context = (company?: string): CandidateContext => {
  const entry = { title: "Veterinary Assistant", company, bullets: [], skills: [], confidence: 0.8 };
  return {
    text: TEXT,
    sections: [
      { kind: "experience", heading: "Experience", startLine: 0, endLine: 5, start: 0, end: at("Skills") },
      { kind: "skills", heading: "Skills", startLine: 5, endLine: 7, start: at("Skills"), end: TEXT.length },
    ],
    spans: [],
    jobs: [{ entry, start: at("Veterinary Assistant"), end: at("Skills") }],
    experience: [entry],
  };
};
const committedModel = (): EmployerModelJSON =>
  JSON.parse(readFileSync(EMPLOYER_MODEL_PATH, "utf8")) as EmployerModelJSON;
/** Accepts the candidates whose text is listed: the scorer's decision, fixed, to test what follows it. */
const accepting = (...texts: string[]): EmployerScorer => ({
  accept: (cs) => cs.filter((c) => texts.includes(c.text)),
  reject: () => [],
});

describe("employer candidates", () => {
  it("offers the capitalised pieces of lines, with dates cut away, and never a skills list", () => {
    const texts = employerCandidates(context()).map((c) => c.text);
    expect(texts).toContain("Oakridge Veterinary Clinic");
    expect(texts).toContain("Veterinary Assistant");
    expect(texts.some((t) => /2019|2022/.test(t))).toBe(false);
    expect(texts).not.toContain("Microsoft Office");
  });

  it("describes where a candidate stands: its line, the lines beside it, its section and job", () => {
    const c = employerCandidates(context()).find((x) => x.text === "Oakridge Veterinary Clinic")!;
    expect(c.features).toContain("section=experience");
    // A whole line, no date before or on it, a date on the next line, a title line before it.
    expect(c.features).toContain("lay=whole--DT--");
    expect(c.features).toContain("job=false|true");
    expect(c.job).toBe(0);
  });

  it("says how much of the resume's employment is already found: jobs, open jobs, employer tags, listed employers", () => {
    // A job without its employer: the clinic line is likely the one missing.
    const open = employerCandidates(context()).find((x) => x.text === "Oakridge Veterinary Clinic")!;
    expect(open.features).toEqual(
      expect.arrayContaining(["resumeJobs=1", "openJobs=1", "compSpans=0", "listedCount=0"]),
    );
    // The same job with an employer read: nothing is open, one employer is listed.
    const found = employerCandidates(context("Oakridge Animal Hospital")).find(
      (x) => x.text === "Oakridge Veterinary Clinic",
    )!;
    expect(found.features).toEqual(expect.arrayContaining(["openJobs=0", "listedCount=1"]));
  });

  it("offers lines of experience sections and of text under no heading, not of an education section", () => {
    const text = ["Harbour Glass Works", "Education", "Northfield Community College", "2015"].join("\n");
    const ctx: CandidateContext = {
      text,
      sections: [
        {
          kind: "education",
          heading: "Education",
          startLine: 1,
          endLine: 4,
          start: text.indexOf("Education"),
          end: text.length,
        },
      ],
      spans: [],
      jobs: [],
      experience: [],
    };
    const texts = employerCandidates(ctx).map((c) => c.text);
    expect(texts).toContain("Harbour Glass Works");
    expect(texts).not.toContain("Northfield Community College");
  });

  it("does not offer what is already an employer", () => {
    const texts = employerCandidates(context("Oakridge Veterinary Clinic")).map((c) => c.text);
    expect(texts).not.toContain("Oakridge Veterinary Clinic");
  });
});

/** Rejects the listed employers whose text is given (the scorer's decision, fixed). */
const rejecting = (...texts: string[]): EmployerScorer => ({
  accept: () => [],
  reject: (listed) => listed.filter((c) => texts.includes(c.text)),
});

describe("listed employers", () => {
  it("describes each listed employer where its own job names it, and says who listed it", () => {
    const ctx = context("Oakridge Veterinary Clinic");
    const learned = { company: "Restrained", bullets: [], skills: [], confidence: 0.5 };
    ctx.experience.push(learned);
    const listed = listedEmployers(employerReading(ctx));
    expect(listed.map((c) => [c.text, c.job, c.start])).toEqual([
      ["Oakridge Veterinary Clinic", 0, at("Oakridge Veterinary Clinic")],
      ["Restrained", 1, at("Restrained")],
    ]);
    expect(listed[0]!.features).toContain("source=rule");
    expect(listed[0]!.features).toContain("rule:lay=whole--DT--");
    expect(listed[1]!.features).toContain("source=labeller");
  });

  it("gives a listed employer not in the text its job's place and says so", () => {
    const listed = listedEmployers(employerReading(context("Northfield Animal Rescue")));
    expect(listed[0]!.start).toBe(at("Veterinary Assistant"));
    expect(listed[0]!.features).toContain("found=false");
  });
});

describe("dropping the listed employers the scorer rejects", () => {
  it("takes the employer off its job and keeps the job", () => {
    const out = addScoredEmployers(
      context("Oakridge Veterinary Clinic"),
      rejecting("Oakridge Veterinary Clinic"),
    );
    expect(out.map((e) => [e.title, e.company])).toEqual([["Veterinary Assistant", undefined]]);
  });

  it("drops a job that was only that employer, and keeps the others", () => {
    const ctx = context("Oakridge Veterinary Clinic");
    ctx.experience.push({ company: "Skills", bullets: [], skills: [], confidence: 0.5 });
    const out = addScoredEmployers(ctx, rejecting("Skills"));
    expect(out.map((e) => e.company)).toEqual(["Oakridge Veterinary Clinic"]);
  });

  it("drops nothing when the model has no drop threshold", () => {
    const json = JSON.parse(JSON.stringify(committedModel())) as EmployerModelJSON;
    delete json.dropThreshold;
    const out = addScoredEmployers(context("Restrained"), employerScorer(json));
    expect(out.map((e) => e.company)).toEqual(["Restrained"]);
  });
});

describe("adding the employers the scorer accepts", () => {
  it("fills the employer of the rule-read job that holds it", () => {
    const ctx = context();
    const out = addScoredEmployers(ctx, accepting("Oakridge Veterinary Clinic"));
    expect(out).toHaveLength(1);
    expect(out[0]!.company).toBe("Oakridge Veterinary Clinic");
  });

  it("lists an employer outside any job as a job of its own, once", () => {
    const ctx = { ...context(), jobs: [] };
    const out = addScoredEmployers(ctx, accepting("Oakridge Veterinary Clinic"));
    expect(out.map((e) => e.company)).toEqual([undefined, "Oakridge Veterinary Clinic"]);
    expect(out[1]!.title).toBeUndefined();
  });

  it("never makes a job's own title its employer", () => {
    const out = addScoredEmployers(context(), accepting("Veterinary Assistant"));
    expect(out.map((e) => e.company)).toEqual([undefined]);
  });

  it("never makes a part of a job's place its employer", () => {
    const ctx = context();
    ctx.experience[0]!.location = "Oakridge Veterinary Clinic, Tacoma";
    expect(addScoredEmployers(ctx, accepting("Oakridge Veterinary Clinic")).map((e) => e.company)).toEqual([
      undefined,
    ]);
  });

  it("gives a job that names no employer its most likely candidate at the lower job threshold", () => {
    const json = { ...committedModel(), threshold: 1.01, jobBestThreshold: 0 };
    const out = addScoredEmployers(context(), employerScorer(json));
    expect(out.map((e) => e.company)).toEqual(["Oakridge Veterinary Clinic"]);
  });

  it("takes no job-best candidate for a job that names its employer, or outside any job", () => {
    const json = { ...committedModel(), threshold: 1.01, jobBestThreshold: 0 };
    // Every piece already named is not offered; the others stay unaccepted under threshold 1.01.
    const named = addScoredEmployers(context("Oakridge Veterinary Clinic"), employerScorer(json));
    expect(named.map((e) => e.company)).toEqual(["Oakridge Veterinary Clinic"]);
    const noJobs = addScoredEmployers({ ...context(), jobs: [] }, employerScorer(json));
    expect(noJobs.map((e) => e.company)).toEqual([undefined]);
  });

  it("adds nothing without a scorer", () => {
    expect(addScoredEmployers(context(), null).map((e) => e.company)).toEqual([undefined]);
  });

  it("refuses a model built with other features", () => {
    const stale = { version: -1, threshold: 0.5, model: { bias: 0, features: "", weights: "" } };
    expect(() => employerScorer(stale as EmployerModelJSON)).toThrow(/rebuild/);
  });

  it("the committed model loads and the parser uses it", async () => {
    expect(committedEmployerScorer()).not.toBeNull();
    let offered = 0;
    await parseResumeText(TEXT, {
      skills: null,
      employers: {
        accept: (cs) => {
          offered = cs.length;
          return [];
        },
        reject: () => [],
      },
    });
    expect(offered).toBeGreaterThan(0);
  });
});
