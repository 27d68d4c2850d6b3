/**
 * Child process for the hostile-input cases: a parser that loops on a crafted input
 * blocks its whole event loop, so the only reliable time limit is a separate process
 * the suite can kill. Runs the named cases in order and prints one JSON line each.
 * Usage: node --import tsx hostile-worker.ts CASE_NAME...
 */
import { pathToFileURL } from "node:url";
import { oneColumnPdf } from "../../../test-support/fixtures/resume/index.ts";
import { findModule } from "../../core/capability.ts";
import { HOSTILE_CASES, runHostileCase } from "./hostile.ts";

const resumeModule = findModule(["tools/resume/parse.ts"]);
const gapDefaults = findModule(["tools/gap/eval/fit-defaults.ts"]);
if (!resumeModule || !gapDefaults) {
  process.stderr.write("resume parsing or the analysis pipeline is not present\n");
  process.exit(3);
}
const { parseResume } = (await import(pathToFileURL(resumeModule).href)) as {
  parseResume(bytes: Uint8Array): Promise<unknown>;
};
const { defaultFitDeps } = (await import(pathToFileURL(gapDefaults).href)) as {
  defaultFitDeps(): Promise<{ parseJob(text: string): unknown }>;
};
const pipeline = await defaultFitDeps();
// The first PDF read loads pdfjs. Under tsx (how this worker runs) that load costs 5-13 s
// on a busy machine, against ~1 s in the compiled service, and it landed on whichever case
// came first (the corrupt PDF, which alone takes ~0.1 s). Read one good PDF before the
// first case so each case's time limit measures that case.
await parseResume(new Uint8Array(oneColumnPdf()));

for (const name of process.argv.slice(2)) {
  const c = HOSTILE_CASES.find((h) => h.name === name);
  if (!c) continue;
  process.stdout.write(`${JSON.stringify({ started: name })}\n`);
  const started = performance.now();
  const outcome = await runHostileCase(c, async (input) =>
    c.kind === "resume" ? parseResume(input as Uint8Array) : pipeline.parseJob(input as string),
  );
  process.stdout.write(`${JSON.stringify({ ...outcome, ms: Math.round(performance.now() - started) })}\n`);
}
