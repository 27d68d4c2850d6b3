/**
 * Shared by `analyze` and `roadmap`: the person (a resume file) and the target (a job-ad
 * file or a dream-role description) turned into what tools/gap needs. Heavy modules are
 * imported when a command runs so the rest of the CLI starts fast.
 */
import { readFile, stat } from "node:fs/promises";
import type { ProfileSnapshot } from "../../../contract/profile.ts";
import { CareerCraftError } from "../../../data/errors.ts";
import type { AnalysisDeps } from "../../../tools/gap/analyze.ts";
import type { JobPosting } from "../../../tools/jobs/types.ts";

export interface TargetOptions {
  job?: string;
  role?: string;
}

const MAX_JOB_FILE_BYTES = 1024 * 1024;

export function checkPerson(opts: { resume?: string; user?: string }): void {
  if (opts.resume && opts.user)
    throw new CareerCraftError(
      "validation",
      "Give either --resume <file> (nothing stored) or --user <id> (stored profile), not both.",
    );
  if (!opts.resume && !opts.user)
    throw new CareerCraftError("validation", "Say whose profile to use: --resume <file> or --user <id>.");
}

export function checkTarget(opts: TargetOptions): void {
  if (opts.job && opts.role)
    throw new CareerCraftError("validation", 'Give either --job <file> or --role "<description>", not both.');
  if (!opts.job && !opts.role)
    throw new CareerCraftError(
      "validation",
      'Say what to compare against: --job <file> (a job ad) or --role "<description>".',
    );
}

export async function loadDeps(): Promise<AnalysisDeps> {
  const { loadAnalysisDeps } = await import("../../../tools/gap/deps.ts");
  return loadAnalysisDeps();
}

export async function profileFromResumeFile(file: string): Promise<ProfileSnapshot> {
  const { DEFAULT_LIMITS } = await import("../../../tools/resume/extract/limits.ts");
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CareerCraftError("validation", `"${file}" is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof CareerCraftError) throw error;
    throw new CareerCraftError("not_found", `There is no resume file at "${file}".`);
  }
  if (size > DEFAULT_LIMITS.maxBytes)
    throw new CareerCraftError(
      "too_large",
      `That resume file is too large (limit ${DEFAULT_LIMITS.maxBytes / 1024 / 1024} MB).`,
    );
  const { createResumeReader } = await import("../../../tools/resume/reader/pool.ts");
  const { toProfileSnapshot } = await import("../../../tools/resume/to-profile.ts");
  // A reader thread, like the service: the file's read is bounded in time and memory. One
  // file and then the command ends: no warm-up parse before it (pool.ts, `warm`).
  const reader = createResumeReader({ threads: 1, warm: false });
  try {
    return toProfileSnapshot(await reader.read("cli", await readFile(file)));
  } finally {
    await reader.close();
  }
}

async function readJobText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CareerCraftError("validation", `"${file}" is not a file.`);
    if (info.size > MAX_JOB_FILE_BYTES)
      throw new CareerCraftError(
        "too_large",
        "That job ad file is larger than 1 MB; save just the ad text to a file.",
      );
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof CareerCraftError) throw error;
    throw new CareerCraftError("not_found", `There is no job ad file at "${file}".`);
  }
  if (bytes.includes(0))
    throw new CareerCraftError(
      "unsupported_type",
      "The job ad must be a plain-text file (paste the ad into a .txt file).",
    );
  return bytes.toString("utf8");
}

export async function loadTarget(
  opts: TargetOptions,
  _deps?: AnalysisDeps,
): Promise<{ posting: JobPosting; text: string }> {
  checkTarget(opts);
  const { readJobTarget } = await import("../../../tools/jobs/target.ts");
  if (opts.job) return readJobTarget(await readJobText(opts.job), "posting");
  return readJobTarget(opts.role!, "role");
}
