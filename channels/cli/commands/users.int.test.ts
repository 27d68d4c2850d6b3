import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("careercraft users (CLI)", { timeout: 180_000 }, () => {
  it("creates a user whose id the other commands accept, and refuses an unknown id", async () => {
    const env = {
      ...process.env,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "cc-users-")),
      DATABASE_URL: "",
      REDIS_URL: "",
    };
    const cli = (...args: string[]) => run(process.execPath, ["bin/careercraft.js", ...args], { env });
    const created = JSON.parse((await cli("users", "create", "--name", "Ana", "--json")).stdout);
    expect(created).toMatchObject({ displayName: "Ana", role: "student" });
    const shown = JSON.parse((await cli("users", "show", created.id, "--json")).stdout);
    expect(shown).toMatchObject({ id: created.id, identities: [] });
    const listed = JSON.parse((await cli("applications", "list", "--user", created.id, "--json")).stdout);
    expect(listed).toBeDefined();
    await expect(cli("users", "show", "00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({
      stderr: expect.stringContaining("No user with id"),
    });
  });
});
