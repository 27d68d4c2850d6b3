/**
 * `careercraft eval`: run the evaluation suites and write results.json, report.md and
 * report.html; `careercraft eval compare OLD NEW`: what improved and what regressed.
 */
import type { Command } from "commander";
import { runCompareCommand, runEvalCommand, UsageError } from "../../../evals/cli.ts";
import { ALL_SUITES } from "../../../evals/suites/index.ts";
import type { CliContext } from "../context.ts";

const collect = (value: string, previous: string[] = []) => [...previous, value];

async function exitWith(run: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${error instanceof UsageError ? "Usage error" : "Error"}: ${message}\n`);
    process.exitCode = 2;
  }
}

export function register(program: Command, _ctx: CliContext): void {
  const evalCommand = program
    .command("eval")
    .description("Measure every capability and write results.json, report.md and report.html")
    .option("--suite <name...>", `suites to run (default: all): ${ALL_SUITES.map((s) => s.name).join(", ")}`)
    .option("--model <model>", "offline | openai | gemini", "offline")
    .option("--data <dir>", "data folder for the selected suite, or suite=DIR (repeatable)", collect)
    .option("--out <dir>", "where to write the report (default evals/out)")
    .option("--fast", "smaller samples (the CI subset uses this)")
    .option("--ci-subset", "the fast subset .ci/run uses (under 2 minutes)")
    .option("--thresholds <file>", "another thresholds file (default evals/thresholds.yaml)")
    .option("--list", "list the suites and exit")
    .action(async (opts) => {
      if (opts.list) {
        for (const s of ALL_SUITES) process.stdout.write(`${s.name.padEnd(18)} ${s.description}\n`);
        return;
      }
      await exitWith(() =>
        runEvalCommand({
          suites: opts.suite,
          model: opts.model,
          data: opts.data,
          out: opts.out,
          fast: opts.fast,
          ciSubset: opts.ciSubset,
          thresholds: opts.thresholds,
        }),
      );
    });

  evalCommand
    .command("compare <old> <new>")
    .description(
      "Compare two results.json files: improved and regressed metrics with the size of each change",
    )
    .option("--fail-on-regression", "exit 1 when any metric regressed")
    .action(async (oldFile: string, newFile: string, opts) => {
      await exitWith(() => runCompareCommand(oldFile, newFile, { failOnRegression: opts.failOnRegression }));
    });
}
