/**
 * One message from a line: plain text, or a JSON object {"text": "...", "attachments":
 * ["path", ...]} so pasted multi-line postings and files can be scripted.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Attachment, Inbound } from "../../../contract/conversation.ts";
import { CareerCraftError } from "../../../data/errors.ts";

export async function readAttachment(file: string, maxBytes: number): Promise<Attachment> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CareerCraftError("validation", `"${file}" is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof CareerCraftError) throw error;
    throw new CareerCraftError("not_found", `There is no file at "${file}".`);
  }
  if (size > maxBytes)
    throw new CareerCraftError(
      "too_large",
      `"${path.basename(file)}" is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`,
    );
  return { filename: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
}

export async function parseLine(line: string, maxBytes: number): Promise<Inbound | undefined> {
  const trimmed = line.trim();
  if (!trimmed) return undefined;
  if (trimmed.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return { text: line, attachments: [] };
    }
    const v = value as { text?: unknown; attachments?: unknown };
    if (v && typeof v === "object" && (typeof v.text === "string" || Array.isArray(v.attachments))) {
      if (v.text !== undefined && typeof v.text !== "string")
        throw new CareerCraftError("validation", 'In a JSON line, "text" must be a string.');
      const files = v.attachments ?? [];
      if (!Array.isArray(files) || files.some((f) => typeof f !== "string"))
        throw new CareerCraftError(
          "validation",
          'In a JSON line, "attachments" must be a list of file paths.',
        );
      const attachments = await Promise.all((files as string[]).map((f) => readAttachment(f, maxBytes)));
      return { text: (v.text as string | undefined) ?? "", attachments };
    }
  }
  return { text: line, attachments: [] };
}
