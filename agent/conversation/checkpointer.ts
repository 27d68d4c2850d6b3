/**
 * The LangGraph Postgres checkpointer with two changes, same tables and rows:
 *
 * 1. A checkpoint is written in a single statement instead of BEGIN, one INSERT per
 *    channel blob, the checkpoint row and COMMIT (one statement is one transaction):
 *    about eight round trips fewer per turn. Its commit does not wait for the disk
 *    flush (see PUT_SQL).
 * 2. With `cacheLatest` (the embedded database), the newest checkpoint of each thread is
 *    kept in memory as the rows it was written as, so a turn starts without a database
 *    round trip: under load that read waited in the single PGlite session's queue
 *    behind everyone else's queries before the person saw a first word. Correct only
 *    because exactly one process owns an embedded data folder (data/db/lock.ts); with a
 *    real PostgreSQL other instances write checkpoints too, so it stays off there.
 *    Anything the cache cannot vouch for (pending writes, old checkpoint versions, a
 *    thread it has not seen) is read from the database as before.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type {
  ChannelVersions,
  Checkpoint,
  CheckpointMetadata,
  CheckpointPendingWrite,
  CheckpointTuple,
  PendingWrite,
} from "@langchain/langgraph-checkpoint";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import type pg from "pg";
import { LatestCheckpoints, type LatestRow } from "./latest-checkpoints.ts";

// `settings` turns synchronous_commit off for this statement's own transaction only
// (set_config(..., true) ends with it): the commit returns without waiting for the WAL to
// reach the disk. Measured on the shared bench machine: 19 ms per synchronous commit against
// 1-4 ms; the flush is the largest wait of a warm turn. What it risks is narrow: if the
// database server itself crashes, the last fraction of a second of checkpoints can be lost
// (never half-written: PostgreSQL replays a consistent state), so the conversation forgets
// the turn it just had, as it does when a turn is cut off (converse.ts). The person's data
// (skills, applications, analyses) is written by the tools with the server's own setting.
const PUT_SQL = `
WITH settings AS (SELECT set_config('synchronous_commit', 'off', true)),
blobs AS (
  INSERT INTO "public".checkpoint_blobs (thread_id, checkpoint_ns, channel, version, type, blob)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bytea[])
  ON CONFLICT (thread_id, checkpoint_ns, channel, version) DO NOTHING
)
INSERT INTO "public".checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint, metadata)
SELECT $7::text, $8::text, $9::text, $10::text, $11::jsonb, $12::jsonb FROM settings
ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id)
DO UPDATE SET checkpoint = EXCLUDED.checkpoint, metadata = EXCLUDED.metadata`;

/** The library's read of the newest checkpoint with its blobs and pending writes. */
const LATEST_SQL = `SELECT checkpoint, checkpoint_id, parent_checkpoint_id, metadata,
  (SELECT array_agg(array[bl.channel::bytea, bl.type::bytea, bl.blob])
     FROM jsonb_each_text(checkpoint -> 'channel_versions')
     JOIN "public".checkpoint_blobs bl ON bl.thread_id = cp.thread_id AND bl.checkpoint_ns = cp.checkpoint_ns
      AND bl.channel = jsonb_each_text.key AND bl.version = jsonb_each_text.value) AS channel_values,
  EXISTS (SELECT 1 FROM "public".checkpoint_writes cw WHERE cw.thread_id = cp.thread_id
      AND cw.checkpoint_ns = cp.checkpoint_ns AND cw.checkpoint_id = cp.checkpoint_id) AS has_writes
FROM "public".checkpoints cp WHERE thread_id = $1 AND checkpoint_ns = '' ORDER BY checkpoint_id DESC LIMIT 1`;

export interface BatchedSaverOptions {
  /** Keep each thread's newest checkpoint in memory (single-owner embedded database only). */
  cacheLatest?: boolean;
  /** Bytes of checkpoint blobs the cache may hold (default 64 MB). */
  cacheBytes?: number;
}

export class BatchedPostgresSaver extends PostgresSaver {
  private readonly latest: LatestCheckpoints | undefined;

