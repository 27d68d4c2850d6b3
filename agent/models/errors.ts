/**
 * Provider failures (bad key, rate limit, outage, timeout) become one CareerCraftError
 * with a message the person can act on. Keys and request bodies never reach the message.
 */
import { CareerCraftError, isCareerCraftError } from "../../data/errors.ts";

function statusOf(error: unknown): number | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const e = current as {
      status?: unknown;
      statusCode?: unknown;
      response?: { status?: unknown };
      cause?: unknown;
    };
    for (const v of [e.status, e.statusCode, e.response?.status]) if (typeof v === "number") return v;
    current = e.cause;
  }
  const text = error instanceof Error ? error.message : String(error);
  const m = text.match(
    /\[(\d{3})\b|\b(\d{3}) (?:status code|Unauthorized|Too Many|Internal|Bad Gateway|Service Unavailable)|status(?: code)?:? (\d{3})/i,
  );
  return m ? Number(m[1] ?? m[2] ?? m[3]) : undefined;
}

function isTimeout(error: unknown): boolean {
  const e = error as { name?: string; code?: string; message?: string; lc_error_code?: string };
  return (
    e?.name === "TimeoutError" ||
    e?.name === "APIConnectionTimeoutError" ||
    e?.code === "ETIMEDOUT" ||
    /timed? ?out|timeout/i.test(e?.message ?? "")
  );
}

export function toProviderError(error: unknown): unknown {
  if (isCareerCraftError(error)) return error;
  if ((error as { name?: string })?.name === "AbortError") return error;
  const status = statusOf(error);
  const cause = { cause: error };
  if (status === 401 || status === 403)
    return new CareerCraftError(
      "provider",
      "The AI model provider rejected our API key, so I can't answer right now. The administrator needs to check the key (or switch to the offline model).",
      cause,
    );
  if (status === 429)
    return new CareerCraftError(
      "rate_limited",
      "The AI model provider is rate-limiting us right now. Please wait a minute and send your message again.",
      cause,
    );
  if (isTimeout(error))
    return new CareerCraftError(
      "timeout",
      "The AI model took too long to answer. Please try again; if it keeps happening, the provider may be overloaded.",
      cause,
    );
  if (status !== undefined && status >= 500)
    return new CareerCraftError(
      "provider",
      "The AI model provider had an internal error. Please try again in a moment.",
      cause,
    );
  if (status !== undefined && status >= 400)
    return new CareerCraftError(
      "provider",
      `The AI model provider refused the request (HTTP ${status}). Please try again.`,
      cause,
    );
  const e = error as { code?: string };
  if (
    e?.code === "ECONNREFUSED" ||
    e?.code === "ENOTFOUND" ||
    /fetch failed|ECONNREFUSED|connection error/i.test(String((error as Error)?.message))
  )
    return new CareerCraftError(
      "provider",
      "I couldn't reach the AI model provider. Please try again shortly.",
      cause,
    );
  return error;
}
