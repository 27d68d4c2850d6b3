/**
 * `careercraft resumes list|forget --user ID`: the person's stored resume files, and forgetting
 * one with what came only from it (tools/profile/forget-resume.ts, the same service as the chat's
 * "delete my resume" and DELETE /api/profiles/resumes/{id}/). Without --yes, forget only shows
 * what would go and deletes nothing.
 */
import type { Command } from "commander";
import { isCareerCraftError } from "../../../data/errors.ts";
import type { CliContext } from "../context.ts";
import { cliUserId } from "./cli-user.ts";

interface Options {
  user: string;
  json?: boolean;
  yes?: boolean;
}

type Forgetting = Awaited<ReturnType<typeof import("../../../tools/profile/forget-resume.ts").forgetResume>>;

function forgettingText(r: Forgetting): string {
  const lines = [
    `${r.done ? "Deleted" : "Would delete"} resume ${r.resume.filename} (${r.resume.id}, uploaded ${r.resume.createdAt.slice(0, 10)})`,
  ];
  for (const item of r.removes) lines.push(`  - ${item.kind}: ${item.label}`);
  if (r.clears.length) lines.push(`  - contact fields: ${r.clears.join(", ")}`);
  for (const item of r.keeps)
    lines.push(`  kept ${item.kind}: ${item.label} (${item.because.replace(/_/g, " ")})`);
  for (const other of r.otherResumes) lines.push(`  kept resume: ${other.filename} (${other.id})`);
  if (!r.done) lines.push("Nothing was deleted. Run again with --yes to delete it.");
  return lines.join("\n");
}

async function withUser<T>(
  ctx: CliContext,
  opts: Options,
  work: (db: import("../../../data/db/types.ts").Db, userId: string) => Promise<T>,
  print: (r: T) => string,
) {
  try {
    const result = await ctx.withDb(async (db) => work(db, await cliUserId(db, opts.user)));
    if (opts.json) ctx.printJson(result);
    else ctx.stdout.write(`${print(result)}\n`);
  } catch (error) {
    if (!opts.json || !isCareerCraftError(error)) throw error;
    ctx.printJson({ error: { code: error.code, message: error.userMessage } });
    process.exitCode = error.code === "validation" ? 2 : 1;
  }
}

export function register(program: Command, ctx: CliContext): void {
  const resumes = program
    .command("resumes")
    .description("your stored resume files: list them, or delete one");

  resumes
    .command("list")
    .description("list the stored resume files, newest first")
    .requiredOption("--user <id>", "user id (or the name used with `chat --user`)")
    .option("--json", "print as JSON")
    .action(async (opts: Options) => {
      const { listResumes } = await import("../../../tools/profile/forget-resume.ts");
      await withUser(
        ctx,
        opts,
        (db, userId) => listResumes(db, userId),
        (list) =>
          list.length === 0
            ? "No resume stored."
            : list.map((r) => `${r.id}  ${r.filename}  ${r.status}  ${r.createdAt.slice(0, 10)}`).join("\n"),
      );
    });

  resumes
    .command("forget [resumeId]")
    .description(
      "delete a resume (the newest when no id is given) and what came only from it; shows what would go without --yes",
    )
    .requiredOption("--user <id>", "user id (or the name used with `chat --user`)")
    .option("--yes", "really delete (cannot be undone)")
    .option("--json", "print as JSON")
    .action(async (resumeId: string | undefined, opts: Options) => {
      const { forgetResume } = await import("../../../tools/profile/forget-resume.ts");
      await withUser(
        ctx,
        opts,
        (db, userId) =>
          forgetResume(db, userId, { ...(resumeId ? { resumeId } : {}), confirm: opts.yes === true }),
        forgettingText,
      );
    });
}
