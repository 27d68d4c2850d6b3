import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { runExtractSkills } from "./extract-skills.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "careercraft-extract-skills-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATABASE_URL: "", REDIS_URL: "" };

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "channels/cli/main.ts", ...args],
      {
        cwd: root,
        env,
        timeout: 90_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function cliWithStdin(input: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "channels/cli/main.ts", ...args], {
      cwd: root,
      env,
    });
    let stdout = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout }));
    child.stdin.end(input);
  });
}

const sink = () => {
  const out: string[] = [];
  return { out, stdout: { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream };
};

describe("careercraft extract-skills", { timeout: 240_000 }, () => {
  const text = "Backend engineer: 5 yrs of NodeJS and Go, k8s on GCP, Postgres.";

  it("prints [{id, name, type, category, spans}] for a file", async () => {
    const file = path.join(dir, "ad.txt");
    writeFileSync(file, text);
    const { code, stdout } = await cli("extract-skills", file, "--json");
    expect(code).toBe(0);
    const skills = JSON.parse(stdout);
    expect(skills.map((s: { id: string }) => s.id)).toEqual([
      "nodejs",
      "go",
      "kubernetes",
      "gcp",
      "postgresql",
    ]);
    expect(Object.keys(skills[0]).sort()).toEqual(["category", "id", "name", "spans", "type"]);
    for (const s of skills) for (const sp of s.spans) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
  });

  it("reads stdin with -", async () => {
    const { code, stdout } = await cliWithStdin(text, "extract-skills", "-", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].id).toBe("nodejs");
  });

  it("prints a readable list without --json", async () => {
    const file = path.join(dir, "short.txt");
    writeFileSync(file, "Python and SQL");
    const io = sink();
    await runExtractSkills(file, {}, io);
    expect(io.out.join("")).toMatch(/^Python \[python\] programming_language\/technical: Python/m);
  });

  it("refuses a missing file and a binary document with a clear message", async () => {
    await expect(runExtractSkills(path.join(dir, "nope.txt"), {}, sink())).rejects.toThrowError(
      /There is no file at/,
    );
    const pdf = path.join(dir, "resume.pdf");
    writeFileSync(pdf, Buffer.from("%PDF-1.7\n\0\0binary"));
    await expect(runExtractSkills(pdf, {}, sink())).rejects.toThrowError(/reads plain text.*parse-resume/);
  });

  it("exits 1 with the message on stderr", async () => {
    const missing = await cli("extract-skills", path.join(dir, "nope.txt"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/careercraft: There is no file at/);
  });
});
