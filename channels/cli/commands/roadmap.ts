/**
 * `careercraft roadmap (--resume <file> | --user <id>) (--job <file> | --role "<text>")
 * [--hours-per-week N] [--weeks N] [--json]`: analyses the person against the target, then
 * plans the weeks that close the gaps. --resume stores nothing; --user saves the analysis
 * and the roadmap (linked) to that user's history.
 */
import type { Command } from "commander";
import { CareerCraftError } from "../../../data/errors.ts";
import type { Roadmap, RoadmapOptions } from "../../../tools/roadmap/types.ts";
import { type CliContext, reportCliError } from "../context.ts";
import {
  checkPerson,
  checkTarget,
  loadDeps,
  loadTarget,
  profileFromResumeFile,
  type TargetOptions,
} from "./gap-inputs.ts";
import { formatRoadmap } from "./roadmap-format.ts";

export interface RoadmapCliOptions extends TargetOptions {
  resume?: string;
  user?: string;
  hoursPerWeek?: string;
  weeks?: string;
  json?: boolean;
}

function numberOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n))
    throw new CareerCraftError("validation", `${flag} must be a number (got "${value}").`);
  return n;
}

export async function runRoadmap(
  opts: RoadmapCliOptions,
  ctx: Pick<CliContext, "stdout" | "stderr" | "withDb">,
): Promise<Roadmap> {
  checkPerson(opts);
  checkTarget(opts);
  const hoursPerWeek = numberOption(opts.hoursPerWeek, "--hours-per-week");
  const weeks = numberOption(opts.weeks, "--weeks");
  const options: RoadmapOptions = {
    ...(hoursPerWeek !== undefined ? { hoursPerWeek } : {}),
    ...(weeks !== undefined ? { weeks } : {}),
  };
  const print = (roadmap: Roadmap) =>
    ctx.stdout.write(opts.json ? `${JSON.stringify(roadmap, null, 2)}\n` : formatRoadmap(roadmap));
  if (opts.user) {
    // The repositories behind a stored profile load only for --user runs.
    const { analyzeForUser } = await import("./gap-user.ts");
    const deps = await loadDeps();
    const target = await loadTarget(opts, deps);
    const run = await analyzeForUser(ctx, opts.user, deps, target, options);
    print(run.roadmap!);
    ctx.stderr.write(`stored as roadmap ${run.roadmapId} (analysis ${run.analysisId})\n`);
    return run.roadmap!;
  }
  // The resume first: a wrong path fails before the taxonomy and role data are loaded.
  const profile = await profileFromResumeFile(opts.resume!);
  const deps = await loadDeps();
  const target = await loadTarget(opts, deps);
  const [{ analyze }, { buildRoadmap }] = await Promise.all([
    import("../../../tools/gap/analyze.ts"),
    import("../../../tools/roadmap/build.ts"),
  ]);
  const roadmap = buildRoadmap(analyze(profile, target.posting, deps), profile, deps, options);
  print(roadmap);
  return roadmap;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command("roadmap")
    .description(
      "Week-by-week plan to close the gaps between a resume or stored profile and a job ad or dream role",
    )
    .option("--resume <file>", "the resume file (PDF, DOCX, image, TXT); nothing is stored")
    .option("--user <id>", "use this user's stored profile and save the analysis and roadmap")
    .option("--job <file>", "a text file with the job ad")
    .option("--role <description>", "the role you want")
    .option("--hours-per-week <n>", "study hours per week (default 10)")
    .option("--weeks <n>", "finish within this many weeks")
    .option("--json", "print the roadmap as JSON")
    .action(async (opts: RoadmapCliOptions) => {
      try {
        await runRoadmap(opts, ctx);
      } catch (error) {
        process.exitCode = reportCliError(error, ctx.stderr);
      }
    });
}
