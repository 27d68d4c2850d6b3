import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit.ts";

describe("RateLimiter", () => {
  it("allows the limit per window, then refuses with how long to wait, then allows again", () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 }, () => now);
    limiter.hit("s1", "session");
    limiter.hit("s1", "session");
    now = 15_000;
    try {
      limiter.hit("s1", "session");
      expect.unreachable();
    } catch (error) {
      expect((error as { status: number }).status).toBe(429);
      expect((error as Error).message).toMatch(/limit is 2 per 60 seconds\. Please wait 45 seconds/);
      expect((error as { details: unknown }).details).toEqual({ retryAfterSeconds: 45 });
    }
    limiter.hit("s2", "session"); // other keys are unaffected
    now = 60_000;
    limiter.hit("s1", "session");
  });
});
