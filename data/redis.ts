import { createRequire } from "node:module";
import type { Redis as RedisClient } from "ioredis";

/**
 * Connection options for ioredis from a REDIS_URL (redis:// or rediss://, user,
 * password, database number), shared by the job queue and the web channel's rate
 * counters so both read the URL the same way.
 */
export function redisConnection(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === "rediss:" ? {} : undefined,
    // Required by BullMQ workers (blocking commands must not time out).
    maxRetriesPerRequest: null,
  };
}

/**
 * The ioredis client class, loaded on first use: without REDIS_URL the service never
 * needs it, and loading it costs start-up time. (ioredis is CommonJS, so this is the
 * same module a static import gets.)
 */
export function redisClass(): typeof RedisClient {
  return (createRequire(import.meta.url)("ioredis") as typeof import("ioredis")).Redis;
}
