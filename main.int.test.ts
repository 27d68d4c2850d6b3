import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** Starts `node main.ts` like `npm start` does and resolves with its URL once ready. */
function startProcess(env: Record<string, string>): {
  child: ChildProcess;
  ready: Promise<string>;
  exit: Promise<number | null>;
  output: () => string;
} {
  const child = spawn(process.execPath, ["--import", "tsx", "main.ts"], {
    env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = out.match(/CareerCraft is ready at (http:\/\/localhost:\d+)/);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, ready, exit, output: () => out };
}

// Spawns real processes: generous limits so a busy machine slows the test, not fails it.
describe("the service process on embedded defaults", { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "cc-main-"));
  const first = startProcess({ DATA_DIR: dataDir, PORT: "0" });
  afterAll(() => {
    first.child.kill("SIGKILL");
  });

  it("becomes ready with the embedded database and queue", async () => {
    const url = await first.ready;
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: "ready",
      database: { kind: "pglite", ok: true },
      queue: { kind: "embedded", ok: true },
    });
    // What a newcomer sees: the demo page embedding the widget, and the widget itself.
    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("widget.js");
    const widget = await fetch(`${url}/widget.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get("content-type")).toMatch(/javascript/);
    const missing = await fetch(`${url}/no-such-thing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "not_found", message: "No such endpoint." } });
  });

  it("refuses a second process on the same data folder, naming the holder's PID", async () => {
    await first.ready;
    const second = startProcess({ DATA_DIR: dataDir, PORT: "0" });
    second.ready.catch(() => undefined);
    expect(await second.exit).toBe(1);
    expect(second.output()).toContain(
      `already in use by another CareerCraft process (PID ${first.child.pid},`,
    );
  });

  it("shuts down gracefully on SIGTERM with exit code 0 and releases the folder", async () => {
    await first.ready;
    first.child.kill("SIGTERM");
    expect(await first.exit).toBe(0);
    const again = startProcess({ DATA_DIR: dataDir, PORT: "0" });
    await again.ready;
    again.child.kill("SIGTERM");
    expect(await again.exit).toBe(0);
  });

  it("shuts down cleanly when SIGTERM arrives while it is still starting", async () => {
    const starting = startProcess({
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "cc-main-early-")),
      PORT: "0",
    });
    starting.ready.catch(() => undefined);
    // The first log line comes from start-up itself, before the service is ready.
    await new Promise<void>((resolve) => starting.child.stdout!.once("data", () => resolve()));
    starting.child.kill("SIGTERM");
    expect(await starting.exit).toBe(0);
    expect(starting.output()).toContain("signal received");
  });

  it("stops start-up with one clear line for a wrong setting", async () => {
    const bad = startProcess({ DATA_DIR: dataDir, PORT: "not-a-port" });
    bad.ready.catch(() => undefined);
    expect(await bad.exit).toBe(1);
    expect(bad.output().trim()).toBe(
      'careercraft: Invalid configuration: PORT must be a port number (got "not-a-port").',
    );
  });
});
