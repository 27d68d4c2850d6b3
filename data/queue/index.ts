import type { Db } from "../db/types.ts";
import { createBullQueue } from "./bullmq.ts";
import { createEmbeddedQueue } from "./embedded.ts";
import type { JobQueue } from "./types.ts";

export { createBullQueue } from "./bullmq.ts";
export { createEmbeddedQueue } from "./embedded.ts";
export type { DeadJob, EnqueueOptions, HandlerOptions, JobContext, JobHandler, JobQueue } from "./types.ts";

/** BullMQ when a Redis URL is configured, the embedded runner otherwise. */
export function createJobQueue(
  db: Db,
  options: {
    redisUrl?: string;
    concurrency?: number;
    prefix?: string;
    onError?: (e: unknown, job: { name: string; id: string }) => void;
  },
): JobQueue {
  if (options.redisUrl) return createBullQueue({ ...options, redisUrl: options.redisUrl });
  return createEmbeddedQueue(db, options);
}
