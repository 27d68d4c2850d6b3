/**
 * The service with chat platforms configured, as its own process: the Discord gateway
 * client connects (to a stand-in), Teams' /api/messages is mounted with token checks on,
 * and Teams enabled without an app id stops a production start-up with one clear line.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServiceProcess } from "../test-support/service-process.ts";
import { type DiscordStandIn, startDiscordStandIn } from "../test-support/standins/discord.ts";

let discord: DiscordStandIn;
beforeAll(async () => {
  discord = await startDiscordStandIn();
});
afterAll(async () => {
  await discord?.close();
});

describe("chat platforms in the service", () => {
  it("connects Discord and serves Teams' /api/messages, refusing an activity without a token", async () => {
    const service = startServiceProcess({
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "cc-chat-")),
      MODEL_PROVIDER: "offline",
      DISCORD_BOT_TOKEN: "MTIz.service.token",
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.api,
      TEAMS_ENABLED: "true",
      TEAMS_APP_ID: "00000000-0000-4000-8000-000000000001",
      TEAMS_APP_PASSWORD: "not-used-here",
      ORGANIZATION_MAP: "teams:00000000-0000-4000-8000-0000000000aa=state-u",
    });
    try {
      const url = await service.ready;
      await Promise.race([
        discord.ready(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`no gateway session: ${service.output().slice(-3000)}`)), 20_000),
        ),
      ]);
      const res = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: "message", text: "hi", conversation: { id: "a:1" } }),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ "jwt-auth-error": "authorization header not found" });
    } finally {
      service.child.kill("SIGTERM");
      await service.exited;
    }
  }, 240_000);

  it("refuses to start in production with Teams enabled and no app id", async () => {
    const service = startServiceProcess({
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "cc-chat-")),
      NODE_ENV: "production",
      TEAMS_ENABLED: "true",
    });
    expect(await service.exited).toBe(1);
    expect(service.output()).toMatch(
      /TEAMS_ENABLED is true but TEAMS_APP_ID is not set \(NODE_ENV=production\)/,
    );
  }, 120_000);
});
