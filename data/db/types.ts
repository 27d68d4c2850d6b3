import type { Kysely } from "kysely";
import type pg from "pg";

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

/** Anything that runs parameterised SQL: the database itself or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** A node-postgres pool (over PGlite in embedded mode) for libraries that want one. */
  readonly pool: pg.Pool;
  /** Kysely over the same pool: the migrator and typed queries use it. */
  readonly kysely: Kysely<any>;
  /**
   * Runs fn inside BEGIN/COMMIT on one connection. Embedded mode has a single
   * connection, so fn must use `tx`, never the outer Db, or it waits on itself.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Embedded only: the whole data folder as a tarball (backups, test templates). */
  dumpDataDir?(): Promise<Blob>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
