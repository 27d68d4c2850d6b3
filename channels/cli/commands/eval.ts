/**
 * `careercraft eval`: run the evaluation suites and write results.json, report.md and
 * report.html; `careercraft eval compare OLD NEW`: what improved and what regressed.
 */
import type { Command } from "commander";
import { SUITE_NAMES } from "../../../evals/suites/names.ts";
import type { CliContext } from "../context.ts";

const collect = (value: string, previous: string[] = []) => [...previous, value];

// The harness (and through it every capability it measures) loads only when an eval
// command runs, so a broken suite can never stop the rest of the CLI from starting.
const harness = () => import("../../../evals/cli.ts");

async function exitWith(
  run: (h: Awaited<ReturnType<typeof harness>>) => Promise<number> | number,
): Promise<void> {
  const h = await harness();
  try {
    process.exitCode = await run(h);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${error instanceof h.UsageError ? "Usage error" : "Error"}: ${message}\n`);
    process.exitCode = 2;
  }
}

export function register(program: Command, _ctx: CliContext): void {
  const evalCommand = program
    .command("eval")
    .description("Measure every capability and write results.json, report.md and report.html")
    .option("--suite <name...>", `suites to run (default: all): ${SUITE_NAMES.join(", ")}`)
    .option("--model <model>", "offline | openai | gemini", "offline")
    .option("--data <dir>", "data folder for the selected suite, or suite=DIR (repeatable)", collect)
    .option("--out <dir>", "where to write the report (default evals/out)")
    .option("--fast", "smaller samples (the CI subset uses this)")
    .option("--ci-subset", "the fast subset .ci/run uses (under 2 minutes)")
    .option("--thresholds <file>", "another thresholds file (default evals/thresholds.yaml)")
    .option("--list", "list the suites and exit")
    .action(async (opts) => {
      if (opts.list) {
        const { ALL_SUITES } = await import("../../../evals/suites/index.ts");
        for (const s of ALL_SUITES) process.stdout.write(`${s.name.padEnd(18)} ${s.description}\n`);
        return;
      }
      await exitWith((h) =>
        h.runEvalCommand({
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
      await exitWith((h) =>
        h.runCompareCommand(oldFile, newFile, { failOnRegression: opts.failOnRegression }),
      );
    });
}
