/**
 * `careercraft parse-resume` reads on a reader thread (tools/resume/reader), and that
 * thread's own start (the readers, pdfjs, the skill taxonomy) is most of a cold run. main.ts
 * starts the thread before it loads the rest of the CLI, so both go on at once on two cores;
 * the command then takes the running thread here instead of starting one.
 */
import { createRequire } from "node:module";
import type { ResumeReader } from "../../tools/resume/reader/pool.ts";

let early: Promise<ResumeReader> | undefined;

/**
 * Starts the reader thread when the command line is a parse-resume run (not its --help);
 * resolves once the thread is starting. A second call (bin/careercraft.js calls it before
 * main.ts does) keeps the first thread.
 */
export async function startReaderEarly(argv: string[]): Promise<void> {
  const args = argv.slice(2);
  if (early || args[0] !== "parse-resume" || args.includes("--help") || args.includes("-h")) return;
  early = import("../../tools/resume/reader/pool.ts").then(({ createResumeReader }) =>
    // One file and then the process ends: no warm-up parse before it (pool.ts, `warm`).
    createResumeReader({ threads: 1, warm: false, prestart: true }),
  );
  await early;
  if (args.some((arg) => /\.pdf$/i.test(arg))) preloadCanvas();
}

/**
 * Loads pdfjs's canvas library (@napi-rs/canvas, a 30 MB native library that pdfjs loads as it
 * starts, even to read text) on this thread while the reader thread starts on the other core:
 * a process maps a native library once, so the thread's own load then only links the module
 * (measured: ~15-30 ms of the thread's CPU -> ~5-15). Resolved from the project root, as the
 * reader bundle's pdfjs resolves it. Only a speed-up: a missing library is the thread's to report.
 */
function preloadCanvas(): void {
  try {
    createRequire(import.meta.url)("@napi-rs/canvas");
  } catch {
    // The reader thread loads it (or warns without it) as before.
  }
}

/** The thread started early, else a new one-shot reader; the caller closes it. */
export async function takeReader(): Promise<ResumeReader> {
  const started = early;
  early = undefined;
  if (started) return started;
  const { createResumeReader } = await import("../../tools/resume/reader/pool.ts");
  return createResumeReader({ threads: 1, warm: false });
}

/** Closes a thread started early that no command took (bad options, a missing file). */
export async function closeUnusedReader(): Promise<void> {
  const started = early;
  early = undefined;
  await (await started)?.close();
}
