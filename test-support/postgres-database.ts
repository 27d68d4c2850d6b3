/**
 * Throwaway databases on a real PostgreSQL server, for tests (through test-support/db.ts)
 * and benchmarks alike: created fresh, migrated, dropped afterwards. Free of vitest so
 * `npm run bench` can use it too.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Db, migrateToLatest, openDatabase, redact } from "../data/db/index.ts";

export const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ??
  process.env.DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/postgres";

export const isCI = process.env.CI === "true";

export async function serverReachable(url: string): Promise<boolean> {
  return (await postgresUnavailableReason(url, { needVector: false })) === undefined;
}

/**
 * Undefined when `url` answers and can hold the project's schema (the migrations create
 * the pgvector extension); otherwise one line saying what is missing and how to get it.
 * A server without pgvector is a real case: Debian's postgresql package does not ship it.
 */
export async function postgresUnavailableReason(
  url: string,
  options: { needVector?: boolean } = {},
): Promise<string | undefined> {
  const where = redact(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    return `PostgreSQL at ${where} is not reachable (${(error as Error).message}); start PostgreSQL 15+ with pgvector there, or point TEST_ADMIN_DATABASE_URL at one`;
  }
  try {
    if (options.needVector === false) return undefined;
    const { rows } = await client.query<{ vector: boolean; major: string }>(
      `SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') AS vector,
              current_setting('server_version_num')::int / 10000 AS major`,
    );
    if (rows[0]?.vector) return undefined;
    return `PostgreSQL at ${where} has no pgvector extension; install it (apt-get install postgresql-${rows[0]?.major ?? 15}-pgvector, or build it from github.com/pgvector/pgvector), or point TEST_ADMIN_DATABASE_URL at a server that has it`;
  } catch (error) {
    return `PostgreSQL at ${where} answered but could not be checked: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface ScratchDatabase {
  db: Db;
  url: string;
  drop(): Promise<void>;
}

/** A fresh (by default migrated) PostgreSQL database; drop() closes and removes it. */
export async function createPostgresTestDatabase(
  options: { migrate?: boolean; maxConnections?: number; prefix?: string } = {},
): Promise<ScratchDatabase> {
  const name = `${options.prefix ?? "cc_test"}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), maxConnections: options.maxConnections ?? 5 });
  if (options.migrate !== false) await migrateToLatest(db);
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
 * For benchmarks: a scratch database, or undefined with a message on stderr when no
 * server is reachable (under CI=true that is an error: a run must not pass by skipping).
 */
export async function scratchPostgresForBench(
  bench: string,
  options: { maxConnections?: number } = {},
): Promise<ScratchDatabase | undefined> {
  const reason = await postgresUnavailableReason(ADMIN_DATABASE_URL);
  if (reason) {
    const message = `${bench}: ${reason}`;
    if (isCI) throw new Error(message);
    process.stderr.write(`${message}; skipping its PostgreSQL rows\n`);
    return undefined;
  }
  return createPostgresTestDatabase({ ...options, prefix: "cc_bench" });
}
