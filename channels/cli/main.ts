/** The `careercraft` command. */
import { closeUnusedReader, startReaderEarly } from "./early-reader.ts";

// Before the rest of the CLI is imported (hence the dynamic imports below): a parse-resume
// run's reader thread loads meanwhile. Not awaited: the imports go on as the pool loads.
void startReaderEarly(process.argv);
// Loaded together, as static imports would be: one after another, each waits its turn.
const [{ CommanderError }, { createCliContext, reportCliError }, { buildProgram }] = await Promise.all([
  import("commander"),
  import("./context.ts"),
  import("./program.ts"),
]);

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
