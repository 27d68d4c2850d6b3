/**
 * One pg-compatible database for two backends: PGlite (embedded, with pgvector, on a
 * thread of its own — see README.md) when no DATABASE_URL is set, a real PostgreSQL
 * otherwise. Callers see the
 * same `Db` either way, so every query, the pgvector helpers and the LangGraph
 * checkpointer run unchanged on both.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { CareerCraftError } from "../errors.ts";
import { acquireDataDirLock, type DataDirLock } from "./lock.ts";
import { pgliteThreadPoolConfig } from "./pglite-thread/connection.ts";
import { PgliteThread } from "./pglite-thread/thread.ts";
import type { Db, Queryable, QueryResult } from "./types.ts";

export { migrateToLatest } from "./migrate.ts";
export type { Db, Queryable, QueryResult } from "./types.ts";

// Counts and bigint ids come back as numbers, numeric as floats; dates stay ISO strings
// so no time-zone shift sneaks in.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));
pg.types.setTypeParser(1082, (v) => v);

export interface OpenDatabaseOptions {
  /** postgres://... for a real server; absent for embedded PGlite. */
  databaseUrl?: string;
  /** Folder for the embedded database (and its lock). Required for PGlite unless memory. */
  dataDir?: string;
  /** Embedded database kept in memory only (tests, `--resume` CLI runs). */
  memory?: boolean;
  /**
   * Embedded only: start from a dumped data folder (PGlite dumpDataDir) instead of
   * running initdb, which is several times faster (tests start from a migrated template).
   */
  loadDataDir?: Blob;
  /**
   * Embedded only: a data folder that has no database yet starts from the migrated
   * snapshot (data/db/template.ts) when there is one for the current migrations.
   */
  fromTemplate?: boolean;
  /** Pool size for a real PostgreSQL. */
  maxConnections?: number;
  /** Embedded only: where the data-folder lock reports a takeover (default: stderr). */
  log?: (message: string) => void;
}

function wrap(kind: Db["kind"], pool: pg.Pool, onClose: () => Promise<void>, extra: Partial<Db> = {}): Db {
  const kysely = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  const query = async <T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> => {
    const result = await pool.query(sql, params as unknown[] | undefined);
    return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
  };
  let closed = false;
  return {
    ...extra,
    kind,
    pool,
    kysely,
    query,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // One connection runs one statement at a time: calls made together (a Promise.all
      // inside fn) wait their turn here instead of piling onto the client, which pg
      // deprecates ("client.query() when the client is already executing a query").
      let tail: Promise<unknown> = Promise.resolve();
      const tx: Queryable = {
        query<R>(sql: string, params?: unknown[]) {
          const run = tail.then(async () => {
            const result = await client.query(sql, params as unknown[] | undefined);
            return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
          });
          tail = run.catch(() => undefined);
          return run;
        },
      };
      try {
        await client.query("BEGIN");
        const value = await fn(tx);
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async ping() {
      try {
        await pool.query("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await kysely.destroy().catch(() => undefined);
      await onClose();
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  // An idle client that dies (server restart) must not crash the process.
  pool.on("error", () => undefined);
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new CareerCraftError(
      "config",
      `Cannot connect to the PostgreSQL server in DATABASE_URL (${redact(url)}): ${(error as Error).message}`,
      { cause: error },
    );
  }
  // kysely.destroy() already ends the pool it was given.
  return wrap("postgres", pool, async () => {
    if (!pool.ended) await pool.end();
  });
}

async function openPglite(options: OpenDatabaseOptions): Promise<Db> {
  let lock: DataDirLock | undefined;
  let dataDir: string | undefined;
  if (!options.memory) {
    if (!options.dataDir)
      throw new CareerCraftError("config", "DATA_DIR is required for the embedded database.");
    lock = await acquireDataDirLock(options.dataDir, { log: options.log });
    dataDir = path.join(options.dataDir, "pgdata");
    mkdirSync(dataDir, { recursive: true });
  }
  let pglite: PgliteThread;
  try {
    // On its own thread: PGlite executes SQL synchronously, and on the main thread every
    // query would stall HTTP streams and other people's turns (see pglite-thread/).
    if (
      !options.loadDataDir &&
      options.fromTemplate &&
      dataDir &&
      !existsSync(path.join(dataDir, "PG_VERSION"))
    ) {
      const { copyTemplateInto } = await import("./template.ts");
      copyTemplateInto(dataDir);
    }
    pglite = await PgliteThread.start({ dataDir, loadDataDir: options.loadDataDir });
  } catch (error) {
    lock?.release();
    throw new CareerCraftError(
      "config",
      `Cannot open the embedded database in ${dataDir}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  // PGlite is one connection: the pool must hand out exactly one client and never
  // close it while idle (the connection object is shared).
  const pool = new pg.Pool(pgliteThreadPoolConfig(pglite) as pg.PoolConfig);
  pool.on("error", () => undefined);
  return wrap(
    "pglite",
    pool,
    async () => {
      await pool.end().catch(() => undefined);
      await pglite.close().catch(() => undefined);
      lock?.release();
    },
    { dumpDataDir: () => pglite.dumpDataDir() },
  );
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.maxConnections ?? 10);
  return openPglite(options);
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}
