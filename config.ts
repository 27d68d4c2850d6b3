/**
 * Every setting comes from the environment, is validated here once, and is documented
 * in the README's configuration table. A wrong value stops start-up with one line that
 * names the variable.
 */
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { CareerCraftError } from "./data/errors.ts";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const optionalUrl = (protocols: string[]) =>
  optionalString.refine(
    (v) => {
      if (v === undefined) return true;
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}` },
  );

const positiveInt = (fallback: number) =>
  optionalString
    .pipe(
      z
        .string()
        .regex(/^\d+$/, "must be a whole number")
        .transform(Number)
        .refine((n) => n > 0, "must be greater than 0")
        .optional(),
    )
    .transform((v) => v ?? fallback);

const csv = optionalString.transform((v) =>
  v === undefined
    ? []
    : v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
);

const schema = z.object({
  NODE_ENV: optionalString,
  PORT: optionalString
    .pipe(
      z
        .string()
        .regex(/^\d+$/, "must be a port number")
        .transform(Number)
        .refine((n) => n < 65536, "must be below 65536")
        .optional(),
    )
    .transform((v) => v ?? 3000),
  HOST: optionalString.transform((v) => v ?? "0.0.0.0"),
  DATA_DIR: optionalString.transform((v) => path.resolve(v ?? "./.careercraft")),
  DATABASE_URL: optionalUrl(["postgres:", "postgresql:"]),
  REDIS_URL: optionalUrl(["redis:", "rediss:"]),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl(["http:", "https:"]),
  OPENAI_MODEL: optionalString.transform((v) => v ?? "gpt-4o-mini"),
  GOOGLE_API_KEY: optionalString,
  GEMINI_BASE_URL: optionalUrl(["http:", "https:"]),
  GEMINI_MODEL: optionalString.transform((v) => v ?? "gemini-2.0-flash"),
  MODEL_PROVIDER: optionalString
    .pipe(z.enum(["auto", "offline", "openai", "gemini"]).optional())
    .transform((v) => v ?? "auto"),
  OPENAI_EMBEDDING_MODEL: optionalString,
  GEMINI_EMBEDDING_MODEL: optionalString,
  EMBEDDING_DIMENSIONS: optionalString.pipe(
    z
      .string()
      .regex(/^[1-9]\d*$/, "must be a whole number greater than 0")
      .transform(Number)
      .optional(),
  ),
  EMBEDDER: optionalString
    .pipe(z.enum(["auto", "offline", "openai", "gemini"]).optional())
    .transform((v) => v ?? "auto"),
  LOG_LEVEL: optionalString
    .pipe(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional())
    .transform((v) => v ?? "info"),
  RESUME_MAX_BYTES: positiveInt(10 * 1024 * 1024),
  RESUME_MAX_PAGES: positiveInt(10),
  RESUME_TIMEOUT_MS: positiveInt(60_000),
  RESUME_READER_THREADS: positiveInt(Math.max(2, Math.min(4, os.availableParallelism()))),
  RESUME_READER_MEMORY_MB: positiveInt(512),
  TRUST_PROXY: optionalString.pipe(
    z
      .string()
      .regex(
        /^(\d+|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/,
        "must be a number of proxy hops or a comma-separated list of proxy addresses",
      )
      .optional(),
  ),
  FOLLOW_UP_DAYS: positiveInt(7),
  SESSION_SECRET: optionalString,
  SITE_IDENTITY_SECRET: optionalString,
  CORS_ORIGINS: csv,
  RATE_LIMIT_PER_MINUTE: positiveInt(30),
  API_RATE_LIMIT_PER_MINUTE: positiveInt(120),
  LOGIN_RATE_LIMIT_PER_MINUTE: positiveInt(10),
  AUTH_SECRET: optionalString.refine(
    (v) => v === undefined || v.length >= 32,
    "must be at least 32 characters",
  ),
  QUEUE_CONCURRENCY: positiveInt(4),
  RUN_JOBS_IN_PROCESS: optionalString
    .pipe(z.enum(["true", "false"], { message: "must be true or false" }).optional())
    .transform((v) => v !== "false"),
  SHUTDOWN_TIMEOUT_MS: positiveInt(10_000),
  DISCORD_BOT_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString.refine(
    (v) => v === undefined || /^\d{15,25}$/.test(v),
    "must be the application's numeric id (Developer Portal > General Information)",
  ),
  /** Discord's REST base; only a proxy (or a test stand-in) changes it. */
  DISCORD_API_URL: optionalUrl(["http:", "https:"]),
  /** platform:workspace=organization-slug entries (channels/core/organizations.ts). */
  ORGANIZATION_MAP: csv.refine(
    (entries) => entries.every((e) => ORGANIZATION_ENTRY.test(e)),
    "must be comma-separated platform:workspace=organization-slug entries (teams:<tenant id>=state-u)",
  ),
  TEAMS_ENABLED: optionalString
    .pipe(z.enum(["true", "false"], { message: "must be true or false" }).optional())
    .transform((v) => v === "true"),
  TEAMS_APP_ID: optionalString,
  TEAMS_APP_PASSWORD: optionalString,
  TEAMS_TENANT_ID: optionalString,
  TEAMS_AUTH_SIDECAR_URL: optionalUrl(["http:", "https:"]),
  // Slack (channels/slack): HTTP events need the signing secret; Socket Mode the app token.
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString.pipe(
    z.string().startsWith("xoxb-", "must be a bot token (xoxb-…)").optional(),
  ),
  SLACK_TEAM_ID: optionalString,
  SLACK_APP_TOKEN: optionalString.pipe(
    z.string().startsWith("xapp-", "must be an app-level token (xapp-…)").optional(),
  ),
  SLACK_API_URL: optionalString.pipe(z.string().url("must be a URL").optional()),
  // OAuth install for many workspaces (/slack/install): all three together.
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString.pipe(
    z.string().min(32, "must be at least 32 characters (it signs the OAuth state)").optional(),
  ),
});

/** Same format channels/core/organizations.ts parses. */
const ORGANIZATION_ENTRY = /^[a-z]+:[^=\s]+=[a-z0-9][a-z0-9-]{0,99}$/;

export type RawConfig = z.infer<typeof schema>;

export interface Config {
  env: string;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  logLevel: RawConfig["LOG_LEVEL"];
  models: {
    provider: "offline" | "openai" | "gemini";
    openai: { apiKey?: string; baseUrl?: string; model: string };
    gemini: { apiKey?: string; baseUrl?: string; model: string };
  };
  embedder: "offline" | "openai" | "gemini";
  /** Hosted embedding model overrides; changing any of them re-embeds the question bank. */
  embeddings: { openaiModel?: string; geminiModel?: string; dimensions?: number };
  resume: {
    maxBytes: number;
    maxPages: number;
    timeoutMs: number;
    /** Reader threads and the heap limit of one read (tools/resume/reader). */
    readerThreads: number;
    readerMemoryMb: number;
  };
  applications: { followUpDays: number };
  web: {
    sessionSecret?: string;
    siteIdentitySecret?: string;
    corsOrigins: string[];
    rateLimitPerMinute: number;
  };
  /**
   * Which hops may set X-Forwarded-For (express "trust proxy"): none unless configured, so
   * a client cannot pick the address it is rate-limited under.
   */
  trustProxy: false | number | string[];
  /** The REST API: requests per person per minute (analyses and uploads a quarter of it), logins per address. */
  api: { rateLimitPerMinute: number; loginRateLimitPerMinute: number; authSecret?: string };
  /** runInProcess=false: this process only enqueues; `careercraft worker` runs the jobs. */
  queue: { concurrency: number; runInProcess: boolean };
  shutdownTimeoutMs: number;
  /** The Discord bot, when both its token and application id are set (channels/discord). */
  discord?: { token: string; applicationId: string; apiUrl?: string };
  /** Workspaces (Slack team, Teams tenant, Discord guild) that belong to an organisation. */
  organizationMap: string[];
  /**
   * The Teams bot when TEAMS_ENABLED=true. No appId only under NODE_ENV=test (anonymous
   * activities, never in a deployment).
   */
  teams?: { appId?: string; appPassword?: string; tenantId?: string; sidecarUrl?: string };
  /** Present when Slack is configured (a signing secret, or an app token for Socket Mode). */
  slack?: {
    signingSecret: string;
    botToken?: string;
    teamId?: string;
    appToken?: string;
    apiUrl?: string;
    /** OAuth install for many workspaces (HTTP events only). */
    oauth?: { clientId: string; clientSecret: string; stateSecret: string };
  };
}

/** "auto" picks the first provider that has a key, else the offline planner. */
function chooseProvider(choice: string, raw: RawConfig): "offline" | "openai" | "gemini" {
  if (choice === "openai" || choice === "gemini" || choice === "offline") return choice;
  if (raw.OPENAI_API_KEY) return "openai";
  if (raw.GOOGLE_API_KEY) return "gemini";
  return "offline";
}

function parseTrustProxy(value: string | undefined): Config["trustProxy"] {
  if (value === undefined || value === "false") return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(",").map((v) => v.trim());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    throw new CareerCraftError(
      "config",
      `Invalid configuration: ${variable} ${issue.message} (got ${JSON.stringify(env[variable] ?? "")}).`,
    );
  }
  const raw = parsed.data;
  const provider = chooseProvider(raw.MODEL_PROVIDER, raw);
  if (provider === "openai" && !raw.OPENAI_API_KEY && !raw.OPENAI_BASE_URL) {
    throw new CareerCraftError(
      "config",
      "Invalid configuration: MODEL_PROVIDER is openai but OPENAI_API_KEY is not set.",
    );
  }
  if (provider === "gemini" && !raw.GOOGLE_API_KEY) {
    throw new CareerCraftError(
      "config",
      "Invalid configuration: MODEL_PROVIDER is gemini but GOOGLE_API_KEY is not set.",
    );
  }
  return {
    env: raw.NODE_ENV ?? "development",
    port: raw.PORT,
    host: raw.HOST,
    dataDir: raw.DATA_DIR,
    databaseUrl: raw.DATABASE_URL,
    redisUrl: raw.REDIS_URL,
    logLevel: raw.LOG_LEVEL,
    models: {
      provider,
      openai: { apiKey: raw.OPENAI_API_KEY, baseUrl: raw.OPENAI_BASE_URL, model: raw.OPENAI_MODEL },
      gemini: { apiKey: raw.GOOGLE_API_KEY, baseUrl: raw.GEMINI_BASE_URL, model: raw.GEMINI_MODEL },
    },
    embedder: chooseProvider(raw.EMBEDDER, raw),
    embeddings: {
      openaiModel: raw.OPENAI_EMBEDDING_MODEL,
      geminiModel: raw.GEMINI_EMBEDDING_MODEL,
      dimensions: raw.EMBEDDING_DIMENSIONS,
    },
    resume: {
      maxBytes: raw.RESUME_MAX_BYTES,
      maxPages: raw.RESUME_MAX_PAGES,
      timeoutMs: raw.RESUME_TIMEOUT_MS,
      readerThreads: raw.RESUME_READER_THREADS,
      readerMemoryMb: raw.RESUME_READER_MEMORY_MB,
    },
    applications: { followUpDays: raw.FOLLOW_UP_DAYS },
    web: {
      sessionSecret: raw.SESSION_SECRET,
      siteIdentitySecret: raw.SITE_IDENTITY_SECRET,
      corsOrigins: raw.CORS_ORIGINS,
      rateLimitPerMinute: raw.RATE_LIMIT_PER_MINUTE,
    },
    trustProxy: parseTrustProxy(raw.TRUST_PROXY),
    api: {
      rateLimitPerMinute: raw.API_RATE_LIMIT_PER_MINUTE,
      loginRateLimitPerMinute: raw.LOGIN_RATE_LIMIT_PER_MINUTE,
      ...(raw.AUTH_SECRET ? { authSecret: raw.AUTH_SECRET } : {}),
    },
    queue: { concurrency: raw.QUEUE_CONCURRENCY, runInProcess: raw.RUN_JOBS_IN_PROCESS },
    shutdownTimeoutMs: raw.SHUTDOWN_TIMEOUT_MS,
    ...discordConfig(raw),
    organizationMap: raw.ORGANIZATION_MAP,
    ...teamsConfig(raw),
    ...slackConfig(raw),
  };
}

function teamsConfig(raw: RawConfig): Pick<Config, "teams"> {
  if (!raw.TEAMS_ENABLED) return {};
  const env = raw.NODE_ENV ?? "development";
  if (!raw.TEAMS_APP_ID && env !== "test")
    throw new CareerCraftError(
      "config",
      `Invalid configuration: TEAMS_ENABLED is true but TEAMS_APP_ID is not set (NODE_ENV=${env}); without it no Teams token can be checked. Set the Azure Bot's Microsoft App ID.`,
    );
  if (raw.TEAMS_APP_ID && !raw.TEAMS_APP_PASSWORD && !raw.TEAMS_AUTH_SIDECAR_URL)
    throw new CareerCraftError(
      "config",
      "Invalid configuration: TEAMS_APP_PASSWORD (the Azure Bot's client secret) or TEAMS_AUTH_SIDECAR_URL is needed to answer in Teams.",
    );
  return {
    teams: {
      ...(raw.TEAMS_APP_ID ? { appId: raw.TEAMS_APP_ID } : {}),
      ...(raw.TEAMS_APP_PASSWORD ? { appPassword: raw.TEAMS_APP_PASSWORD } : {}),
      ...(raw.TEAMS_TENANT_ID ? { tenantId: raw.TEAMS_TENANT_ID } : {}),
      ...(raw.TEAMS_AUTH_SIDECAR_URL ? { sidecarUrl: raw.TEAMS_AUTH_SIDECAR_URL } : {}),
    },
  };
}

