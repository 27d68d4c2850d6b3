import { describe, expect, it } from "vitest";
import { MemoryRateCounter, RateLimiter } from "./rate-limit.ts";

describe("RateLimiter", () => {
  it("allows the limit per window, then refuses with how long to wait, then allows again", async () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 }, new MemoryRateCounter(() => now));
    await limiter.hit("s1", "session");
    await limiter.hit("s1", "session");
    now = 15_000;
    const error = await limiter.hit("s1", "session").catch((e: unknown) => e);
    expect((error as { status: number }).status).toBe(429);
    expect((error as Error).message).toMatch(/limit is 2 per 60 seconds\. Please wait 45 seconds/);
    expect((error as { details: unknown }).details).toEqual({ retryAfterSeconds: 45 });
    await limiter.hit("s2", "session"); // other keys are unaffected
    now = 60_000;
    await limiter.hit("s1", "session");
  });
});
