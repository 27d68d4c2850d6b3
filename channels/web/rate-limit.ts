/**
 * Fixed-window request counters per key (a session, an IP). In memory on purpose: a
 * limit exists to stop one browser or script flooding one instance, and a restart
 * resetting the counters is harmless. Old windows are swept so memory stays bounded.
 */
import { CareerCraftError } from "../../data/errors.ts";

export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    private readonly rule: RateLimitRule,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one request; throws a 429 CareerCraftError (with retryAfterSeconds) past the limit. */
  hit(key: string, who: "session" | "address"): void {
    const now = this.clock();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.rule.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    if (window.count > this.rule.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.rule.windowMs - now) / 1000));
      const whose = who === "session" ? "this chat session" : "your network address";
      throw new CareerCraftError(
        "rate_limited",
        `Too many requests from ${whose}: the limit is ${this.rule.limit} per ${Math.round(this.rule.windowMs / 1000)} seconds. Please wait ${retryAfterSeconds} seconds and try again.`,
        { details: { retryAfterSeconds } },
      );
    }
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.rule.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.rule.windowMs) this.windows.delete(key);
    }
  }
}
