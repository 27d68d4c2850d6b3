/**
 * Folds one user into another when a person links a channel identity to their account:
 * every row that belongs to the old user moves to the account's user, table by table.
 * The tables are read from the schema, so a table added later moves too. Where the account
 * already holds the same thing (its own profile row, the same skill or bookmark), the
 * account's copy wins and the old one goes with the old user.
 */
import type { Queryable } from "../db/types.ts";

/** Account and session tables stay with their owner; identities are re-pointed by the caller. */
const NOT_MOVED = new Set([
  "accounts",
  "auth_sessions",
  "refresh_tokens",
  "spent_link_tokens",
  "channel_identities",
]);

const UNIQUE_VIOLATION = "23505";

/** Must run inside a transaction (it uses savepoints). Returns rows moved per table. */
export async function moveUserData(
  tx: Queryable,
  fromUserId: string,
  toUserId: string,
): Promise<Record<string, number>> {
  const { rows: tables } = await tx.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND c.column_name = 'user_id' AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name`,
  );
  const moved: Record<string, number> = {};
  // A conversation's checkpoint is keyed by its first owner's id, so the account cannot
  // carry it on; its row moves (export and "delete everything" still find it) under a
  // thread name of its own, leaving the account a fresh conversation on that thread.
  const { rowCount: threads } = await tx.query(
    `UPDATE agent_threads SET user_id = $2, thread_id = thread_id || ' (linked from ' || $1 || ')'
      WHERE user_id = $1`,
    [fromUserId, toUserId],
  );
  if (threads) moved.agent_threads = threads;
  for (const { table_name: table } of tables) {
    if (NOT_MOVED.has(table)) continue;
    await tx.query("SAVEPOINT move_user_rows");
    try {
      const { rowCount } = await tx.query(`UPDATE "${table}" SET user_id = $2 WHERE user_id = $1`, [
        fromUserId,
        toUserId,
      ]);
      await tx.query("RELEASE SAVEPOINT move_user_rows");
      if (rowCount) moved[table] = rowCount;
    } catch (error) {
      await tx.query("ROLLBACK TO SAVEPOINT move_user_rows");
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      // Some rows clash with the account's own: move the others one statement at a time.
      moved[table] = await moveWithoutClashes(tx, table, fromUserId, toUserId);
    }
  }
  return moved;
}

async function moveWithoutClashes(tx: Queryable, table: string, fromUserId: string, toUserId: string) {
  const { rows } = await tx.query<{ ctid: string }>(`SELECT ctid::text FROM "${table}" WHERE user_id = $1`, [
    fromUserId,
  ]);
  let count = 0;
  for (const { ctid } of rows) {
    await tx.query("SAVEPOINT move_user_row");
    try {
      await tx.query(`UPDATE "${table}" SET user_id = $2 WHERE ctid = $1::tid AND user_id = $3`, [
        ctid,
        toUserId,
        fromUserId,
      ]);
      await tx.query("RELEASE SAVEPOINT move_user_row");
      count++;
    } catch (error) {
      await tx.query("ROLLBACK TO SAVEPOINT move_user_row");
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    }
  }
  return count;
}
