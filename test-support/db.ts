/**
 * Runs a data-layer suite on both backends: embedded PGlite (in memory) and a real
 * PostgreSQL (a fresh database per suite, dropped afterwards). Without a reachable
 * server the PostgreSQL half is skipped with a message, except under CI=true where
 * it fails: CI must never pass by skipping.
 */
import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { type Db, migrateToLatest, openDatabase } from "../data/db/index.ts";
import { MIGRATIONS_DIR } from "../data/db/migrate.ts";

export const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ??
  process.env.DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/postgres";

export const isCI = process.env.CI === "true";

async function serverReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Decided once at import so suites can be skipped at collection time. */
export const POSTGRES_AVAILABLE = await serverReachable(ADMIN_DATABASE_URL);
if (!POSTGRES_AVAILABLE && isCI) {
  throw new Error(`PostgreSQL is required under CI=true but ${ADMIN_DATABASE_URL} is not reachable.`);
}

/** A fresh, migrated PostgreSQL database; drop() removes it. */
export async function createPostgresTestDatabase(
  migrate = true,
): Promise<{ db: Db; url: string; drop(): Promise<void> }> {
  const name = `cc_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), maxConnections: 5 });
  if (migrate) await migrateToLatest(db);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
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
    if (unavailable)
      console.warn(`skipping PostgreSQL half of "${name}": ${ADMIN_DATABASE_URL} not reachable`);
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
