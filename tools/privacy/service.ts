/**
 * The person's data rights, for chat, the REST API and any other front end: export
 * everything stored about them as one JSON file, and erase everything (the user row,
 * whose rows cascade, and their conversation checkpoints, which hold resume text).
 */
import type { Queryable } from "../../data/db/types.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";

/** Tables with a user_id column that hold the person's data; original file bytes and secrets are left out. */
const EXPORTED_TABLES: { table: string; columns?: string }[] = [
  { table: "profiles" },
  { table: "education" },
  { table: "experience" },
  { table: "projects" },
  { table: "certifications" },
  { table: "user_skills" },
  { table: "resumes", columns: "id, filename, mime, size_bytes, text, parsed, status, created_at" },
  { table: "jobs" },
  { table: "analyses" },
  { table: "roadmaps" },
  { table: "roadmap_progress" },
  { table: "applications" },
  { table: "application_status_events" },
  { table: "reminders" },
  { table: "bookmarks" },
  { table: "practice_attempts" },
  { table: "agent_threads", columns: "channel, thread_id, created_at, last_active_at" },
  { table: "accounts", columns: "email, created_at" },
  { table: "auth_sessions", columns: "id, user_agent, created_at, last_used_at, revoked_at" },
];

export interface DataExport {
  filename: string;
  json: string;
  records: number;
}

export async function exportUserData(db: Queryable, userId: string, now = new Date()): Promise<DataExport> {
  const { rows: present } = await db.query<{ table_name: string; has_user: boolean }>(
    `SELECT table_name, bool_or(column_name = 'user_id') AS has_user FROM information_schema.columns
     WHERE table_schema = current_schema() GROUP BY table_name`,
  );
  const withUser = new Set(present.filter((r) => r.has_user).map((r) => r.table_name));
  const data: Record<string, unknown[]> = {};
  let records = 0;
  for (const { table, columns } of EXPORTED_TABLES) {
    if (!withUser.has(table)) continue;
    const { rows } = await db.query(`SELECT ${columns ?? "*"} FROM ${table} WHERE user_id = $1`, [userId]);
    data[table] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "user_id")));
    records += rows.length;
  }
  const json = JSON.stringify({ exportedAt: now.toISOString(), data }, null, 2);
  return { filename: `careercraft-export-${now.toISOString().slice(0, 10)}.json`, json, records };
}

export interface EraseOptions {
  /** Erases the person's conversation checkpoints (the agent's store); returns how many. */
  eraseConversations?: (userId: string) => Promise<number>;
}

export async function eraseUserData(
  db: Queryable,
  userId: string,
  options: EraseOptions = {},
): Promise<{ deleted: boolean; conversations: number }> {
  const conversations = (await options.eraseConversations?.(userId)) ?? 0;
  const deleted = await createUsersRepository(db).deleteUser(userId);
  return { deleted, conversations };
}
