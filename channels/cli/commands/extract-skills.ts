/**
 * `careercraft extract-skills <file|-> [--json]`: the skills in a plain-text file (or
 * stdin with "-") as canonical taxonomy ids with their spans. Works on the text alone and
 * stores nothing; PDFs and Word files go through `parse-resume`.
 */
import { readFile, stat } from "node:fs/promises";
import type { Command } from "commander";
import { CareerCraftError } from "../../../data/errors.ts";
import type { ExtractedSkill } from "../../../tools/skills/types.ts";
import { type CliContext, reportCliError } from "../context.ts";

/** Plain text beyond this is not a resume, job ad or message. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge(size);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: number): CareerCraftError {
  return new CareerCraftError(
    "too_large",
    `That input is ${(size / 1024 / 1024).toFixed(1)} MB; extract-skills reads plain text up to ${MAX_INPUT_BYTES / 1024 / 1024} MB.`,
  );
}

async function readInput(source: string, stdin: NodeJS.ReadableStream): Promise<string> {
  let bytes: Buffer;
  if (source === "-") bytes = await readStdin(stdin);
  else {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(source);
    } catch {
      throw new CareerCraftError("not_found", `There is no file at "${source}".`);
    }
    if (!info.isFile()) throw new CareerCraftError("validation", `"${source}" is not a file.`);
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(info.size);
    bytes = await readFile(source);
  }
  // NUL bytes or a PDF/ZIP signature: a binary document, which this command does not read.
  if (
    bytes.includes(0) ||
    bytes.subarray(0, 4).toString("latin1") === "%PDF" ||
    bytes.subarray(0, 2).toString("latin1") === "PK"
  ) {
    throw new CareerCraftError(
      "unsupported_type",
      "extract-skills reads plain text. For a PDF, Word file or image, use `careercraft parse-resume <file>`.",
    );
  }
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

export function formatSkills(skills: ExtractedSkill[]): string {
  if (skills.length === 0) return "No skills found.\n";
  const rows = skills.map((s) => {
    const seen = [...new Set(s.spans.map((x) => x.text))].join(", ");
    return `${s.name} [${s.id}] ${s.category}/${s.type}: ${seen}${s.spans.length > 1 ? ` (${s.spans.length}x)` : ""}`;
  });
  return `${rows.join("\n")}\n`;
}

export async function runExtractSkills(
  source: string,
  opts: { json?: boolean },
  io: Pick<CliContext, "stdout"> & { stdin?: NodeJS.ReadableStream },
): Promise<ExtractedSkill[]> {
  const text = await readInput(source, io.stdin ?? process.stdin);
  const { extractSkills } = await import("../../../tools/skills/extract.ts");
  const skills = extractSkills(text);
  if (opts.json) {
    const plain = skills.map((s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      category: s.category,
      spans: s.spans.map(({ start, end, text: t }) => ({ start, end, text: t })),
    }));
    io.stdout.write(`${JSON.stringify(plain, null, 2)}\n`);
  } else io.stdout.write(formatSkills(skills));
  return skills;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command("extract-skills")
    .description(
      "Find the skills in a plain-text file (or stdin with -) as taxonomy ids with spans; stores nothing",
    )
    .argument("<file>", 'a text file, or "-" to read stdin')
    .option("--json", "print [{id, name, type, category, spans: [{start, end, text}]}]")
    .action(async (file: string, opts: { json?: boolean }) => {
      try {
        await runExtractSkills(file, opts, ctx);
      } catch (error) {
        process.exitCode = reportCliError(error, ctx.stderr);
      }
    });
}
