/**
 * `careercraft analyze (--resume <file> | --user <id>) (--job <file> | --role "<text>") [--json]`:
 * the FIT/UNFIT gap analysis against a job ad or a described dream role. With --resume it
 * works on the file alone and stores nothing; with --user it uses that user's stored profile
 * and saves the analysis to their history. The JSON follows the analysis contract.
 */
import type { Command } from "commander";
import type { Analysis } from "../../../tools/gap/types.ts";
import { type CliContext, reportCliError } from "../context.ts";
import { formatAnalysis, formatProgress } from "./analyze-format.ts";
import {
  checkPerson,
  checkTarget,
  loadDeps,
  loadTarget,
  profileFromResumeFile,
  type TargetOptions,
} from "./gap-inputs.ts";

export interface AnalyzeOptions extends TargetOptions {
  resume?: string;
  user?: string;
  json?: boolean;
}

export async function runAnalyze(
  opts: AnalyzeOptions,
  ctx: Pick<CliContext, "stdout" | "stderr" | "withDb">,
): Promise<Analysis> {
  checkPerson(opts);
  checkTarget(opts);
  const { analyzeWithProgress, analysisToJson } = await import("../../../tools/gap/analyze.ts");
  if (opts.user) {
    // The repositories behind a stored profile load only for --user runs.
    const { analyzeForUser } = await import("./gap-user.ts");
    const deps = await loadDeps();
    const target = await loadTarget(opts, deps);
    const { analysis, analysisId } = await analyzeForUser(ctx, opts.user, deps, target);
    ctx.stdout.write(opts.json ? analysisToJson(analysis) : formatAnalysis(analysis));
    ctx.stderr.write(`stored as analysis ${analysisId}\n`);
    return analysis;
  }
  // The resume first: a wrong path fails before the taxonomy and role data are loaded.
  const profile = await profileFromResumeFile(opts.resume!);
  const deps = await loadDeps();
  const target = await loadTarget(opts, deps);
  const run = analyzeWithProgress(profile, target.posting, deps);
  let step = await run.next();
  while (!step.done) {
    if (!opts.json) ctx.stderr.write(formatProgress(step.value));
    step = await run.next();
  }
  const analysis = step.value;
  ctx.stdout.write(opts.json ? analysisToJson(analysis) : formatAnalysis(analysis));
  return analysis;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command("analyze")
    .description("FIT/UNFIT gap analysis of a resume or a stored profile against a job ad or a dream role")
    .option("--resume <file>", "the resume file (PDF, DOCX, image, TXT); nothing is stored")
    .option("--user <id>", "use this user's stored profile and save the analysis to their history")
    .option("--job <file>", "a text file with the job ad")
    .option(
      "--role <description>",
      'the role you want, e.g. "data engineer at a fintech startup, remote, ~$120k"',
    )
    .option("--json", "print the analysis as JSON (the analysis contract)")
    .action(async (opts: AnalyzeOptions) => {
      try {
        await runAnalyze(opts, ctx);
      } catch (error) {
        process.exitCode = reportCliError(error, ctx.stderr);
      }
    });
}
