/**
 * Runs a data-layer suite on both backends: embedded PGlite (in memory) and a real
 * PostgreSQL (a fresh database per suite, dropped afterwards). Without a reachable
 * server, or on one without the pgvector extension, the PostgreSQL half is skipped with
 * one line saying how to get it, except under CI=true where it fails: CI must never pass
 * by skipping.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import { type Db, migrateToLatest, openDatabase } from "../data/db/index.ts";
import { MIGRATIONS_DIR } from "../data/db/migrate.ts";
import {
  ADMIN_DATABASE_URL,
  createPostgresTestDatabase,
  isCI,
  postgresUnavailableReason,
} from "./postgres-database.ts";

export { ADMIN_DATABASE_URL, createPostgresTestDatabase, isCI } from "./postgres-database.ts";

/** Why the PostgreSQL suites cannot run here, or undefined; decided once at import. */
export const POSTGRES_UNAVAILABLE = await postgresUnavailableReason(ADMIN_DATABASE_URL);
/** Decided once at import so suites can be skipped at collection time. */
export const POSTGRES_AVAILABLE = POSTGRES_UNAVAILABLE === undefined;
if (POSTGRES_UNAVAILABLE) {
  if (isCI) throw new Error(`PostgreSQL with pgvector is required under CI=true: ${POSTGRES_UNAVAILABLE}.`);
  console.warn(`skipping the PostgreSQL suites of this file: ${POSTGRES_UNAVAILABLE}`);
}

/**
 * initdb dominates an embedded test database's cost, so every suite starts from one
 * migrated template, dumped once to the temp folder (keyed by the migration files, so a
 * new migration makes a new template) and shared by all test processes.
 */
async function migratedTemplate(): Promise<Blob> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith(".ts")).sort();
  const hash = createHash("sha1");
  for (const f of files) hash.update(f).update(await readFile(path.join(MIGRATIONS_DIR, f)));
  const file = path.join(tmpdir(), `careercraft-pglite-template-${hash.digest("hex").slice(0, 16)}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const db = await openDatabase({ memory: true });
    await migrateToLatest(db);
    const dump = await db.dumpDataDir!();
    await db.close();
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, Buffer.from(await dump.arrayBuffer()));
    await rename(tmp, file);
    return dump;
  }
}

let template: Promise<Blob> | undefined;

export async function createPgliteTestDatabase(migrate = true): Promise<Db> {
  if (!migrate) return openDatabase({ memory: true });
  template ??= migratedTemplate();
  const db = await openDatabase({ memory: true, loadDataDir: await template });
  // Migrations that landed after the template was made (none, normally) still apply.
  await migrateToLatest(db);
  return db;
}

export type DbKind = "pglite" | "postgres";

/**
 * describeEachDatabase("applications repo", (getDb, kind) => { it(...) }): getDb() returns
 * the migrated database of the current backend (opened once per backend in beforeAll).
 */
export function describeEachDatabase(name: string, fn: (getDb: () => Db, kind: DbKind) => void): void {
  for (const kind of ["pglite", "postgres"] as const) {
    const unavailable = kind === "postgres" && !POSTGRES_AVAILABLE;
    describe.skipIf(unavailable)(`${name} [${kind}]`, () => {
      let db: Db | undefined;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        if (kind === "pglite") {
          db = await createPgliteTestDatabase();
          drop = () => db!.close();
          return;
        }
        const created = await createPostgresTestDatabase();
        db = created.db;
        drop = created.drop;
      });
      afterAll(async () => {
        await drop?.();
      });
      fn(() => {
        if (!db) throw new Error("database not opened (beforeAll failed)");
        return db;
      }, kind);
    });
  }
}
