/**
 * What keeps several instances of the service acting as one on chat platforms:
 *  - inbound de-duplication: a platform that redelivers an event (Slack retries any
 *    event not acknowledged within 3 s; two instances may both receive it) gets it
 *    handled once;
 *  - per-thread locks: the turns of one platform thread run one after another, so
 *    replies never interleave and the conversation's checkpoint stays a sequence.
 * In Redis when REDIS_URL is set (de-duplication by SET NX PX, locks by Redlock with
 * automatic extension), in this process otherwise (async-mutex per thread).
 */
import { Redlock } from "@sesamecare-oss/redlock";
import { Mutex } from "async-mutex";
import type { Redis } from "ioredis";
import { redisClass, redisConnection } from "../../../data/redis.ts";

export interface Coordination {
  readonly kind: "redis" | "memory";
  /** True the first time `key` is seen within `ttlMs` on any instance; false for a repeat. */
  firstDelivery(key: string, ttlMs: number): Promise<boolean>;
  /** Runs `fn` holding the thread's lock; other turns of that thread wait for it. */
  withThreadLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface CoordinationOptions {
  redisUrl?: string;
  /** Key prefix; tests use their own so parallel runs never share keys. */
  prefix?: string;
  /** Longest a turn waits for the one before it on the same thread (default 3 min). */
  lockWaitMs?: number;
  onError?: (error: unknown) => void;
}

export function createCoordination(options: CoordinationOptions = {}): Coordination {
  return options.redisUrl ? new RedisCoordination(options.redisUrl, options) : new MemoryCoordination();
}

/** Seen keys with their expiry; pruned as it grows so a long-running process stays small. */
class MemoryCoordination implements Coordination {
  readonly kind = "memory" as const;
  private readonly seen = new Map<string, number>();
  private readonly locks = new Map<string, { mutex: Mutex; users: number }>();

  async firstDelivery(key: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    if (this.seen.size > 50_000) for (const [k, until] of this.seen) if (until <= now) this.seen.delete(k);
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return false;
    this.seen.set(key, now + ttlMs);
    return true;
  }

  async withThreadLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let entry = this.locks.get(key);
    if (!entry) {
      entry = { mutex: new Mutex(), users: 0 };
      this.locks.set(key, entry);
    }
    entry.users++;
    try {
      return await entry.mutex.runExclusive(fn);
    } finally {
      if (--entry.users === 0) this.locks.delete(key);
    }
  }

  async close() {}
}

/** A lock is held this long and extended while the turn runs; a crashed holder frees it after it. */
const LOCK_TTL_MS = 15_000;
const RETRY_DELAY_MS = 100;

class RedisCoordination implements Coordination {
  readonly kind = "redis" as const;
  private readonly redis: Redis;
  private readonly redlock: Redlock;
  private readonly prefix: string;

  constructor(
    url: string,
    private readonly options: CoordinationOptions,
  ) {
    this.prefix = options.prefix ?? "careercraft:channels:";
    this.redis = new (redisClass())({ ...redisConnection(url), maxRetriesPerRequest: 2 });
    this.redis.on("error", (e) => options.onError?.(e));
    const waitMs = options.lockWaitMs ?? 180_000;
    this.redlock = new Redlock([this.redis], {
      retryCount: Math.ceil(waitMs / RETRY_DELAY_MS),
      retryDelay: RETRY_DELAY_MS,
      retryJitter: 50,
      automaticExtensionThreshold: 5_000,
    });
    this.redlock.on("error", () => undefined);
  }

  async firstDelivery(key: string, ttlMs: number): Promise<boolean> {
    try {
      return (await this.redis.set(`${this.prefix}seen:${key}`, "1", "PX", ttlMs, "NX")) === "OK";
    } catch (error) {
      // Answering twice is better than never answering: without Redis, let it through.
      this.options.onError?.(error);
      return true;
    }
  }

  async withThreadLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.redlock.using([`${this.prefix}lock:${key}`], LOCK_TTL_MS, async (signal) => {
      const result = await fn();
      // An extension failed mid-turn: another instance may have started the next turn.
      if (signal.aborted) this.options.onError?.(signal.error);
      return result;
    });
  }

  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
