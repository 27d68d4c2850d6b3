/**
 * Shared HTTP plumbing for hosted embedders: batching, a time limit per request, retries
 * with backoff on rate limits and server errors, and clear CareerCraftErrors (a bad key or
 * an unreachable server is a configuration problem the person can fix, never a stack trace).
 */
import { CareerCraftError } from "../errors.ts";
import { normalize } from "./types.ts";

export interface HttpEmbedderOptions {
  provider: string;
  batchSize: number;
  timeoutMs: number;
  retries: number;
  dimensions: number;
}

export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  options: Pick<HttpEmbedderOptions, "provider" | "timeoutMs" | "retries">,
): Promise<unknown> {
  let lastError: CareerCraftError | undefined;
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 200 * 2 ** (attempt - 1)));
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (cause) {
      const timedOut = (cause as Error).name === "TimeoutError";
      lastError = new CareerCraftError(
        timedOut ? "timeout" : "provider",
        timedOut
          ? `The ${options.provider} embeddings service did not answer within ${options.timeoutMs / 1000} s.`
          : `Cannot reach the ${options.provider} embeddings service at ${new URL(url).origin}.`,
        { cause },
      );
      continue;
    }
    if (response.ok) return response.json();
    const text = (await response.text().catch(() => "")).slice(0, 300);
    if (response.status === 401 || response.status === 403) {
      throw new CareerCraftError(
        "config",
        `The ${options.provider} embeddings service rejected the API key (${response.status}).`,
        {
          details: text,
        },
      );
    }
    lastError = new CareerCraftError(
      response.status === 429 ? "rate_limited" : "provider",
      `The ${options.provider} embeddings service answered ${response.status}.`,
      { details: text },
    );
    // Client errors other than rate limiting will not improve by retrying.
    if (response.status < 500 && response.status !== 429) break;
  }
  throw lastError!;
}

/** Runs `call` over batches and checks every vector has the promised length. */
export async function embedInBatches(
  texts: readonly string[],
  options: HttpEmbedderOptions,
  call: (batch: string[]) => Promise<number[][]>,
): Promise<number[][]> {
  const out: number[][] = [];
  for (let i = 0; i < texts.length; i += options.batchSize) {
    // Empty strings are rejected by some APIs; a single space embeds as "nothing".
    const batch = texts.slice(i, i + options.batchSize).map((t) => (t.trim() ? t : " "));
    const vectors = await call(batch);
    if (vectors.length !== batch.length) {
      throw new CareerCraftError(
        "provider",
        `The ${options.provider} embeddings service returned ${vectors.length} vectors for ${batch.length} texts.`,
      );
    }
    for (const v of vectors) {
      if (!Array.isArray(v) || v.length !== options.dimensions || v.some((x) => typeof x !== "number")) {
        throw new CareerCraftError(
          "provider",
          `The ${options.provider} embeddings service returned vectors of ${Array.isArray(v) ? v.length : "no"} dimensions; expected ${options.dimensions}. Check the embedding model setting.`,
        );
      }
      out.push(normalize(v));
    }
  }
  return out;
}
