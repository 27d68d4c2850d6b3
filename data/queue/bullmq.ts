/**
 * BullMQ on Redis: one queue, one worker that dispatches by job name to the same
 * handlers the embedded runner uses. Failed jobs that used up their attempts stay in
 * BullMQ's failed set, which is our dead-letter list.
 */
import { type Job, Queue, Worker } from "bullmq";
import { redisConnection } from "../redis.ts";
import {
  addHandler,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  type DeadJob,
  type EnqueueOptions,
  type HandlerOptions,
  type JobQueue,
  type RegisteredHandler,
} from "./types.ts";

export interface BullQueueOptions {
  redisUrl: string;
  /** Redis key prefix; tests use their own so runs never see each other's jobs. */
  prefix?: string;
  queueName?: string;
  concurrency?: number;
  onError?: (error: unknown, job: { name: string; id: string }) => void;
}

export function createBullQueue(options: BullQueueOptions): JobQueue {
  const connection = redisConnection(options.redisUrl);
  const prefix = options.prefix ?? "careercraft";
  const name = options.queueName ?? "jobs";
  const queue = new Queue(name, { connection, prefix });
  queue.on("error", () => undefined);
  const handlers = new Map<string, RegisteredHandler>();
  let worker: Worker | undefined;

  return {
    kind: "bullmq",
    register(jobName, handler, opts: HandlerOptions = {}) {
      addHandler(handlers, jobName, handler, opts);
    },
    async enqueue(jobName, payload, opts: EnqueueOptions = {}) {
      const reg = handlers.get(jobName);
      const job = await queue.add(jobName, payload, {
        delay: opts.delayMs,
        // BullMQ ignores an add whose jobId already exists: that is our idempotency.
        jobId: opts.jobKey ? opts.jobKey.replace(/:/g, "_") : undefined,
        attempts: reg?.attempts ?? DEFAULT_ATTEMPTS,
        backoff: { type: "exponential", delay: reg?.backoffMs ?? DEFAULT_BACKOFF_MS },
        removeOnComplete: 1000,
        removeOnFail: false,
      });
      return job.id!;
    },
    async start() {
      if (worker) return;
      worker = new Worker(
        name,
        async (job: Job) => {
          const reg = handlers.get(job.name);
          if (!reg) throw new Error(`No handler registered for job "${job.name}".`);
          await reg.handler(job.data, { id: job.id!, name: job.name, attempt: job.attemptsMade + 1 });
        },
        { connection, prefix, concurrency: options.concurrency ?? 4 },
      );
      worker.on("failed", (job, error) =>
        options.onError?.(error, { name: job?.name ?? "?", id: job?.id ?? "" }),
      );
      worker.on("error", () => undefined);
      await worker.waitUntilReady();
    },
    async listDead(): Promise<DeadJob[]> {
      const failed = await queue.getFailed();
      return failed
        .filter((j) => j.attemptsMade >= (j.opts.attempts ?? 1))
        .map((j) => ({
          id: j.id!,
          name: j.name,
          payload: j.data,
          attempts: j.attemptsMade,
          error: j.failedReason ?? "",
          failedAt: new Date(j.finishedOn ?? j.processedOn ?? Date.now()).toISOString(),
        }));
    },
    async pendingCount() {
      const counts = await queue.getJobCounts("waiting", "delayed", "active", "prioritized");
      return Object.values(counts).reduce((a, b) => a + b, 0);
    },
    async ping() {
      // Commands wait for Redis forever (maxRetriesPerRequest: null), so bound the check.
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref());
      const check = queue.getJobCounts("waiting").then(
        () => true,
        () => false,
      );
      return Promise.race([check, timeout]);
    },
    async close(timeoutMs = 10_000) {
      // worker.close() waits for active jobs to finish.
      const closing = Promise.allSettled([worker?.close(), queue.close()]);
      await Promise.race([closing, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    },
  };
}