  constructor(
    private readonly db: pg.Pool,
    options: BatchedSaverOptions = {},
  ) {
    super(db);
    this.latest = options.cacheLatest
      ? new LatestCheckpoints(options.cacheBytes ?? 64 * 1024 * 1024)
      : undefined;
  }

  private async tupleOf(threadId: string, row: LatestRow): Promise<CheckpointTuple> {
    const thread = (checkpoint_id: string) => ({
      configurable: { thread_id: threadId, checkpoint_ns: "", checkpoint_id },
    });
    return {
      config: thread(row.checkpoint_id),
      // A fresh copy each time: LangGraph may change the objects it is given.
      checkpoint: await this._loadCheckpoint(structuredClone(row.checkpoint) as never, row.channel_values),
      metadata: await this._loadMetadata(row.metadata as Record<string, unknown>),
      parentConfig: row.parent_checkpoint_id ? thread(row.parent_checkpoint_id) : undefined,
      pendingWrites: [] as CheckpointPendingWrite[],
    };
  }

  override async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const { thread_id, checkpoint_ns = "", checkpoint_id } = config.configurable ?? {};
    if (!this.latest || checkpoint_id || checkpoint_ns !== "") return super.getTuple(config);
    const cached = this.latest.get(thread_id);
    if (cached) return this.tupleOf(thread_id, cached);
    const { rows } = await this.db.query(LATEST_SQL, [thread_id]);
    const row = rows[0] as (LatestRow & { has_writes: boolean }) | undefined;
    if (!row) return undefined;
    // Older formats and interrupted runs take the library's full path, uncached.
    if (row.has_writes || (row.checkpoint as { v?: number }).v! < 4) return super.getTuple(config);
    const fresh: LatestRow = { ...row, channel_values: row.channel_values ?? [] };
    this.latest.set(thread_id, fresh);
    return this.tupleOf(thread_id, fresh);
  }

  override async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
  ): Promise<RunnableConfig> {
    if (config.configurable === undefined) throw new Error(`Missing "configurable" field in "config" param`);
    const { thread_id, checkpoint_ns = "", checkpoint_id } = config.configurable;
    const serialized = this._dumpCheckpoint(checkpoint);
    const [blobs, serializedMetadata] = await Promise.all([
      this._dumpBlobs(thread_id, checkpoint_ns, checkpoint.channel_values, newVersions),
      this._dumpMetadata(metadata),
    ]);
    const column = (i: number) => blobs.map((b) => (b[i] === undefined ? null : b[i]));
    const blobColumn = blobs.map((b) => (b[5] === undefined ? null : Buffer.from(b[5] as Uint8Array)));
    try {
      await this.db.query(PUT_SQL, [
        column(0),
        column(1),
        column(2),
        column(3),
        column(4),
        blobColumn,
        thread_id,
        checkpoint_ns,
        checkpoint.id,
        checkpoint_id,
        serialized,
        serializedMetadata,
      ]);
    } catch (error) {
      this.latest?.delete(thread_id);
      throw error;
    }
    if (this.latest && checkpoint_ns === "")
      this.latest.advance(thread_id, {
        checkpoint: structuredClone(serialized),
        checkpoint_id: checkpoint.id,
        parent_checkpoint_id: checkpoint_id ?? null,
        metadata: serializedMetadata,
        written: blobs.map(([, , channel, , type, blob]) => ({ channel, type, blob })),
      });
    return { configurable: { thread_id, checkpoint_ns, checkpoint_id: checkpoint.id } };
  }

  override async putWrites(config: RunnableConfig, writes: PendingWrite[], taskId: string): Promise<void> {
    // A checkpoint with pending writes is read from the database, never the cache.
    this.latest?.delete(config.configurable?.thread_id);
    return super.putWrites(config, writes, taskId);
  }

  override async deleteThread(threadId: string): Promise<void> {
    this.latest?.delete(threadId);
    await super.deleteThread(threadId);
    this.latest?.delete(threadId);
  }
}
