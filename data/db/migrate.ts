/**
 * Schema migrations with Kysely's migrator: files in data/migrations named
 * NNNN_description.ts, applied in name order, each once. Number ranges are split
 * between areas (see data/migrations/README.md), so unordered application is allowed:
 * a later-numbered migration from one area may land before an earlier one from another.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Migration, type MigrationProvider, Migrator } from "kysely";
import { CareerCraftError } from "../errors.ts";
import type { Db } from "./types.ts";

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "migrations");

/** Compiled (dist/, see scripts/build-js.mjs) the migrations are .js files; from the sources, .ts. */
const EXTENSION = import.meta.url.endsWith(".js") ? ".js" : ".ts";

/**
 * Kysely's FileMigrationProvider imports from inside node_modules, where neither tsx nor
 * the test runner transforms .ts; importing from this module lets both load migrations.
 */
async function migrationFiles(): Promise<string[]> {
  return (await fs.readdir(MIGRATIONS_DIR))
    .filter((f) => /^\d{4}_[\w-]+\.[jt]s$/.test(f) && f.endsWith(EXTENSION))
    .sort();
}

const provider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = await migrationFiles();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      migrations[file.slice(0, -EXTENSION.length)] = (await import(
        pathToFileURL(path.join(MIGRATIONS_DIR, file)).href
      )) as Migration;
    }
    return migrations;
  },
};

export interface MigrationReport {
  applied: string[];
}

/**
 * True when the database has applied exactly the migrations there are files for. Every
 * start but the first takes this path: two small queries instead of Kysely's migrator,
 * which imports every migration, reads the catalogue to find its tables and takes a
 * table lock (about a second of CPU on the embedded database). Any difference (a new
 * file, or an applied migration whose file is gone) goes through the migrator, which
 * applies or reports it.
 */
async function upToDate(db: Db): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>(
    `SELECT to_regclass('kysely_migration') IS NOT NULL AS present`,
  );
  if (!rows[0]?.present) return false;
  const [{ rows: applied }, files] = await Promise.all([
    db.query<{ name: string }>(`SELECT name FROM kysely_migration`),
    migrationFiles(),
  ]);
  const names = new Set(files.map((f) => f.slice(0, -EXTENSION.length)));
  return applied.length === names.size && applied.every((r) => names.has(r.name));
}

export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  if (await upToDate(db)) return { applied: [] };
  const migrator = new Migrator({
    db: db.kysely,
    provider,
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error) {
    throw new CareerCraftError(
      "internal",
      `Database migration ${failed?.migrationName ?? ""} failed: ${(error as Error).message ?? String(error)}`,
      { cause: error },
    );
  }
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
