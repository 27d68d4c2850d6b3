/**
 * `careercraft parse-resume <file> [--json]`: reads one resume file and prints what was
 * understood. Works on the file alone: no database, no service, nothing stored. The
 * parser is imported when the command runs so other commands start fast.
 */
import { readFile, stat } from "node:fs/promises";
import type { Command } from "commander";
import { CareerCraftError, isCareerCraftError } from "../../../data/errors.ts";
import type { ParsedResume } from "../../../tools/resume/types.ts";
import { type CliContext, reportCliError } from "../context.ts";
import { takeReader } from "../early-reader.ts";
import { formatParsedResume } from "./parse-resume-format.ts";

interface Options {
  json?: boolean;
  profile?: boolean;
  maxPages?: string;
  maxMb?: string;
  timeout?: string;
}

function positive(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new CareerCraftError("validation", `${what} must be a positive number (got "${value}").`);
  return n;
}

async function readResumeFile(file: string, maxBytes: number): Promise<Buffer> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    throw new CareerCraftError("not_found", `There is no file at "${file}".`);
  }
  if (!info.isFile()) throw new CareerCraftError("validation", `"${file}" is not a file.`);
  // Checked before reading, so a huge file is refused without loading it.
  if (info.size > maxBytes) {
    const { megabytes } = await import("../../../tools/resume/extract/limits.ts");
    throw new CareerCraftError(
      "too_large",
      `This file is ${megabytes(info.size)}; resumes up to ${megabytes(maxBytes)} are accepted. Please upload a smaller file.`,
    );
  }
  return readFile(file);
}

interface Limits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
}

async function optionLimits(opts: Options): Promise<Limits> {
  const { DEFAULT_LIMITS } = await import("../../../tools/resume/extract/limits.ts");
  const maxMb = positive(opts.maxMb, "--max-mb");
  return {
    maxBytes: maxMb ? Math.round(maxMb * 1024 * 1024) : DEFAULT_LIMITS.maxBytes,
    maxPages: positive(opts.maxPages, "--max-pages") ?? DEFAULT_LIMITS.maxPages,
    timeoutMs: (positive(opts.timeout, "--timeout") ?? DEFAULT_LIMITS.timeoutMs / 1000) * 1000,
  };
}

/** Reads the file on a reader thread, with the same time and memory limits as the service. */
async function readResume(file: string, limits: Limits): Promise<ParsedResume> {
  const bytes = await readResumeFile(file, limits.maxBytes);
  const reader = await takeReader();
  try {
    return await reader.read("cli", bytes, { limits });
  } finally {
    await reader.close();
  }
}

export async function runParseResume(
  file: string,
  opts: Options,
  ctx: Pick<CliContext, "stdout">,
): Promise<ParsedResume> {
  const parsed = await readResume(file, await optionLimits(opts));
  if (opts.profile) {
    const { toProfileSnapshot } = await import("../../../tools/resume/to-profile.ts");
    ctx.stdout.write(`${JSON.stringify(toProfileSnapshot(parsed), null, 2)}\n`);
  } else {
    ctx.stdout.write(opts.json ? `${JSON.stringify(parsed, null, 2)}\n` : formatParsedResume(parsed));
  }
  return parsed;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command("parse-resume")
    .description(
      "Read a resume (PDF, DOCX, PNG/JPEG/WebP, TXT/Markdown) and print what was understood; stores nothing",
    )
    .argument("<file>", "the resume file")
    .option("--json", "print the full parse as JSON (shape: tools/resume/README.md)")
    .option("--profile", "print the profile the analysis reads (ProfileSnapshot JSON, with proficiencies)")
    .option("--max-pages <n>", "most PDF pages to read (default 10)")
    .option("--max-mb <n>", "largest file accepted in MB (default 10)")
    .option("--timeout <seconds>", "longest a parse may take (default 60)")
    .action(async (file: string, opts: Options) => {
      try {
        await optionLimits(opts);
      } catch (error) {
        process.exitCode = reportCliError(error, ctx.stderr);
        return;
      }
      try {
        await runParseResume(file, opts, ctx);
      } catch (error) {
        const code = reportCliError(error, ctx.stderr);
        // Options were valid, so any refusal is about the file (an empty one included): 1.
        process.exitCode = isCareerCraftError(error) ? 1 : code;
      }
    });
}
