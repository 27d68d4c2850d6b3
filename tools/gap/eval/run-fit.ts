/**
 * `node --import tsx tools/gap/eval/run-fit.ts`: prints the fit-set report (accuracy,
 * confusion, calibration, every pair) as JSON. Skips with a message without ../shared/data.
 */
import { defaultFitDeps } from "./fit-defaults.ts";
import { measureFitSet } from "./fit-set.ts";

const report = await measureFitSet(await defaultFitDeps());
if (!report) {
  process.stderr.write("fit set skipped: ../shared/data is absent\n");
} else {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
