/**
 * `analyze --user` and `roadmap --user` as real processes on an embedded database in a temp
 * DATA_DIR: the stored profile is used, analyses and the roadmap land in that user's history,
 * and an unknown user is a clear error that writes nothing.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { migrateToLatest, openDatabase } from "../../../data/db/index.ts";
import { createAnalysesRepository } from "../../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../../data/repositories/profile.ts";
import { createUsersRepository } from "../../../data/repositories/users.ts";
import { SAMPLE_AD, skill } from "../../../test-support/gap-fixtures.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "cc-analyze-user-"));
const jobFile = path.join(dataDir, "job.txt");
writeFileSync(jobFile, SAMPLE_AD);
// Always the embedded database here: this test is about the CLI wiring, not the backend.
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const db = await openDatabase({ dataDir });
  try {
    await migrateToLatest(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run("node", ["--import", "tsx", "channels/cli/main.ts", ...args], {
      cwd: root,
      env,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("analyze/roadmap --user", () => {
  it("uses the stored profile and stores the analysis and roadmap in that user's history", async () => {
    const userId = await withDb(async (db) => {
      const user = await createUsersRepository(db).createUser({ displayName: "cli user" });
      const profiles = createProfileRepository(db);
      for (const s of [
        skill("java", "advanced", { years: 6 }),
        skill("postgresql", "advanced", { years: 5 }),
        skill("docker"),
      ])
        await profiles.upsertSkill(user.id, s);
      return user.id;
    });

    const analyzed = await cli("analyze", "--user", userId, "--job", jobFile, "--json");
    expect(analyzed.code).toBe(0);
    expect(JSON.parse(analyzed.stdout).matched.map((m: { skillId: string }) => m.skillId)).toContain("java");
    expect(analyzed.stderr).toMatch(/stored as analysis/);

    const planned = await cli("roadmap", "--user", userId, "--job", jobFile, "--hours-per-week", "8");
    expect(planned.code).toBe(0);
    expect(planned.stdout).toMatch(/Week 1/);

    await withDb(async (db) => {
      const repo = createAnalysesRepository(db);
      expect((await repo.listAnalyses(userId)).length).toBe(2);
    });

    const unknown = await cli("analyze", "--user", "00000000-0000-4000-8000-000000000000", "--job", jobFile);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/careercraft: .*(user|found)/i);
    const both = await cli("analyze", "--user", userId, "--resume", jobFile, "--job", jobFile);
    expect(both.stderr).toMatch(/not both/);
    await withDb(async (db) => {
      expect((await createAnalysesRepository(db).listAnalyses(userId)).length).toBe(2);
    });
  }, 300_000);
});
