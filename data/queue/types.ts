import { CareerCraftError } from "../errors.ts";
/**
 * Named background jobs. Handlers are registered once at start-up; the same handlers
 * run on BullMQ (REDIS_URL set) or on the embedded runner (jobs kept in Postgres).
 */
export interface JobContext {
  id: string;
  name: string;
  /** 1 on the first run. */
  attempt: number;
}

export type JobHandler<P = unknown> = (payload: P, job: JobContext) => Promise<void>;

export interface HandlerOptions {
  /** Total runs before the job is dead-lettered (default 3). */
  attempts?: number;
  /** First retry delay; doubles each retry (default 1000 ms). */
  backoffMs?: number;
}

export interface EnqueueOptions {
  /** Run no earlier than this many ms from now (reminders). */
  delayMs?: number;
  /** Idempotency key: a second enqueue with the same key is ignored. */
  jobKey?: string;
}

export interface DeadJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  error: string;
  failedAt: string;
}

export interface JobQueue {
  readonly kind: "embedded" | "bullmq";
  register<P>(name: string, handler: JobHandler<P>, options?: HandlerOptions): void;
  enqueue<P>(name: string, payload: P, options?: EnqueueOptions): Promise<string>;
  /** Starts processing; call after every handler is registered. */
  start(): Promise<void>;
  listDead(): Promise<DeadJob[]>;
  /** Jobs waiting or delayed (not yet run). */
  pendingCount(): Promise<number>;
  ping(): Promise<boolean>;
  /** Stops taking new work, waits for running jobs (up to timeoutMs), releases resources. */
  close(timeoutMs?: number): Promise<void>;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 1000;

export function retryDelay(backoffMs: number, attempt: number): number {
  return backoffMs * 2 ** Math.max(0, attempt - 1);
}

export interface RegisteredHandler {
  handler: JobHandler<any>;
  attempts: number;
  backoffMs: number;
}

/** The one place both runners record handlers; a name registered twice is a wiring bug. */
export function addHandler(
  handlers: Map<string, RegisteredHandler>,
  name: string,
  handler: JobHandler<any>,
  options: HandlerOptions = {},
): void {
  if (handlers.has(name))
    throw new CareerCraftError("conflict", `Job handler "${name}" is already registered.`);
  handlers.set(name, {
    handler,
    attempts: options.attempts ?? DEFAULT_ATTEMPTS,
    backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
  });
}
