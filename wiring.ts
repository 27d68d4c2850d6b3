/**
 * Everything main.ts plugs into the app beyond the foundation: job handlers, the agent's
 * conversation entry and the channels. Kept apart from main.ts so the composition
 * root stays readable as capabilities land.
 */
import type { Express } from "express";
import type { Config } from "./config.ts";
import type { Db } from "./data/db/types.ts";
import type { Logger } from "./data/logger.ts";
import type { JobQueue } from "./data/queue/types.ts";

export interface WiringDeps {
  app: Express;
  db: Db;
  queue: JobQueue;
  config: Config;
  logger: Logger;
}

export interface Wired {
  close(): Promise<void>;
}

export async function wireServices(_deps: WiringDeps): Promise<Wired> {
  return { async close() {} };
}
