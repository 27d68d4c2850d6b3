/**
 * `careercraft chat [--user ID] [--model offline|openai|gemini] [--resume FILE] [--json]`:
 * talk to the agent from a terminal, or script it through a pipe.
 */
import os from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { CareerCraftError } from "../../../data/errors.ts";
import type { CliContext } from "../context.ts";
import { cliNameIdentity } from "./cli-user.ts";
import { terminalTimeZone } from "./terminal-time-zone.ts";

interface ChatOptions {
  saveDir?: string;
  user?: string;
  model?: string;
  resume?: string;
  json?: boolean;
  thread?: string;
}

const MODELS = ["offline", "openai", "gemini"] as const;

export function register(program: Command, ctx: CliContext): void {
  program
    .command("chat")
    .description(
      "chat with the CareerCraft agent (interactive on a terminal; one message per line on a pipe)",
    )
    .option("--user <id>", "a user id (from other commands) or any name for your local identity")
    .option("--model <model>", "offline | openai | gemini (default: from configuration)")
    .option("--resume <file>", "start by sending this resume file")
    .option("--thread <id>", "conversation id to continue (default: cli)")
    .option("--json", "write one JSON object per reply event per line")
    .option(
      "--save-dir <dir>",
      "folder for files the agent sends, such as exports (default: DATA_DIR/exports)",
    )
    .action(async (opts: ChatOptions) => {
      if (opts.model && !MODELS.includes(opts.model as (typeof MODELS)[number]))
        throw new CareerCraftError("validation", `--model must be one of ${MODELS.join(", ")}.`);
      const config = await ctx.config();
      const [
        { createConversation },
        { createLogger },
        { createUsersRepository, isUuid },
        { readAttachment },
        { runChatSession },
        { default: pino },
      ] = await Promise.all([
        import("../../../agent/conversation/converse.ts"),
        import("../../../data/logger.ts"),
        import("../../../data/repositories/users.ts"),
        import("../chat/input.ts"),
        import("../chat/session.ts"),
        import("pino"),
      ]);
      const db = await ctx.openDb();
      try {
        const users = createUsersRepository(db);
        let externalId = opts.user
          ? cliNameIdentity(opts.user).externalId
          : `local:${os.userInfo().username}`;
        if (opts.user && isUuid(opts.user)) {
          // An existing user id: this terminal speaks as that person.
          await users.requireUser(opts.user);
          externalId = `user:${opts.user}`;
          await users.linkIdentity(opts.user, { channel: "cli", externalId });
        }
        const first = opts.resume
          ? {
              text: "Here is my resume.",
              attachments: [await readAttachment(opts.resume, config.resume.maxBytes)],
            }
          : undefined;
        // Logs go to stderr at warn so they never mix with the conversation or --json output.
        const logger = createLogger(
          config.logLevel === "info" ? "warn" : config.logLevel,
          pino.destination(2),
        );
        const conversation = await createConversation({ db, config, logger });
        const interactive = Boolean((process.stdin as NodeJS.ReadStream).isTTY) && !opts.json;
        const code = await runChatSession({
          converse: conversation.converse,
          // The terminal's zone, as `careercraft applications` reads it: "friday at 2pm" is the person's 2pm.
          identity: { channel: "cli", externalId, timeZone: terminalTimeZone() },
          threadId: opts.thread ?? "cli",
          model: opts.model as (typeof MODELS)[number] | undefined,
          json: Boolean(opts.json),
          interactive,
          maxAttachmentBytes: config.resume.maxBytes,
          input: process.stdin,
          output: ctx.stdout,
          first,
          // Never the working directory: an export landed inside a repository checkout (trial F20.3).
          saveDir: path.resolve(opts.saveDir ?? path.join(config.dataDir, "exports")),
        });
        await conversation.close();
        process.exitCode = code;
      } finally {
        await db.close();
      }
    });
}
