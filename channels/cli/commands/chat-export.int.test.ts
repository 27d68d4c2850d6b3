/**
 * Found by the new-user trial (issue 12, trial-findings F20.3): "export my data" in the terminal
 * chat wrote the file into the working directory (inside a repository checkout). Files the agent
 * sends go under the data directory's exports folder (or --save-dir), a second export the same
 * day never replaces the first, and the reply says where each went. Messages written for this test.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../../test-support/cli.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "cc-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function chat(input: string, cwd: string, ...args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runCli(["chat", ...args], {
    cwd,
    input,
    env: { DATA_DIR: path.join(dir, "data"), MODEL_PROVIDER: "offline", LOG_LEVEL: "warn" },
    timeoutMs: 150_000,
  });
  if (code !== 0) throw new Error(`chat exited ${code}: ${stderr}`);
  return stdout;
}

describe("careercraft chat exports", () => {
  it("writes exports under the data folder, never in the working directory, never over an earlier one", {
    timeout: 200_000,
  }, async () => {
    const work = path.join(dir, "checkout");
    mkdirSync(work);
    const out = await chat(
      "I have a BSc in Biology\nexport my data\ndownload everything you have on me\n",
      work,
      "--user",
      "ines",
    );
    const exports = path.join(dir, "data", "exports");
    const saved = [...out.matchAll(/Saved (\S+) to (\S+)/g)].map((m) => m[2]!);
    expect(saved).toHaveLength(2);
    expect(new Set(saved).size).toBe(2);
    for (const file of saved) {
      expect(path.dirname(file)).toBe(exports);
      expect(readFileSync(file, "utf8")).toMatch(/BSc in Biology/);
    }
    expect(readdirSync(work)).toEqual([]);
    expect(readdirSync(exports)).toHaveLength(2);
  });

  it("writes into the folder given with --save-dir", { timeout: 200_000 }, async () => {
    const chosen = path.join(dir, "chosen", "place");
    const out = await chat("export my data\n", dir, "--user", "ines", "--save-dir", chosen);
    const where = /Saved \S+ to (\S+)/.exec(out)?.[1];
    expect(where && path.dirname(where)).toBe(chosen);
    expect(existsSync(where!)).toBe(true);
  });
});
