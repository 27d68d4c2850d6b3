/**
 * Attachments arrive as references (a URL, a name, a declared size) and are fetched
 * only when the turn runs: a redelivered event or a refused file never downloads. The
 * fetch carries the platform's auth, stops at the size limit while streaming (a wrong
 * Content-Length cannot make it read more), and checks what came back: a platform
 * answers a bad token with its HTML sign-in page and status 200, which must not be
 * read as the person's resume.
 */
import type { Attachment } from "../../../contract/conversation.ts";
import { CareerCraftError } from "../../../data/errors.ts";

/** A file the person sent, not yet downloaded. Serialisable: queued turns carry it. */
export interface AttachmentRef {
  filename: string;
  /** Declared by the platform; the resume reader sniffs the real type from the bytes. */
  mimeType?: string;
  /** Declared size in bytes, when the platform says. */
  size?: number;
  url: string;
  /** Platform file id, for adapters that fetch by id rather than by URL. */
  fileId?: string;
}

export interface FetchAttachmentOptions {
  maxBytes: number;
  /** Auth the platform needs (Authorization: Bearer <bot token>). */
  headers?: Record<string, string>;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export function tooLarge(ref: Pick<AttachmentRef, "filename">, maxBytes: number): CareerCraftError {
  return new CareerCraftError(
    "too_large",
    `${ref.filename} is larger than ${megabytes(maxBytes)}. Please send a smaller file (a PDF or Word resume is usually well under 1 MB).`,
  );
}

/** An HTML document where a file was expected: a sign-in or error page, not the upload. */
export function looksLikeHtmlPage(bytes: Uint8Array, contentType: string | null): boolean {
  if (contentType && /^text\/html\b/i.test(contentType)) return true;
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head");
}

const expectsHtml = (ref: AttachmentRef) =>
  /html/i.test(ref.mimeType ?? "") || /\.html?$/i.test(ref.filename);

export async function fetchAttachment(
  ref: AttachmentRef,
  options: FetchAttachmentOptions,
): Promise<Attachment> {
  if (ref.size !== undefined && ref.size > options.maxBytes) throw tooLarge(ref, options.maxBytes);
  const doFetch = options.fetchImpl ?? fetch;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  let response: Response;
  try {
    response = await doFetch(ref.url, { headers: options.headers, signal, redirect: "follow" });
  } catch {
    throw new CareerCraftError(
      "provider",
      `I couldn't download ${ref.filename} from the chat service. Please send it again in a minute.`,
    );
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new CareerCraftError(
      "provider",
      `I couldn't download ${ref.filename} (the chat service answered ${response.status}). Please send it again; if it keeps failing, ask your workspace admin to reinstall the app.`,
    );
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(ref, options.maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > options.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(ref, options.maxBytes);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  if (bytes.byteLength === 0)
    throw new CareerCraftError("validation", `${ref.filename} arrived empty. Please send it again.`);
  if (!expectsHtml(ref) && looksLikeHtmlPage(bytes, response.headers.get("content-type")))
    throw new CareerCraftError(
      "provider",
      `I couldn't download ${ref.filename}: the chat service sent a web page instead of the file (the app's access to files may be missing). Ask your workspace admin to reinstall the app, then send the file again.`,
    );
  return { filename: ref.filename, ...(ref.mimeType ? { mimeType: ref.mimeType } : {}), bytes };
}
