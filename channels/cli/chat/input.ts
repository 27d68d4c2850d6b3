/**
 * One message from a line: plain text, or a JSON object {"text": "...", "attachments":
 * ["path", ...]} so pasted multi-line postings and files can be scripted. In plain text, a
 * file path of a kind the agent reads (typed, or dropped onto the terminal, which pastes it
 * quoted or with escaped spaces) is attached: "here is my resume ~/cv.pdf" works as a
 * person expects from a chat.
 */

import { readFile, stat } from "node:fs/promises";
import { homedir } from "node:os";
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

/** The kinds of file the agent reads (resumes, postings): what a path must end with. */
const READABLE = /\.(?:pdf|docx|png|jpe?g|webp|txt|md|markdown)$/i;

/** A quoted path, a path with backslash-escaped spaces, or a plain token. */
const PATH_TOKEN = /'([^']+)'|"([^"]+)"|((?:[^\s'"\\]|\\ )+)/g;

/** "~/cv.pdf" -> the home folder's cv.pdf; "My\ CV.pdf" -> "My CV.pdf"; a file:// URL -> its path. */
function pathOf(token: string): string {
  let p = token.replace(/\\ /g, " ");
  if (p.startsWith("file://")) p = decodeURIComponent(p.slice("file://".length));
  if (p === "~" || p.startsWith("~/")) p = path.join(homedir(), p.slice(1));
  return p;
}

/**
 * Paths in a plain line that name readable files: a token that looks like a path (has a
 * folder part) must exist, or the person gets told; a bare name ("cv.pdf") is attached only
 * when it exists here, since "I sent cv.pdf to them" is just words.
 */
async function pathsIn(line: string, maxBytes: number): Promise<{ text: string; attachments: Attachment[] }> {
  const attachments: Attachment[] = [];
  let text = line;
  for (const m of line.matchAll(PATH_TOKEN)) {
    const token = (m[1] ?? m[2] ?? m[3] ?? "").replace(/[,;]+$/, "");
    if (!READABLE.test(token)) continue;
    const file = pathOf(token);
    const looksLikePath = /[\\/]/.test(token) || token.startsWith("~");
    const exists = await stat(file).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!exists && !looksLikePath) continue;
    attachments.push(await readAttachment(file, maxBytes));
    text = text.replace(m[0].replace(/[,;]+$/, ""), "");
  }
  return { text: text.replace(/\s+/g, " ").trim(), attachments };
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
  const found = await pathsIn(line, maxBytes);
  return found.attachments.length > 0 ? found : { text: line, attachments: [] };
}
