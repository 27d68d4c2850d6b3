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

/** Job handlers only: what both the service and a separate worker run. */
export async function wireJobs(_deps: Omit<WiringDeps, "app">): Promise<Wired> {
  return { async close() {} };
}

/** Job handlers, the conversation entry and every channel the app serves. */
export async function wireServices(deps: WiringDeps): Promise<Wired> {
  const jobs = await wireJobs(deps);
  return {
    async close() {
      await jobs.close();
    },
  };
}
