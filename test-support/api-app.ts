/**
 * Serves the REST API on 127.0.0.1 (a random port) the way main.ts mounts it: the HTTP
 * foundation (helmet, metrics, /health, /metrics) + the API router on the real
 * conversation core with the offline planner, for API tests and the load benchmark.
 */

import type { AddressInfo } from "node:net";
import pino from "pino";
import { createThreadsRepository } from "../agent/conversation/threads.ts";
import { createConversation } from "../agent/index.ts";
import { type ApiConfig, createApiRouter } from "../channels/api/index.ts";
import { createHttpApp, finishHttpApp } from "../channels/http/app.ts";
import { loadConfig } from "../config.ts";
import type { Converse } from "../contract/conversation.ts";
import type { Db } from "../data/db/types.ts";
import { createJobQueue } from "../data/queue/index.ts";
import type { AccountSettings } from "../tools/accounts/service.ts";

export const TEST_AUTH_SECRET = "test-auth-secret-that-is-long-enough-0123456789";
export const TEST_SESSION_SECRET = "test-widget-session-secret";

export interface ApiTestServer {
  url: string;
  config: ApiConfig;
  /** The agent the API talks to, for tests that chat on another channel first. */
  converse: Converse;
  close(): Promise<void>;
}

export async function startApiTestServer(options: {
  db: Db;
  env?: Record<string, string>;
  accountSettings?: Partial<AccountSettings>;
  now?: () => Date;
}): Promise<ApiTestServer> {
  const base = loadConfig({
    MODEL_PROVIDER: "offline",
    LOG_LEVEL: "silent",
    API_RATE_LIMIT_PER_MINUTE: "100000",
    LOGIN_RATE_LIMIT_PER_MINUTE: "100000",
    AUTH_SECRET: TEST_AUTH_SECRET,
    SESSION_SECRET: TEST_SESSION_SECRET,
    ...options.env,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const queue = await createJobQueue(options.db, {});
  const conversation = await createConversation({ db: options.db, config: base, logger });
  const app = createHttpApp({ db: options.db, queue, logger, version: "test" });
  app.set("trust proxy", false);
  app.use(
    createApiRouter({
      db: options.db,
      config: base,
      logger,
      queue,
      version: "test",
      ...(options.accountSettings ? { accountSettings: options.accountSettings } : {}),
      ...(options.now ? { now: options.now } : {}),
      conversation: {
        converse: conversation.converse,
        forgetUser: conversation.forgetUser,
        eraseConversations: (userId) =>
          createThreadsRepository(options.db).eraseForUser(userId, conversation.checkpointer),
      },
    }),
  );
  finishHttpApp(app, logger);
  const server = app.listen(0, "127.0.0.1");
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config: base,
    converse: conversation.converse,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await queue.close(1000);
    },
  };
}

/** A small JSON client for one person: register (or log in), then call with their token. */
export class ApiClient {
  accessToken = "";
  refreshToken = "";
  userId = "";

  constructor(readonly url: string) {}

  async call(method: string, path: string, body?: unknown, token: string | null = this.accessToken) {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, json, text, headers: response.headers };
  }

  async register(email: string, password = "a long enough password", name?: string) {
    const r = await this.call(
      "POST",
      "/api/users/register/",
      { email, password, ...(name ? { name } : {}) },
      null,
    );
    if (r.status !== 201) throw new Error(`register failed: ${r.status} ${r.text}`);
    this.accessToken = r.json.tokens.accessToken;
    this.refreshToken = r.json.tokens.refreshToken;
    this.userId = r.json.user.id;
    return r.json;
  }
}
