/**
 * Each thread's newest checkpoint, as the database rows it was written as (the shape the
 * Postgres checkpointer reads back), bounded by the bytes of blobs held: the least
 * recently used threads are dropped first. A checkpoint writes only the channels that
 * changed, so the rest are carried over from the previous checkpoint when the cache has
 * exactly that one; otherwise the thread is dropped and read from the database next time.
 */

/** [channel, type, blob] as the checkpointer's SQL returns them. */
export type BlobEntry = [Uint8Array, Uint8Array, Uint8Array];

export interface LatestRow {
  checkpoint: Record<string, unknown> & { channel_versions?: Record<string, string | number> };
  checkpoint_id: string;
  parent_checkpoint_id: string | null;
  metadata: unknown;
  channel_values: BlobEntry[];
}

export interface WrittenCheckpoint {
  checkpoint: LatestRow["checkpoint"];
  checkpoint_id: string;
  parent_checkpoint_id: string | null;
  metadata: unknown;
  /** The blobs this write stored (changed channels only). */
  written: { channel: string; type: string; blob: Uint8Array | undefined }[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const sizeOf = (row: LatestRow) =>
  row.channel_values.reduce((n, [, , blob]) => n + (blob?.byteLength ?? 0), 0);

export class LatestCheckpoints {
  private readonly rows = new Map<string, { row: LatestRow; bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(threadId: string): LatestRow | undefined {
    const entry = this.rows.get(threadId);
    if (!entry) return undefined;
    // Most recently used goes last, so eviction takes the front.
    this.rows.delete(threadId);
    this.rows.set(threadId, entry);
    return entry.row;
  }

  set(threadId: string, row: LatestRow): void {
    this.delete(threadId);
    const bytes = sizeOf(row);
    if (bytes > this.maxBytes / 4) return;
    this.rows.set(threadId, { row, bytes });
    this.bytes += bytes;
    for (const [key, entry] of this.rows) {
      if (this.bytes <= this.maxBytes) break;
      this.rows.delete(key);
      this.bytes -= entry.bytes;
    }
  }

  delete(threadId: string | undefined): void {
    if (threadId === undefined) return;
    const entry = this.rows.get(threadId);
    if (!entry) return;
    this.rows.delete(threadId);
    this.bytes -= entry.bytes;
  }

  /** Records a checkpoint just written; keeps the thread only if every channel is known. */
  advance(threadId: string, written: WrittenCheckpoint): void {
    const previous = this.rows.get(threadId)?.row;
    const base = previous && previous.checkpoint_id === written.parent_checkpoint_id ? previous : undefined;
    const fresh = new Map(written.written.map((w) => [w.channel, w]));
    const carried = new Map<string, BlobEntry>();
    for (const entry of base?.channel_values ?? []) carried.set(decoder.decode(entry[0]), entry);
    const channel_values: BlobEntry[] = [];
    for (const [channel, version] of Object.entries(written.checkpoint.channel_versions ?? {})) {
      const w = fresh.get(channel);
      if (w) {
        channel_values.push([encoder.encode(channel), encoder.encode(w.type), w.blob ?? new Uint8Array()]);
        continue;
      }
      const old = carried.get(channel);
      if (!old || String(base?.checkpoint.channel_versions?.[channel]) !== String(version)) {
        this.delete(threadId);
        return;
      }
      channel_values.push(old);
    }
    this.set(threadId, {
      checkpoint: written.checkpoint,
      checkpoint_id: written.checkpoint_id,
      parent_checkpoint_id: written.parent_checkpoint_id,
      metadata: written.metadata,
      channel_values,
    });
  }
}
