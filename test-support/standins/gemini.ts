/**
 * A stand-in for the Gemini generateContent / streamGenerateContent API on 127.0.0.1
 * with scripted function calls and errors. The real @langchain/google-genai client
 * talks to it through its baseUrl option.
 */
import type { ServerResponse } from "node:http";
import {
  pieces,
  type RecordedRequest,
  type ScriptedReply,
  type StandIn,
  sendJson,
  startScriptedServer,
} from "./scripted.ts";

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

function candidate(parts: unknown[], finish: string | undefined) {
  return {
    candidates: [
      { content: { role: "model", parts }, ...(finish ? { finishReason: finish } : {}), index: 0 },
    ],
    usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 5, totalTokenCount: 15 },
  };
}

function handle(req: RecordedRequest, reply: ScriptedReply, res: ServerResponse): void {
  const streaming = req.path.includes(":streamGenerateContent");
  if (!streaming && !req.path.includes(":generateContent")) {
    sendJson(res, 404, { error: { code: 404, message: "not found" } });
    return;
  }
  if (reply.status) {
    sendJson(
      res,
      reply.status,
      {
        error: {
          code: reply.status,
          message:
            reply.retryAfterMs !== undefined
              ? `Too many requests. Please try again in ${reply.retryAfterMs}ms.`
              : (reply.errorMessage ?? `stand-in ${reply.status}`),
          status: STATUS_NAMES[reply.status] ?? "UNKNOWN",
        },
      },
      reply.retryAfterMs !== undefined ? { "retry-after": String(Math.ceil(reply.retryAfterMs / 1000)) } : {},
    );
    return;
  }
  const calls = (reply.toolCalls ?? []).map((c) => ({ functionCall: { name: c.name, args: c.args } }));
  if (!streaming) {
    const parts = [...(reply.text ? [{ text: reply.text }] : []), ...calls];
    sendJson(res, 200, candidate(parts, "STOP"));
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream" });
  const words = pieces(reply.text ?? "");
  const events = [...words.map((w) => [{ text: w }]), ...(calls.length ? [calls] : [])];
  if (events.length === 0) events.push([{ text: "" }]);
  for (const [i, parts] of events.entries()) {
    res.write(
      `data: ${JSON.stringify(candidate(parts, i === events.length - 1 ? "STOP" : undefined))}\r\n\r\n`,
    );
  }
  res.end();
}

/** baseUrl is the host root; the client adds /v1beta/models/<model>:... */
export function startGeminiStandIn(): Promise<StandIn> {
  return startScriptedServer("", handle);
}
