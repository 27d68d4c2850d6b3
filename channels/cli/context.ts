/**
 * What every CLI command gets: config (loaded lazily so `--help` works with a broken
 * environment), a database opener for commands that store things, and output helpers.
 * The config schema (zod) and the database drivers are imported on first use: commands
 * that work on a file alone, and --help, start without paying for them.
 */
import type { Config } from "../../config.ts";
import type { Db } from "../../data/db/index.ts";
import { isCareerCraftError } from "../../data/errors.ts";

export interface CliContext {
  /** Read and validated on the first call; later calls return the same object. */
  config(): Promise<Config>;
  /** Opens (and migrates) the configured database; the caller closes it. */
  openDb(): Promise<Db>;
  /** Opens, runs fn, always closes. */
  withDb<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  printJson(value: unknown): void;
}

export function createCliContext(env: NodeJS.ProcessEnv = process.env): CliContext {
  let cached: Config | undefined;
  const config = async () => {
    if (!cached) {
      const { loadConfig } = await import("../../config.ts");
      cached ??= loadConfig(env);
    }
    return cached;
  };
  const openDb = async () => {
    const c = await config();
    // The database drivers and migrations cost about a second of startup.
    const { migrateToLatest, openDatabase } = await import("../../data/db/index.ts");
    const db = await openDatabase({ databaseUrl: c.databaseUrl, dataDir: c.dataDir });
    try {
      await migrateToLatest(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return db;
  };
  return {
    config,
    openDb,
    async withDb(fn) {
      const db = await openDb();
      try {
        return await fn(db);
      } finally {
        await db.close();
      }
    },
    stdout: process.stdout,
    stderr: process.stderr,
    printJson(value) {
      process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
  };
}

/** One clear line for the person, exit code 1; stack traces only for real bugs. */
export function reportCliError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (isCareerCraftError(error)) {
    stderr.write(`careercraft: ${error.userMessage}\n`);
    return error.code === "validation" ? 2 : 1;
  }
  stderr.write(`careercraft: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  return 1;
}
