/**
 * The LangGraph Postgres checkpointer with one change: a checkpoint is written in a
 * single statement instead of BEGIN, one INSERT per channel blob, the checkpoint row and
 * COMMIT. Same tables, same rows, same atomicity (one statement is one transaction);
 * about eight round trips fewer per turn, which is most of a light turn's time.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type { ChannelVersions, Checkpoint, CheckpointMetadata } from "@langchain/langgraph-checkpoint";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";

const PUT_SQL = `
WITH blobs AS (
  INSERT INTO "public".checkpoint_blobs (thread_id, checkpoint_ns, channel, version, type, blob)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bytea[])
  ON CONFLICT (thread_id, checkpoint_ns, channel, version) DO NOTHING
)
INSERT INTO "public".checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint, metadata)
VALUES ($7, $8, $9, $10, $11, $12)
ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id)
DO UPDATE SET checkpoint = EXCLUDED.checkpoint, metadata = EXCLUDED.metadata`;

export class BatchedPostgresSaver extends PostgresSaver {
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
    await (this as unknown as { pool: import("pg").Pool }).pool.query(PUT_SQL, [
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
    return { configurable: { thread_id, checkpoint_ns, checkpoint_id: checkpoint.id } };
  }
}
