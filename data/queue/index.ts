import type { Db } from "../db/types.ts";
import { createEmbeddedQueue } from "./embedded.ts";
import type { JobQueue } from "./types.ts";

export { createEmbeddedQueue } from "./embedded.ts";
export type { DeadJob, EnqueueOptions, HandlerOptions, JobContext, JobHandler, JobQueue } from "./types.ts";

/**
 * BullMQ when a Redis URL is configured, the embedded runner otherwise. BullMQ (and
 * ioredis) load only then: an embedded start does not pay for them.
 */
export async function createJobQueue(
  db: Db,
  options: {
    redisUrl?: string;
    concurrency?: number;
    prefix?: string;
    onError?: (e: unknown, job: { name: string; id: string }) => void;
  },
): Promise<JobQueue> {
  if (options.redisUrl) {
    const { createBullQueue } = await import("./bullmq.ts");
    return createBullQueue({ ...options, redisUrl: options.redisUrl });
  }
  return createEmbeddedQueue(db, options);
}
