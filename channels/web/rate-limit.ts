/**
 * Fixed-window request limits per key (a session, an IP). Each key's window starts with
 * its first request. Where the counts live is a `RateCounter`: in memory for one
 * instance (the embedded default), in Redis when REDIS_URL is set so that every instance
 * behind a load balancer charges the same budget (redis-rate-counter.ts).
 */
import { CareerCraftError } from "../../data/errors.ts";

export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateCounter {
  /** Counts one request for `key`; returns the count so far and what is left of its window. */
  hit(key: string, windowMs: number): Promise<{ count: number; msLeft: number }>;
}

/** Counts in this process; old windows are swept so memory stays bounded. */
export class MemoryRateCounter implements RateCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  async hit(key: string, windowMs: number): Promise<{ count: number; msLeft: number }> {
    const now = this.clock();
    this.sweep(now, windowMs);
    let window = this.windows.get(key);
    if (!window || now - window.start >= windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    return { count: window.count, msLeft: window.start + windowMs - now };
  }

  private sweep(now: number, windowMs: number): void {
    if (now - this.lastSweep < windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) {
      if (now - window.start >= windowMs) this.windows.delete(key);
    }
  }
}

export class RateLimiter {
  constructor(
    private readonly rule: RateLimitRule,
    private readonly counter: RateCounter = new MemoryRateCounter(),
  ) {}

  /** Counts one request; rejects with a 429 CareerCraftError (with retryAfterSeconds) past the limit. */
  async hit(key: string, who: "session" | "address" | "account"): Promise<void> {
    const { count, msLeft } = await this.counter.hit(key, this.rule.windowMs);
    if (count <= this.rule.limit) return;
    const retryAfterSeconds = Math.max(1, Math.ceil(msLeft / 1000));
    const whose =
      who === "session" ? "this chat session" : who === "account" ? "your account" : "your network address";
    throw new CareerCraftError(
      "rate_limited",
      `Too many requests from ${whose}: the limit is ${this.rule.limit} per ${Math.round(this.rule.windowMs / 1000)} seconds. Please wait ${retryAfterSeconds} seconds and try again.`,
      { details: { retryAfterSeconds } },
    );
  }
}
