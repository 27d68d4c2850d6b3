/**
 * Rate-limit counts in Redis, shared by every instance of the service: with two app
 * instances behind a load balancer, in-memory counters would let a script send twice
 * the limit. One round trip per request: the window key is created with its expiry on
 * the first request (SET NX PX), counted (INCR) and its remaining time read (PTTL).
 *
 * If Redis is unreachable the request is let through and the outage logged (at most
 * once a minute): a limit exists to stop floods, not to take the chat down with Redis.
 */
import type { Redis } from "ioredis";
import type { BaseLogger } from "pino";
import { redisClass, redisConnection } from "../../data/redis.ts";
import type { RateCounter } from "./rate-limit.ts";

export interface RedisRateCounterOptions {
  redisUrl: string;
  logger: BaseLogger;
  /** Key prefix; tests use their own so runs never share counts. */
  prefix?: string;
  /** How long a request may wait for Redis before it is let through. */
  timeoutMs?: number;
}

export class RedisRateCounter implements RateCounter {
  private readonly redis: Redis;
  private readonly prefix: string;
  private lastWarning = 0;

  constructor(private readonly options: RedisRateCounterOptions) {
    this.redis = new (redisClass())({
      ...redisConnection(options.redisUrl),
      // Fail fast instead of queueing requests behind a dead connection.
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      commandTimeout: options.timeoutMs ?? 500,
      lazyConnect: false,
    });
    this.redis.on("error", () => undefined);
    this.prefix = options.prefix ?? "careercraft:ratelimit:";
  }

  async hit(key: string, windowMs: number): Promise<{ count: number; msLeft: number }> {
    const redisKey = this.prefix + key;
    try {
      const replies = await this.redis
        .multi()
        .set(redisKey, 0, "PX", windowMs, "NX")
        .incr(redisKey)
        .pttl(redisKey)
        .exec();
      if (!replies) throw new Error("the transaction was aborted");
      for (const [error] of replies) if (error) throw error;
      const count = Number(replies[1]![1]);
      const pttl = Number(replies[2]![1]);
      return { count, msLeft: pttl > 0 ? pttl : windowMs };
    } catch (error) {
      const now = Date.now();
      if (now - this.lastWarning > 60_000) {
        this.lastWarning = now;
        this.options.logger.warn(
          { err: error },
          "rate-limit counters in Redis are unreachable; requests are not being limited",
        );
      }
      return { count: 0, msLeft: windowMs };
    }
  }

  /** Resolves once the connection is up; until then requests are let through unlimited. */
  async ready(): Promise<void> {
    if (this.redis.status === "ready") return;
    await new Promise<void>((resolve) => this.redis.once("ready", () => resolve()));
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
