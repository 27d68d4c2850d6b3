/**
 * The widget's side of the chat API: the session (token kept in localStorage per
 * server), streamed chat turns over fetch + SSE, uploads with progress (XHR, since fetch
 * cannot report upload progress) and the history for a reload.
 */
import type { InboundAction, ReplyEvent, ReplyPart } from "../../../contract/conversation.ts";
import { SseParser } from "./sse-parser.ts";

export interface HistoryMessage {
  id: number;
  role: "user" | "assistant";
  text: string;
  parts: ReplyPart[];
  attachments: { filename: string; mimeType: string; size: number }[];
  interrupted: boolean;
}

/** A reply event, or the web channel's note that the turn erased its own conversation. */
export type WidgetEvent = ReplyEvent | { type: "thread_erased" };

export interface UploadResult {
  uploadId: string;
  filename: string;
  mimeType: string;
  size: number;
}

/** An API failure with the server's message for the person. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

const UNREACHABLE = "Can't reach the CareerCraft server right now. Check your connection and try again.";

export class ChatApi {
  private token: string | undefined;
  threadId: string | undefined;
  maxUploadBytes = Number.POSITIVE_INFINITY;
  private readonly storageKey: string;

  constructor(
    readonly base: string,
    private readonly siteIdentity?: string,
  ) {
    this.storageKey = `careercraft:session:${base}`;
  }

  async start(): Promise<void> {
    const stored = readStorage(this.storageKey);
    const body = {
      ...(stored ? { token: stored } : {}),
      ...(this.siteIdentity ? { siteIdentity: this.siteIdentity } : {}),
    };
    const result = await this.json<{ token: string; threadId: string; limits?: { maxUploadBytes: number } }>(
      "POST",
      "/api/session",
      body,
      false,
    );
    this.token = result.token;
    this.threadId = result.threadId;
    if (result.limits) this.maxUploadBytes = result.limits.maxUploadBytes;
    writeStorage(this.storageKey, result.token);
  }

  async history(): Promise<HistoryMessage[]> {
    const query = this.threadId ? `?threadId=${encodeURIComponent(this.threadId)}` : "";
    const result = await this.json<{ threadId: string; messages: HistoryMessage[] }>(
      "GET",
      `/api/history${query}`,
    );
    this.threadId = result.threadId;
    return result.messages;
  }

  async newThread(): Promise<void> {
    const result = await this.json<{ threadId: string }>("POST", "/api/threads", {});
    this.threadId = result.threadId;
  }

  /**
   * Streams one turn; resolves when the server ends it. Abort the signal to stop generation.
   * A button press sends its `action` (ids); `text` is then only what the log shows for it.
   */
  async chat(
    text: string,
    uploadIds: string[],
    onEvent: (event: WidgetEvent) => void,
    signal: AbortSignal,
    action?: InboundAction,
  ): Promise<void> {
    let response: Response;
    try {
      response = await fetch(`${this.base}/api/chat`, {
        method: "POST",
        headers: this.headers(true),
        body: JSON.stringify({ text, threadId: this.threadId, uploadIds, ...(action ? { action } : {}) }),
        signal,
      });
    } catch {
      if (signal.aborted) return;
      throw new ApiError(UNREACHABLE, 0, "network");
    }
    if (!response.ok || !response.body) throw await errorFrom(response);
    // The server names the thread the turn went on (a fresh one after "delete everything").
    this.threadId = response.headers.get("X-CareerCraft-Thread") ?? this.threadId;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new SseParser();
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done || value === undefined) break;
      for (const message of parser.push(value)) {
        try {
          onEvent(JSON.parse(message.data) as WidgetEvent);
        } catch {
          // A malformed event is skipped rather than ending the whole reply.
        }
      }
    }
  }

  upload(
    file: File,
    onProgress: (fraction: number) => void,
  ): { promise: Promise<UploadResult>; cancel: () => void } {
    const xhr = new XMLHttpRequest();
    const promise = new Promise<UploadResult>((resolve, reject) => {
      xhr.open("POST", `${this.base}/api/uploads`);
      xhr.setRequestHeader("Authorization", `Bearer ${this.token}`);
      for (const [name, value] of Object.entries(browserZone())) xhr.setRequestHeader(name, value);
      xhr.responseType = "json";
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        const body = xhr.response as { error?: { code: string; message: string } } & UploadResult;
        if (xhr.status >= 200 && xhr.status < 300) resolve(body);
        else
          reject(
            new ApiError(
              body?.error?.message ?? `Upload failed (${xhr.status}).`,
              xhr.status,
              body?.error?.code ?? "http",
            ),
          );
      };
      xhr.onerror = () => reject(new ApiError(UNREACHABLE, 0, "network"));
      xhr.onabort = () => reject(new ApiError("Upload cancelled.", 0, "aborted"));
      const form = new FormData();
      form.append("file", file, file.name);
      xhr.send(form);
    });
    return { promise, cancel: () => xhr.abort() };
  }

  private headers(json: boolean): Record<string, string> {
    return {
      ...(json ? { "Content-Type": "application/json" } : {}),
      ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      ...browserZone(),
    };
  }

  private async json<T>(method: string, path: string, body?: unknown, retryOn401 = true): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: this.headers(body !== undefined),
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError(UNREACHABLE, 0, "network");
    }
    // An expired session is renewed once, transparently.
    if (response.status === 401 && retryOn401) {
      removeStorage(this.storageKey);
      await this.start();
      return this.json(method, path, body, false);
    }
    if (!response.ok) throw await errorFrom(response);
    return (await response.json()) as T;
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code: string; message: string } };
    if (body.error) return new ApiError(body.error.message, response.status, body.error.code);
  } catch {
    // not JSON: fall through to a generic message
  }
  return new ApiError(`The server answered ${response.status}. Please try again.`, response.status, "http");
}

// Storage can be blocked (privacy mode, sandboxed iframes): the chat still works, it just
// will not survive a reload.
function readStorage(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}
function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // see readStorage
  }
}
function removeStorage(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // see readStorage
  }
}

/** The person's time zone, so reminders and interview times are read and shown in it. */
function browserZone(): Record<string, string> {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone ? { "X-Time-Zone": zone } : {};
  } catch {
    return {};
  }
}
