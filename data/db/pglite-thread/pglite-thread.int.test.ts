/**
 * The embedded database on its own thread, through the same `openDatabase` the service
 * uses: the event loop keeps running while PGlite works, errors keep their PostgreSQL
 * codes, concurrent callers get their own answers, dumps load back, and a process that
 * forgets to close the database still exits.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../index.ts";
import { PgliteThread } from "./thread.ts";

describe("embedded database thread", () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDatabase({ memory: true });
  });
  afterAll(() => db.close());

  it("keeps the event loop running while a long query executes", async () => {
    let last = performance.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    // Several hundred milliseconds of work inside PostgreSQL.
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM generate_series(1, 4000000) g WHERE g % 7 = 0",
    );
    const took = performance.now() - started;
    clearInterval(timer);
    // The gap still open when the query returned counts too (it is the whole query when
    // the timer never got to run).
    longestGap = Math.max(longestGap, performance.now() - last);
    expect(rows[0]!.n).toBe(571428);
    expect(took).toBeGreaterThan(150);
    // On the main thread the timer could not fire at all until the query ended.
    expect(longestGap).toBeLessThan(took / 2);
  });

  it("keeps PostgreSQL error codes and stays usable after an error", async () => {
    await db.query("CREATE TABLE thread_codes (id int PRIMARY KEY)");
    await db.query("INSERT INTO thread_codes VALUES (1)");
    const error = await db.query("INSERT INTO thread_codes VALUES (1)").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "23505", message: expect.stringMatching(/duplicate key/) });
    const syntax = await db.query("SELEKT 1").catch((e: unknown) => e);
    expect(syntax).toMatchObject({ code: "42601" });
    expect((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM thread_codes")).rows[0]!.n).toBe(1);
  });

  it("answers many concurrent callers each with their own rows", async () => {
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        db.query<{ n: number; s: string }>("SELECT $1::int AS n, repeat('x', $1::int) AS s", [i]),
      ),
    );
    answers.forEach((answer, i) => {
      expect(answer.rows).toEqual([{ n: i, s: "x".repeat(i) }]);
    });
  });

  it("returns types the way node-postgres does: json, bytea, vectors, nulls", async () => {
    await db.query("CREATE EXTENSION IF NOT EXISTS vector");
    const { rows } = await db.query<Record<string, unknown>>(
      `SELECT '{"a":[1,2]}'::jsonb AS j, '\\x00ff'::bytea AS b, '[1,2,3]'::vector AS v, NULL::text AS z, 5::bigint AS big`,
    );
    expect(rows[0]).toMatchObject({ j: { a: [1, 2] }, v: "[1,2,3]", z: null, big: 5 });
    expect([...(rows[0]!.b as Uint8Array)]).toEqual([0, 255]);
  });

  it("dumps a database that opens again with its data", async () => {
    await db.query("CREATE TABLE thread_dump (v text)");
    await db.query("INSERT INTO thread_dump VALUES ('kept')");
    const copy = await openDatabase({ memory: true, loadDataDir: await db.dumpDataDir!() });
    try {
      expect((await copy.query<{ v: string }>("SELECT v FROM thread_dump")).rows).toEqual([{ v: "kept" }]);
    } finally {
      await copy.close();
    }
  });

  it("keeps data in a data folder across close and reopen", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cc-thread-"));
    try {
      const first = await openDatabase({ dataDir: dir });
      await first.query("CREATE TABLE kept (v int)");
      await first.query("INSERT INTO kept VALUES (42)");
      await first.close();
      const again = await openDatabase({ dataDir: dir });
      expect((await again.query<{ v: number }>("SELECT v FROM kept")).rows).toEqual([{ v: 42 }]);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a stopped database thread clearly instead of hanging", async () => {
    const thread = await PgliteThread.start({});
    await (thread as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(thread.exec(new Uint8Array([0]))).rejects.toThrow(/embedded database thread stopped/);
  });

  it("lets a process that never closes the database exit", async () => {
    const script = `
      import { openDatabase } from "./data/db/index.ts";
      const db = await openDatabase({ memory: true });
      const { rows } = await db.query("SELECT 40 + 2 AS n");
      console.log(rows[0].n);
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      { cwd: path.resolve(import.meta.dirname, "../../.."), timeout: 60_000 },
    );
    expect(stdout.trim()).toBe("42");
  });
});
