/** The `careercraft` command. */
import { closeUnusedReader, startReaderEarly } from "./early-reader.ts";

// Before the rest of the CLI is imported (hence the dynamic imports below): a parse-resume
// run's reader thread loads meanwhile. Not awaited: the imports go on as the pool loads.
void startReaderEarly(process.argv);
const { CommanderError } = await import("commander");
const { createCliContext, reportCliError } = await import("./context.ts");
const { buildProgram } = await import("./program.ts");

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
} finally {
  await closeUnusedReader();
}
