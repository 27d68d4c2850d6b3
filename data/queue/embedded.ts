/**
 * The in-process job runner for embedded mode. Jobs live in the queue_jobs table, so a
 * delayed job (a reminder due in five days) survives a restart; a job that was running
 * when the process died is run again (handlers are idempotent by job key).
 */
import type { Db } from "../db/types.ts";
import {
  addHandler,
  DEFAULT_ATTEMPTS,
  type DeadJob,
  type EnqueueOptions,
  type HandlerOptions,
  type JobQueue,
  type RegisteredHandler,
  retryDelay,
} from "./types.ts";

interface Row {
  id: number;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

export interface EmbeddedQueueOptions {
  concurrency?: number;
  /** Longest sleep between polls when nothing is due. */
  pollMs?: number;
  onError?: (error: unknown, job: { name: string; id: string }) => void;
}

export function createEmbeddedQueue(db: Db, options: EmbeddedQueueOptions = {}): JobQueue {
  const handlers = new Map<string, RegisteredHandler>();
  const concurrency = options.concurrency ?? 4;
  const pollMs = options.pollMs ?? 500;
  const running = new Set<Promise<void>>();
  let started = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;

  async function claim(limit: number): Promise<Row[]> {
    const names = [...handlers.keys()];
    if (names.length === 0 || limit <= 0) return [];
    const { rows } = await db.query<Row>(
      `UPDATE queue_jobs SET status = 'active', attempts = attempts + 1, updated_at = now()
       WHERE id IN (SELECT id FROM queue_jobs WHERE status = 'waiting' AND run_at <= now() AND name = ANY($1)
                    ORDER BY run_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, name, payload, attempts, max_attempts`,
      [names, limit],
    );
    return rows;
  }

  async function run(row: Row): Promise<void> {
    const reg = handlers.get(row.name)!;
    try {
      await reg.handler(row.payload, { id: String(row.id), name: row.name, attempt: row.attempts });
      await db.query(
        `UPDATE queue_jobs SET status = 'completed', last_error = NULL, updated_at = now() WHERE id = $1`,
        [row.id],
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      options.onError?.(error, { name: row.name, id: String(row.id) });
      if (row.attempts >= row.max_attempts) {
        await db.query(
          `UPDATE queue_jobs SET status = 'dead', last_error = $2, updated_at = now() WHERE id = $1`,
          [row.id, message],
        );
      } else {
        const delay = retryDelay(reg.backoffMs, row.attempts);
        await db.query(
          `UPDATE queue_jobs SET status = 'waiting', last_error = $2, run_at = now() + ($3 || ' milliseconds')::interval,
           updated_at = now() WHERE id = $1`,
          [row.id, message, String(delay)],
        );
      }
    }
  }

  async function tick(): Promise<void> {
    if (stopping) return;
    const rows = await claim(concurrency - running.size);
    for (const row of rows) {
      const p = run(row).finally(() => {
        running.delete(p);
        if (!stopping) schedule(0);
      });
      running.add(p);
    }
  }

  function schedule(ms: number): void {
    if (stopping) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      tick()
        .catch((error) => options.onError?.(error, { name: "(poll)", id: "" }))
        .finally(() => schedule(pollMs));
    }, ms);
    wake = () => schedule(0);
  }

  return {
    kind: "embedded",
    register(name, handler, opts: HandlerOptions = {}) {
      addHandler(handlers, name, handler, opts);
    },
    async enqueue(name, payload, opts: EnqueueOptions = {}) {
      const attempts = handlers.get(name)?.attempts ?? DEFAULT_ATTEMPTS;
      const { rows } = await db.query<{ id: number }>(
        `INSERT INTO queue_jobs (name, payload, job_key, run_at, max_attempts)
         VALUES ($1, $2::jsonb, $3, now() + ($4 || ' milliseconds')::interval, $5)
         ON CONFLICT (job_key) DO UPDATE SET job_key = EXCLUDED.job_key RETURNING id`,
        [name, JSON.stringify(payload ?? null), opts.jobKey ?? null, String(opts.delayMs ?? 0), attempts],
      );
      if (started && !opts.delayMs) wake?.();
      return String(rows[0]!.id);
    },
    async start() {
      if (started) return;
      started = true;
      // Jobs that were running when a previous process died run again.
      await db.query(`UPDATE queue_jobs SET status = 'waiting', updated_at = now() WHERE status = 'active'`);
      schedule(0);
    },
    async listDead(): Promise<DeadJob[]> {
      const { rows } = await db.query<DeadJob>(
        `SELECT id::text AS id, name, payload, attempts, COALESCE(last_error, '') AS error, updated_at::text AS "failedAt"
         FROM queue_jobs WHERE status = 'dead' ORDER BY updated_at DESC`,
      );
      return rows;
    },
    async pendingCount() {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM queue_jobs WHERE status IN ('waiting','active')`,
      );
      return rows[0]!.n;
    },
    ping: () => db.ping(),
    async close(timeoutMs = 10_000) {
      stopping = true;
      if (timer) clearTimeout(timer);
      const all = Promise.allSettled([...running]);
      await Promise.race([all, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    },
  };
}
