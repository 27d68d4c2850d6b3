import type { AddressInfo } from "node:net";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { Db } from "../../data/db/types.ts";
import type { JobQueue } from "../../data/queue/types.ts";
import { clientAddress } from "../web/http/auth.ts";
import { createHttpApp } from "./app.ts";

/** The address the web channel's per-address rate limit would count this request under. */
async function addressSeen(trustProxy: false | number | string[] | undefined, forwardedFor: string) {
  const app = createHttpApp({
    db: {} as Db,
    queue: {} as JobQueue,
    logger: pino({ level: "silent" }),
    trustProxy,
  });
  app.get("/whoami", (req, res) => {
    res.json({ address: clientAddress(req) });
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/whoami`, {
      headers: { "X-Forwarded-For": forwardedFor },
    });
    return ((await res.json()) as { address: string }).address;
  } finally {
    server.close();
  }
}

describe("which address a request counts under", () => {
  it("ignores X-Forwarded-For by default, even from loopback: a client on the host cannot pick its address", async () => {
    expect(await addressSeen(undefined, "203.0.113.9")).toMatch(/127\.0\.0\.1$/);
  });

  it("honours X-Forwarded-For from a proxy named in TRUST_PROXY", async () => {
    expect(await addressSeen(["loopback"], "203.0.113.9")).toBe("203.0.113.9");
    expect(await addressSeen(1, "198.51.100.7, 203.0.113.9")).toBe("203.0.113.9");
  });
});
