/**
 * Serves the web channel on 127.0.0.1 (a random port) the way main.ts mounts it, for
 * API tests, browser tests and the load benchmark.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import pino from "pino";
import { createWebChannel, type WebChannelOptions } from "../channels/web/index.ts";
import type { Converse } from "../contract/conversation.ts";
import type { Queryable } from "../data/db/types.ts";

export interface WebTestServer {
  url: string;
  close(): Promise<void>;
}

export async function startWebTestServer(options: {
  converse: Converse;
  db: Queryable;
  web?: Partial<WebChannelOptions["config"]["web"]>;
  maxUploadBytes?: number;
  limits?: WebChannelOptions["limits"];
  rateCounter?: WebChannelOptions["rateCounter"];
  pingIntervalMs?: number;
  host?: string;
}): Promise<WebTestServer> {
  const app = express();
  app.set("trust proxy", false);
  app.use(
    createWebChannel({
      converse: options.converse,
      db: options.db,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
      config: {
        env: "test",
        web: { corsOrigins: [], rateLimitPerMinute: 1000, ...options.web },
        resume: { maxBytes: options.maxUploadBytes ?? 5 * 1024 * 1024 },
      },
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.rateCounter ? { rateCounter: options.rateCounter } : {}),
      ...(options.pingIntervalMs ? { pingIntervalMs: options.pingIntervalMs } : {}),
    }),
  );
  const host = options.host ?? "127.0.0.1";
  const server = app.listen(0, host);
  // Longer than any client's idle keep-alive, so the server never closes a socket the
  // client is just reusing (that race shows up as ECONNRESET under load).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
