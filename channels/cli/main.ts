/** The `careercraft` command. */
import { CommanderError } from "commander";
import { createCliContext, reportCliError } from "./context.ts";
import { buildProgram } from "./program.ts";

const ctx = createCliContext();
try {
  await buildProgram(ctx).parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    process.exitCode = error.exitCode;
  } else {
    process.exitCode = reportCliError(error);
  }
}
