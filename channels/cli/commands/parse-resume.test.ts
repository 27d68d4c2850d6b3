import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../../../test-support/cli.ts";
import { executableBytes, twoColumnPdf } from "../../../test-support/fixtures/resume/index.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "careercraft-parse-resume-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("careercraft parse-resume", { timeout: 120_000 }, () => {
  it("prints the parsed profile as JSON from the file alone", async () => {
    const file = path.join(dir, "resume.pdf");
    writeFileSync(file, twoColumnPdf());
    const { code, stdout } = await cli("parse-resume", file, "--json");
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.source).toMatchObject({ kind: "pdf", columns: 2 });
    expect(parsed.contact.name.value).toBe("Priya Raman");
    expect(parsed.experience[0]).toMatchObject({
      title: "Senior Software Engineer",
      company: "Acme Analytics Pvt Ltd",
    });
    expect(parsed.skills.find((s: { id: string }) => s.id === "python")).toMatchObject({ validated: true });
  });

  it("prints the profile snapshot with proficiencies with --profile", async () => {
    const file = path.join(dir, "resume.pdf");
    writeFileSync(file, twoColumnPdf());
    const { code, stdout } = await cli("parse-resume", file, "--profile");
    expect(code).toBe(0);
    const profile = JSON.parse(stdout);
    expect(profile.contact.name).toBe("Priya Raman");
    const python = profile.skills.find((s: { skillId: string }) => s.skillId === "python");
    expect(python).toMatchObject({ source: "resume", validated: true });
    expect(python.proficiencyReason).toEqual(expect.any(String));
  });

  it("prints a readable summary without --json", async () => {
    const file = path.join(dir, "resume.pdf");
    writeFileSync(file, twoColumnPdf());
    const { code, stdout } = await cli("parse-resume", file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Priya Raman/);
    expect(stdout).toMatch(/Senior Software Engineer at Acme Analytics Pvt Ltd/);
    expect(stdout).toMatch(/Parse quality: good/);
  });

  it("refuses an executable named .pdf with a clear message and exit code 1", async () => {
    const file = path.join(dir, "resume-really.pdf");
    writeFileSync(file, executableBytes());
    const { code, stdout, stderr } = await cli("parse-resume", file);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/careercraft: This file is a program or script, not a resume/);
  });

  it("says when the file does not exist", async () => {
    const { code, stderr } = await cli("parse-resume", path.join(dir, "missing.pdf"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/There is no file at/);
  });

  it("refuses an empty file with exit code 1, as the README says (2 is for a bad option)", async () => {
    const file = path.join(dir, "empty.pdf");
    writeFileSync(file, "");
    const empty = await cli("parse-resume", file);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/The file is empty/);
    const badOption = await cli("parse-resume", file, "--max-pages", "none");
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/--max-pages must be a positive number/);
  });
});
