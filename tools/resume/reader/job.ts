/**
 * One job on a reader thread: resume bytes -> ParsedResume, through the same
 * `parseResume` every caller uses. Failures come back as data, not as thrown errors: an
 * Error crossing threads loses its class, and the person's message is in its fields.
 */
import type { MessagePort } from "node:worker_threads";
import { isCareerCraftError } from "../../../data/errors.ts";
import type { ResumeLimits } from "../extract/limits.ts";
import { parseResume } from "../parse.ts";
import { parseResumeText } from "../parse-text.ts";
import { loadSkillExtractor } from "../skills-port.ts";
import type { ParsedResume } from "../types.ts";

export interface ReadJob {
  bytes: Uint8Array;
  limits: Partial<ResumeLimits>;
  /** ISO time the parse treats as "now" (open date ranges, years of experience). */
  now?: string;
  /** Told "started" when the reading begins, so a thread's own start-up is not timed. */
  started?: MessagePort;
}

export type ReadJobResult =
  | { ok: true; parsed: ParsedResume }
  | { ok: false; code: string; userMessage: string; message: string };

/**
 * Loads what every read needs (the skill taxonomy, the parser's tables) when the thread
 * starts, so that cost is not counted against the first person's file.
 */
export async function warmReaders(): Promise<void> {
  await parseResumeText("Jane Doe\nSkills\nPython, SQL, project management", {
    skills: await loadSkillExtractor(),
  });
}

export async function runReadJob(job: ReadJob): Promise<ReadJobResult> {
  job.started?.postMessage("started");
  job.started?.close();
  try {
    const parsed = await parseResume(job.bytes, {
      limits: job.limits,
      now: job.now ? new Date(job.now) : undefined,
    });
    return { ok: true, parsed };
  } catch (error) {
    if (isCareerCraftError(error))
      return { ok: false, code: error.code, userMessage: error.userMessage, message: error.message };
    return {
      ok: false,
      code: "internal",
      userMessage: "",
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}