/** Both Discord settings or neither: one alone is a half-done setup, said at start-up. */
function discordConfig(raw: RawConfig): Pick<Config, "discord"> {
  const { DISCORD_BOT_TOKEN: token, DISCORD_APPLICATION_ID: applicationId } = raw;
  if (!token && !applicationId) return {};
  if (!token || !applicationId)
    throw new CareerCraftError(
      "config",
      `Invalid configuration: ${token ? "DISCORD_APPLICATION_ID" : "DISCORD_BOT_TOKEN"} is not set, but ${token ? "DISCORD_BOT_TOKEN" : "DISCORD_APPLICATION_ID"} is (Discord needs both).`,
    );
  return {
    discord: { token, applicationId, ...(raw.DISCORD_API_URL ? { apiUrl: raw.DISCORD_API_URL } : {}) },
  };
}

function slackOAuth(raw: RawConfig): { oauth?: NonNullable<Config["slack"]>["oauth"] } {
  const parts = [raw.SLACK_CLIENT_ID, raw.SLACK_CLIENT_SECRET, raw.SLACK_STATE_SECRET];
  if (parts.every((p) => !p)) return {};
  if (parts.some((p) => !p) || !raw.SLACK_SIGNING_SECRET)
    throw new CareerCraftError(
      "config",
      "Invalid configuration: the Slack OAuth install needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together, with SLACK_SIGNING_SECRET (HTTP events).",
    );
  return {
    oauth: {
      clientId: raw.SLACK_CLIENT_ID!,
      clientSecret: raw.SLACK_CLIENT_SECRET!,
      stateSecret: raw.SLACK_STATE_SECRET!,
    },
  };
}

function slackConfig(raw: RawConfig): Pick<Config, "slack"> {
  if (!raw.SLACK_SIGNING_SECRET && !raw.SLACK_APP_TOKEN) {
    if (raw.SLACK_BOT_TOKEN)
      throw new CareerCraftError(
        "config",
        "Invalid configuration: SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP events) nor SLACK_APP_TOKEN (Socket Mode) is.",
      );
    return {};
  }
  return {
    slack: {
      signingSecret: raw.SLACK_SIGNING_SECRET ?? "",
      ...(raw.SLACK_BOT_TOKEN ? { botToken: raw.SLACK_BOT_TOKEN } : {}),
      ...(raw.SLACK_TEAM_ID ? { teamId: raw.SLACK_TEAM_ID } : {}),
      ...(raw.SLACK_APP_TOKEN ? { appToken: raw.SLACK_APP_TOKEN } : {}),
      ...(raw.SLACK_API_URL ? { apiUrl: raw.SLACK_API_URL } : {}),
      ...slackOAuth(raw),
    },
  };
}
