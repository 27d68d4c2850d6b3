import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock } from "./lock.ts";

describe("data folder lock", () => {
  it("refuses a second owner and names the holder's PID", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cc-lock-"));
    // A real second process holds the lock.
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `
      const { acquireDataDirLock } = await import(${JSON.stringify(path.resolve("data/db/lock.ts"))});
      acquireDataDirLock(${JSON.stringify(dir)}); console.log("locked"); setInterval(() => {}, 1000);`,
      ],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout!.once("data", () => resolve()));
      expect(() => acquireDataDirLock(dir)).toThrow(
        new RegExp(`in use by another CareerCraft process \\(PID ${holder.pid}\\)`),
      );
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("takes over a lock left by a process that no longer exists, and releases it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cc-lock-"));
    writeFileSync(path.join(dir, "careercraft.lock"), "999999\n");
    const lock = acquireDataDirLock(dir);
    expect(readFileSync(lock.path, "utf8").trim()).toBe(String(process.pid));
    lock.release();
    const again = acquireDataDirLock(dir);
    again.release();
  });
});
