/**
 * `careercraft chat` reads times in the terminal's zone, as `careercraft applications` does
 * (trial13 finding 9: chat sent no zone, so "friday at 2pm" was 2pm UTC and shown "(UTC)").
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "cc-chat-tz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function chat(input: string, tz: string): Promise<string> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", path.join(root, "channels/cli/main.ts"), "chat", "--user", `tz-${tz}`],
      {
        cwd: root,
        env: {
          ...process.env,
          TZ: tz,
          DATA_DIR: path.join(dir, "data"),
          MODEL_PROVIDER: "offline",
          DATABASE_URL: "",
          REDIS_URL: "",
          LOG_LEVEL: "warn",
        },
        timeout: 300_000,
      },
      (_error, stdout) => resolve(stdout),
    );
    child.stdin!.end(input);
  });
}

it("an interview hour said in chat is the terminal's hour, shown in its zone", {
  timeout: 400_000,
}, async () => {
  const out = await chat(
    "I applied to Brisket Labs for line cook yesterday\nBrisket Labs wants an interview next tuesday at 2pm\n",
    "America/Chicago",
  );
  expect(out).toMatch(/Brisket Labs/);
  expect(out).toMatch(/at 14:00 \((?:CST|CDT|America\/Chicago|GMT-[56])\)/);
  expect(out).not.toMatch(/\(UTC\)/);
});
