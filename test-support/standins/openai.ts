/**
 * A stand-in for the OpenAI chat-completions API on 127.0.0.1 (streaming and not),
 * with scripted tool calls and errors. The real @langchain/openai client talks to it
 * through OPENAI_BASE_URL.
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

let counter = 0;

function error(res: ServerResponse, reply: ScriptedReply): void {
  const type =
    reply.status === 401
      ? "invalid_request_error"
      : reply.status === 429
        ? "rate_limit_exceeded"
        : "server_error";
  const headers: Record<string, string> = {};
  let message = reply.errorMessage ?? `stand-in ${reply.status}`;
  if (reply.retryAfterMs !== undefined) {
    // What api.openai.com sends with a rate limit: both headers and a hint in the message.
    headers["retry-after-ms"] = String(reply.retryAfterMs);
    headers["retry-after"] = String(Math.max(1, Math.ceil(reply.retryAfterMs / 1000)));
    message = `Rate limit reached for requests. Please try again in ${reply.retryAfterMs}ms.`;
  }
  sendJson(res, reply.status!, { error: { message, type, code: type } }, headers);
}

function toolCalls(reply: ScriptedReply) {
  return (reply.toolCalls ?? []).map((c, i) => ({
    id: `call_${++counter}_${i}`,
    type: "function" as const,
    function: { name: c.name, arguments: JSON.stringify(c.args) },
  }));
}

function handle(req: RecordedRequest, reply: ScriptedReply, res: ServerResponse): void {
  if (!req.path.endsWith("/chat/completions")) {
    sendJson(res, 404, { error: { message: "not found" } });
    return;
  }
  if (reply.status) {
    error(res, reply);
    return;
  }
  const model = req.body.model ?? "stand-in";
  const calls = toolCalls(reply);
  const finish = calls.length ? "tool_calls" : "stop";
  const id = `chatcmpl-${++counter}`;
  const created = Math.floor(Date.now() / 1000);
  if (!req.body.stream) {
    sendJson(res, 200, {
      id,
      object: "chat.completion",
      created,
      model,
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: reply.text ?? null,
            ...(calls.length ? { tool_calls: calls } : {}),
          },
          finish_reason: finish,
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    });
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const send = (delta: unknown, finishReason: string | null = null) =>
    res.write(
      `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`,
    );
  send({ role: "assistant", content: "" });
  for (const p of pieces(reply.text ?? "")) send({ content: p });
  calls.forEach((c, index) => {
    send({
      tool_calls: [{ index, id: c.id, type: "function", function: { name: c.function.name, arguments: "" } }],
    });
    send({ tool_calls: [{ index, function: { arguments: c.function.arguments } }] });
  });
  send({}, finish);
  res.end("data: [DONE]\n\n");
}

/** baseUrl ends in /v1, like api.openai.com/v1. */
export function startOpenAIStandIn(): Promise<StandIn> {
  return startScriptedServer("/v1", handle);
}
