/**
 * Two instances of the service on one database and one Redis, as behind a load balancer.
 * A person's identity cache lives in each instance: when the API on one instance links a
 * chat identity to an account, or deletes an account, the other instance must forget the
 * user it had cached, or its next turn answers as a user that no longer exists.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp, finishHttpApp } from "./channels/http/app.ts";
import { openSession, postChat } from "./channels/web/test-helpers.ts";
import { loadConfig } from "./config.ts";
import { createJobQueue } from "./data/queue/index.ts";
import { ApiClient } from "./test-support/api-app.ts";
import { POSTGRES_AVAILABLE } from "./test-support/db.ts";
import { createPostgresTestDatabase, type ScratchDatabase } from "./test-support/postgres-database.ts";
import { REDIS_AVAILABLE, TEST_REDIS_URL } from "./test-support/redis.ts";
import { readSse } from "./test-support/sse-client.ts";
import { type Wired, wireServices } from "./wiring.ts";

interface Instance {
  url: string;
  close(): Promise<void>;
}

describe.skipIf(!POSTGRES_AVAILABLE || !REDIS_AVAILABLE)("two instances behind one balancer", () => {
  let scratch: ScratchDatabase;
  const instances: Instance[] = [];

  async function startInstance(): Promise<Instance> {
    const config = loadConfig({
      MODEL_PROVIDER: "offline",
      LOG_LEVEL: "silent",
      REDIS_URL: TEST_REDIS_URL,
      AUTH_SECRET: "two-instance-auth-secret-0123456789abcdef",
      SESSION_SECRET: "two-instance-session-secret",
      RATE_LIMIT_PER_MINUTE: "100000",
      API_RATE_LIMIT_PER_MINUTE: "100000",
    });
    const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
    const queue = await createJobQueue(scratch.db, {});
    const app = createHttpApp({ db: scratch.db, queue, logger, version: "test" });
    const wired: Wired = await wireServices({ app, db: scratch.db, queue, config, logger, version: "test" });
    finishHttpApp(app, logger);
    const server = express().use(app).listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", resolve));
    wired.warmUp?.();
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      async close() {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await wired.close();
        await queue.close(1000);
      },
    };
  }

  beforeAll(async () => {
    scratch = await createPostgresTestDatabase();
    instances.push(await startInstance(), await startInstance());
  }, 120_000);
  afterAll(async () => {
    for (const i of instances) await i.close();
    await scratch?.drop();
  });

  const say = async (base: string, token: string, text: string) => {
    const sse = await readSse(await postChat(base, token, { text }));
    return sse.events
      .map((e) => (e.type === "text_delta" ? e.text : e.type === "part" ? JSON.stringify(e.part) : ""))
      .join("");
  };

  it("forgets a linked and then a deleted user on the other instance", { timeout: 120_000 }, async () => {
    const [a, b] = instances as [Instance, Instance];
    const widget = await openSession(b.url);
    expect(await say(b.url, widget.token, "add SQL to my skills, I'm advanced")).toMatch(/SQL/);

    // Instance A links the widget session to a new account: the widget's user is folded in.
    const ada = new ApiClient(a.url);
    await ada.register("ada.two@example.org");
    await ada.call("POST", "/api/users/link/", { widgetSession: widget.token });
    await ada.call("POST", "/api/skills/user/", { name: "Tableau", proficiency: "beginner" });
    // B answers from the account's profile, not from the user it had cached.
    expect(await say(b.url, widget.token, "show my skills")).toMatch(/Tableau/);

    // A deletes the account; B starts the same widget afresh instead of failing.
    const gone = await ada.call("DELETE", "/api/users/me", { confirm: "delete everything" });
    expect(gone.status).toBe(200);
    const after = await say(b.url, widget.token, "show my skills");
    expect(after).toMatch(/no skills yet/);
    expect(after).not.toMatch(/Tableau/);
  });
});
