/**
 * The agent's conversations: which LangGraph checkpoint threads belong to which user
 * (so "delete my data" can erase them and one user's thread is never another's), and
 * the LangGraph Postgres checkpointer's own tables, created here so `careercraft
 * migrate` prepares a database completely. The checkpointer's setup() still runs at
 * start-up and only adds what a newer library version needs (it records its versions
 * in checkpoint_migrations, which we fill to match the tables created here).
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS agent_threads (
      checkpoint_thread_id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      channel text NOT NULL,
      thread_id text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_active_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, channel, thread_id)
    )`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS agent_threads_user ON agent_threads (user_id, last_active_at DESC)`.execute(
    db,
  );

  await sql`CREATE TABLE IF NOT EXISTS checkpoint_migrations (v INTEGER PRIMARY KEY)`.execute(db);
  await sql`
    CREATE TABLE IF NOT EXISTS checkpoints (
      thread_id TEXT NOT NULL,
      checkpoint_ns TEXT NOT NULL DEFAULT '',
      checkpoint_id TEXT NOT NULL,
      parent_checkpoint_id TEXT,
      type TEXT,
      checkpoint JSONB NOT NULL,
      metadata JSONB NOT NULL DEFAULT '{}',
      PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id)
    )`.execute(db);
  await sql`
    CREATE TABLE IF NOT EXISTS checkpoint_blobs (
      thread_id TEXT NOT NULL,
      checkpoint_ns TEXT NOT NULL DEFAULT '',
      channel TEXT NOT NULL,
      version TEXT NOT NULL,
      type TEXT NOT NULL,
      blob BYTEA,
      PRIMARY KEY (thread_id, checkpoint_ns, channel, version)
    )`.execute(db);
  await sql`
    CREATE TABLE IF NOT EXISTS checkpoint_writes (
      thread_id TEXT NOT NULL,
      checkpoint_ns TEXT NOT NULL DEFAULT '',
      checkpoint_id TEXT NOT NULL,
      task_id TEXT NOT NULL,
      idx INTEGER NOT NULL,
      channel TEXT NOT NULL,
      type TEXT,
      blob BYTEA NOT NULL,
      PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id, task_id, idx)
    )`.execute(db);
  await sql`INSERT INTO checkpoint_migrations (v) VALUES (0), (1), (2), (3), (4) ON CONFLICT DO NOTHING`.execute(
    db,
  );
}
