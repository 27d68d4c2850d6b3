/**
 * What a provider stand-in answers: scripted replies (text, tool calls, HTTP errors,
 * delays) taken in order, then a fallback. Shared by the OpenAI and Gemini stand-ins.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedReply {
  /** HTTP error status (401, 429, 500...) instead of an answer. */
  status?: number;
  errorMessage?: string;
  /** Sent with a 429 so clients can wait the right time. */
  retryAfterMs?: number;
  /** Wait before answering (timeouts). */
  delayMs?: number;
  text?: string;
  toolCalls?: { name: string; args: Record<string, unknown> }[];
}

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage["headers"];
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever the client sent
  body: any;
}

export interface StandIn {
  /** Base URL to give the client. */
  baseUrl: string;
  requests: RecordedRequest[];
  enqueue(...replies: ScriptedReply[]): void;
  /** Drops replies left over from a previous test. */
  reset(): void;
  /** Used when nothing is queued; default: a short text reply. */
  fallback: (body: unknown) => ScriptedReply;
  close(): Promise<void>;
}

export type Handler = (req: RecordedRequest, reply: ScriptedReply, res: ServerResponse) => void;

export async function startScriptedServer(basePath: string, handle: Handler): Promise<StandIn> {
  const queue: ScriptedReply[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const standIn: StandIn = {
    baseUrl: "",
    requests,
    enqueue: (...r) => queue.push(...r),
    reset: () => {
      queue.length = 0;
    },
    fallback: () => ({ text: "OK." }),
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let body: unknown = {};
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
      } catch {
        res.writeHead(400).end();
        return;
      }
      const recorded = { path: req.url ?? "", headers: req.headers, body };
      requests.push(recorded);
      const reply = queue.shift() ?? standIn.fallback(body);
      const go = () => handle(recorded, reply, res);
      if (reply.delayMs) setTimeout(go, reply.delayMs).unref();
      else go();
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  standIn.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${basePath}`;
  return standIn;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

/** Splits a text into word-sized pieces, as a streaming model would send it. */
export function pieces(text: string): string[] {
  return text ? text.split(/(?<=\s)/) : [];
}
