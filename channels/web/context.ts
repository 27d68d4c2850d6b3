/**
 * What every web route needs, built once by createWebChannel. Routes stay small and
 * share one definition of "who is calling" and "how much may they do".
 */
import type { BaseLogger } from "pino";
import type { Converse } from "../../contract/conversation.ts";
import type { RateLimiter } from "./rate-limit.ts";
import type { ThreadTurns } from "./thread-turns.ts";
import type { WebStore } from "./web-store.ts";

export interface WebSettings {
  /** Signs session tokens; when absent a random one is kept in the database. */
  sessionSecret?: string;
  /** Shared with host sites that sign their users' identities. */
  siteIdentitySecret?: string;
  /** Origins (scheme://host[:port]) allowed to call the API from a browser; "*" allows any. */
  corsOrigins: string[];
  /** Chat turns and uploads one session may start per minute. */
  rateLimitPerMinute: number;
}

export interface WebContext {
  converse: Converse;
  store: WebStore;
  logger: BaseLogger;
  settings: WebSettings;
  maxUploadBytes: number;
  sessionLimiter: RateLimiter;
  addressLimiter: RateLimiter;
  pingIntervalMs: number;
  /** Each thread's turns in hand: a message sent during a turn waits for it (thread-turns.ts). */
  threadTurns: ThreadTurns;
  /** Resolved once: the configured secret or the one stored in the database. */
  sessionSecret(): Promise<string>;
}
