/**
 * `careercraft analyze` and `careercraft roadmap` run as real processes on files written
 * here: the JSON follows the analysis contract, and bad input gets one clear line.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SAMPLE_AD } from "../../../test-support/gap-fixtures.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(path.join(tmpdir(), "cc-analyze-"));
const resumeFile = path.join(dir, "resume.txt");
const jobFile = path.join(dir, "job.txt");
writeFileSync(
  resumeFile,
  [
    "Sam Writer",
    "Backend Engineer | sam@example.com | Berlin",
    "EXPERIENCE",
    "Backend Engineer, Ledgerly, Berlin",
    "March 2017 - Present",
    "- Built Java and Spring Boot services on PostgreSQL, deployed with Docker.",
    "EDUCATION",
    "BSc Computer Science, 2016",
    "SKILLS",
    "Java, Spring Boot, PostgreSQL, Docker, Git",
  ].join("\n"),
);
writeFileSync(jobFile, SAMPLE_AD);

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run("node", ["--import", "tsx", "channels/cli/main.ts", ...args], {
      cwd: root,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("careercraft analyze / roadmap", () => {
  it("prints the analysis contract as JSON, the same bytes every run", async () => {
    const a = await cli("analyze", "--resume", resumeFile, "--job", jobFile, "--json");
    expect(a.code).toBe(0);
    const result = JSON.parse(a.stdout);
    expect(["FIT", "UNFIT"]).toContain(result.verdict);
    expect(Object.keys(result.scores).sort()).toEqual(
      [
        "confidence",
        "cultureFit",
        "domainKnowledge",
        "education",
        "experience",
        "location",
        "readiness",
        "salary",
        "skills",
        "softSkills",
        "technicalSkills",
      ].sort(),
    );
    for (const key of [
      "matched",
      "strengths",
      "gaps",
      "recommendations",
      "nextSteps",
      "priorityImprovements",
      "learningResources",
    ])
      expect(Array.isArray(result[key]), key).toBe(true);
    expect(result.matched[0]).toEqual(
      expect.objectContaining({
        requirement: expect.any(String),
        skill: expect.any(String),
        via: expect.any(String),
        credit: expect.any(Number),
        evidence: expect.any(Array),
      }),
    );
    const b = await cli("analyze", "--resume", resumeFile, "--job", jobFile, "--json");
    expect(b.stdout).toBe(a.stdout);
  }, 180_000);

  it("analyses against a described dream role and says the requirements are typical", async () => {
    const r = await cli(
      "analyze",
      "--resume",
      resumeFile,
      "--role",
      "I want to be a software engineer at a fintech startup, remote, around $120k",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/typical requirements for the role/);
    expect(r.stderr).toMatch(/Matched \d+ of \d+ skill requirements/);
  }, 180_000);

  it("plans a roadmap within a number of weeks", async () => {
    const r = await cli("roadmap", "--resume", resumeFile, "--job", jobFile, "--weeks", "6", "--json");
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.targetWeeks).toBe(6);
    expect(typeof plan.fits).toBe("boolean");
    expect(plan.weeks[0]).toEqual(
      expect.objectContaining({
        goals: expect.any(Array),
        practiceTask: expect.any(String),
        checkpoint: expect.any(String),
      }),
    );
  }, 180_000);

  it.each([
    [["analyze", "--resume", "/nonexistent/resume.pdf", "--job", jobFile], /no resume file/],
    [["analyze", "--resume", resumeFile], /--job <file>.*--role/],
    [["analyze", "--resume", resumeFile, "--job", jobFile, "--role", "data engineer"], /not both/],
    [["roadmap", "--resume", resumeFile, "--job", jobFile, "--hours-per-week", "abc"], /must be a number/],
  ])(
    "refuses bad input with one clear line (%#)",
    async (args, message) => {
      const r = await cli(...(args as string[]));
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    },
    180_000,
  );
});
