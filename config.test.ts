import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("runs on embedded defaults with an empty environment", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
    expect(c.models.provider).toBe("offline");
    expect(c.dataDir.endsWith(".careercraft")).toBe(true);
    expect(c.resume).toMatchObject({ maxBytes: 10 * 1024 * 1024, maxPages: 10, timeoutMs: 60_000 });
    expect(c.resume.readerThreads).toBeGreaterThanOrEqual(2);
    expect(c.resume.readerMemoryMb).toBe(512);
    expect(c.trustProxy).toBe(false);
  });

  it("reads the reader pool size, its memory limit and the trusted proxies", () => {
    const c = loadConfig({
      RESUME_READER_THREADS: "3",
      RESUME_READER_MEMORY_MB: "256",
      TRUST_PROXY: "loopback, 10.0.0.0/8",
    });
    expect(c.resume).toMatchObject({ readerThreads: 3, readerMemoryMb: 256 });
    expect(c.trustProxy).toEqual(["loopback", "10.0.0.0/8"]);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
  });

  it("picks a provider from the keys that are set", () => {
    expect(loadConfig({ OPENAI_API_KEY: "sk-x" }).models.provider).toBe("openai");
    expect(loadConfig({ GOOGLE_API_KEY: "g" }).models.provider).toBe("gemini");
    expect(loadConfig({ OPENAI_API_KEY: "sk-x", MODEL_PROVIDER: "offline" }).models.provider).toBe("offline");
  });

  it.each([
    ["PORT", "abc", /PORT must be a port number/],
    ["PORT", "70000", /PORT must be below 65536/],
    ["DATABASE_URL", "mysql://localhost/x", /DATABASE_URL must be a URL starting with postgres:/],
    ["REDIS_URL", "localhost:6379", /REDIS_URL must be a URL/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL/],
    ["RESUME_MAX_BYTES", "-5", /RESUME_MAX_BYTES must be a whole number/],
    ["MODEL_PROVIDER", "claude", /MODEL_PROVIDER/],
    ["EMBEDDING_DIMENSIONS", "wide", /EMBEDDING_DIMENSIONS must be a whole number greater than 0/],
    ["RESUME_READER_THREADS", "0", /RESUME_READER_THREADS must be greater than 0/],
    ["TRUST_PROXY", "every one!", /TRUST_PROXY must be a number of proxy hops or a comma-separated list/],
    ["DISCORD_APPLICATION_ID", "my-bot", /DISCORD_APPLICATION_ID must be the application's numeric id/],
    [
      "ORGANIZATION_MAP",
      "State U",
      /ORGANIZATION_MAP must be comma-separated platform:workspace=organization-slug/,
    ],
    ["SLACK_BOT_TOKEN", "xapp-1-abc", /SLACK_BOT_TOKEN must be a bot token/],
    ["SLACK_APP_TOKEN", "xoxb-1-abc", /SLACK_APP_TOKEN must be an app-level token/],
    ["SLACK_STATE_SECRET", "short", /SLACK_STATE_SECRET must be at least 32 characters/],
  ])("a wrong %s=%s stops start-up with one line naming it", (name, value, pattern) => {
    let message = "";
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(pattern);
    expect(message.split("\n")).toHaveLength(1);
  });

  it("reads the Discord bot, and refuses half of it", () => {
    const both = { DISCORD_BOT_TOKEN: "a.b.c", DISCORD_APPLICATION_ID: "123456789012345678" };
    expect(loadConfig(both).discord).toEqual({ token: "a.b.c", applicationId: "123456789012345678" });
    expect(loadConfig({}).discord).toBeUndefined();
    expect(() => loadConfig({ DISCORD_BOT_TOKEN: "a.b.c" })).toThrow(/DISCORD_APPLICATION_ID is not set/);
  });

  it("refuses to start Teams without an app id, except in tests", () => {
    for (const NODE_ENV of ["production", "development"])
      expect(() => loadConfig({ NODE_ENV, TEAMS_ENABLED: "true" })).toThrow(/TEAMS_APP_ID is not set/);
    expect(loadConfig({ NODE_ENV: "test", TEAMS_ENABLED: "true" }).teams).toEqual({});
    expect(() => loadConfig({ NODE_ENV: "production", TEAMS_ENABLED: "true", TEAMS_APP_ID: "x" })).toThrow(
      /TEAMS_APP_PASSWORD/,
    );
    const ok = loadConfig({
      NODE_ENV: "production",
      TEAMS_ENABLED: "true",
      TEAMS_APP_ID: "app",
      TEAMS_APP_PASSWORD: "secret",
      ORGANIZATION_MAP: "teams:tenant-1=state-u, discord:123=state-u",
    });
    expect(ok.teams).toEqual({ appId: "app", appPassword: "secret" });
    expect(ok.organizationMap).toEqual(["teams:tenant-1=state-u", "discord:123=state-u"]);
    expect(loadConfig({}).teams).toBeUndefined();
  });

  it("refuses a provider choice without its key", () => {
    expect(() => loadConfig({ MODEL_PROVIDER: "gemini" })).toThrow(/GOOGLE_API_KEY is not set/);
  });

  it("configures Slack only with a way to receive events, and says which is missing", () => {
    expect(loadConfig({}).slack).toBeUndefined();
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxb-1-abc" })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(
      loadConfig({ SLACK_SIGNING_SECRET: "s3cret", SLACK_BOT_TOKEN: "xoxb-1-abc", SLACK_TEAM_ID: "T1" })
        .slack,
    ).toEqual({ signingSecret: "s3cret", botToken: "xoxb-1-abc", teamId: "T1" });
    const oauth = {
      SLACK_CLIENT_ID: "1.2",
      SLACK_CLIENT_SECRET: "client-secret",
      SLACK_STATE_SECRET: "x".repeat(32),
    };
    expect(loadConfig({ SLACK_SIGNING_SECRET: "s3cret", ...oauth }).slack?.oauth).toEqual({
      clientId: "1.2",
      clientSecret: "client-secret",
      stateSecret: "x".repeat(32),
    });
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: "s3cret", SLACK_CLIENT_ID: "1.2" })).toThrow(
      /SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together/,
    );
    expect(() => loadConfig({ SLACK_APP_TOKEN: "xapp-1", ...oauth })).toThrow(/with SLACK_SIGNING_SECRET/);
    expect(loadConfig({ ORGANIZATION_MAP: "slack:T1=state-u" }).organizationMap).toEqual([
      "slack:T1=state-u",
    ]);
  });
});
