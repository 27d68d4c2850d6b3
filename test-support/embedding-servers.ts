/**
 * Stand-in embedding APIs on 127.0.0.1 that speak the OpenAI (`POST /v1/embeddings`) and
 * Gemini (`POST /v1beta/models/{model}:batchEmbedContents`) wire formats, so the real
 * HTTP embedders are tested over real HTTP. Vectors are deterministic functions of the
 * text; failures, delays and wrong sizes can be scripted per test.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface StandInOptions {
  apiKey: string;
  dimensions: number;
}

export interface EmbeddingStandIn {
  baseUrl: string;
  requests: { path: string; headers: IncomingMessage["headers"]; body: RequestBody }[];
  /** The next `times` requests answer with this HTTP status. */
  failNext(status: number, times?: number): void;
  /** Answer with vectors of this many dimensions (to test size checks). */
  setDimensions(dimensions: number): void;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

/** The fields of both APIs' request bodies the stand-in reads. */
export interface RequestBody {
  model?: string;
  input?: string | string[];
  dimensions?: number;
  requests?: { model: string; content: { parts: { text: string }[] }; outputDimensionality?: number }[];
}

export function fakeVector(text: string, dimensions: number): number[] {
  const out: number[] = [];
  let seed = createHash("sha256").update(text).digest();
  while (out.length < dimensions) {
    for (const byte of seed) if (out.length < dimensions) out.push(byte / 255 - 0.5);
    seed = createHash("sha256").update(seed).digest();
  }
  return out;
}

export async function startEmbeddingStandIn(options: StandInOptions): Promise<EmbeddingStandIn> {
  const requests: EmbeddingStandIn["requests"] = [];
  let failures: { status: number; times: number } | undefined;
  let dimensions = options.dimensions;
  let delay = 0;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: RequestBody;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return send(res, 400, { error: { message: "invalid JSON" } });
    }
    const path = req.url ?? "";
    requests.push({ path, headers: req.headers, body });
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (failures && failures.times > 0) {
      failures.times--;
      return send(res, failures.status, { error: { message: "scripted failure" } });
    }
    if (path === "/v1/embeddings") {
      if (req.headers.authorization !== `Bearer ${options.apiKey}`)
        return send(res, 401, { error: { message: "bad key" } });
      const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input ?? ""];
      // Real APIs may return items out of order; the index says which input each is for.
      const data = inputs
        .map((text, index) => ({ object: "embedding", index, embedding: fakeVector(text, dimensions) }))
        .reverse();
      return send(res, 200, {
        object: "list",
        data,
        model: body.model,
        usage: { prompt_tokens: 1, total_tokens: 1 },
      });
    }
    const gemini = path.match(/^\/v1beta\/models\/([^:]+):batchEmbedContents$/);
    if (gemini) {
      if (req.headers["x-goog-api-key"] !== options.apiKey)
        return send(res, 403, { error: { message: "bad key" } });
      const embeddings = (body.requests ?? []).map((r) => ({
        values: fakeVector(r.content.parts[0].text, dimensions),
      }));
      return send(res, 200, { embeddings });
    }
    return send(res, 404, { error: { message: `no route ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    failNext(status, times = 1) {
      failures = { status, times };
    },
    setDimensions(d) {
      dimensions = d;
    },
    setDelay(ms) {
      delay = ms;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
