/**
 * What every REST route gets, built once by createApiRouter: the database and settings,
 * the accounts service, the conversation entry (chat about an analysis), the job queue
 * (application reminders) and the services of tools/ bound to the database.
 */
import type { BaseLogger } from "pino";
import type { Config } from "../../config.ts";
import type { Converse } from "../../contract/conversation.ts";
import type { Db } from "../../data/db/types.ts";
import type { JobQueue } from "../../data/queue/types.ts";
import type { AccountsService } from "../../tools/accounts/service.ts";
import type { ResumeReader } from "../../tools/resume/reader/pool.ts";

/** The slice of config the API reads. */
export type ApiConfig = Pick<
  Config,
  "env" | "resume" | "applications" | "embedder" | "embeddings" | "models" | "web"
> & {
  api: { rateLimitPerMinute: number; loginRateLimitPerMinute: number; authSecret?: string };
};

/** The conversation core, as far as the API needs it. */
export interface ApiConversation {
  converse: Converse;
  /** Erases a person's conversation checkpoints (GDPR delete); returns how many. */
  eraseConversations(userId: string): Promise<number>;
  /** Drops cached identity -> user mappings after a link or a deletion. */
  forgetUser(userId: string): void;
}

export interface ApiContext {
  db: Db;
  config: ApiConfig;
  logger: BaseLogger;
  queue?: JobQueue;
  accounts: AccountsService;
  conversation?: ApiConversation;
  /** The process's one resume reader pool (shared with the agent). */
  resumeReader: ResumeReader;
  /** The JWT signing secret (AUTH_SECRET, else one kept in the database). */
  secret(): Promise<string>;
  /** The widget's session secret, to verify a widget session being linked. */
  widgetSessionSecret(): Promise<string>;
  pingIntervalMs: number;
}
