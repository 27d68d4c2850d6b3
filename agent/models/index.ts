/**
 * Model providers: OpenAI (or any OpenAI-compatible server through OPENAI_BASE_URL:
 * Ollama, vLLM, LM Studio, llama.cpp), Google Gemini, and the built-in offline planner.
 * The graph, tools and channels are the same whichever answers.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import type { Config } from "../../config.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { OfflinePlanner } from "../planner/model.ts";

export type ProviderKind = "offline" | "openai" | "gemini";

export interface ProviderOptions {
  /** Per request; a slower answer becomes a clear "took too long" message. */
  timeoutMs?: number;
  /** Retries on 429/5xx with backoff (the clients' own retry logic). */
  maxRetries?: number;
}

export interface ChatProvider {
  kind: ProviderKind;
  model: BaseChatModel;
  timeoutMs: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

export function createChatProvider(
  kind: ProviderKind,
  config: Config,
  options: ProviderOptions = {},
): ChatProvider {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? 2;
  if (kind === "offline") return { kind, model: new OfflinePlanner({}), timeoutMs };
  if (kind === "openai") {
    const { apiKey, baseUrl, model } = config.models.openai;
    if (!apiKey && !baseUrl)
      throw new CareerCraftError(
        "config",
        "The OpenAI model needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server).",
      );
    return {
      kind,
      timeoutMs,
      model: new ChatOpenAI({
        model,
        // Local OpenAI-compatible servers accept any key; the client insists on one.
        apiKey: apiKey ?? "not-needed",
        configuration: baseUrl ? { baseURL: baseUrl } : undefined,
        temperature: 0.2,
        maxRetries,
        timeout: timeoutMs,
        streamUsage: false,
      }),
    };
  }
  const { apiKey, baseUrl, model } = config.models.gemini;
  if (!apiKey) throw new CareerCraftError("config", "The Gemini model needs GOOGLE_API_KEY.");
  return {
    kind,
    timeoutMs,
    model: new ChatGoogleGenerativeAI({ model, apiKey, baseUrl, temperature: 0.2, maxRetries }),
  };
}

/** The configured provider unless a run asks for another one. */
export function chooseProvider(config: Config, override?: ProviderKind): ProviderKind {
  return override ?? config.models.provider;
}
