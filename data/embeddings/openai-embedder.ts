/**
 * OpenAI embeddings (POST {baseUrl}/embeddings). The base URL is configurable, so any
 * OpenAI-compatible server works too (Ollama, vLLM, LM Studio, llama.cpp).
 */
import { z } from "zod";
import { CareerCraftError } from "../errors.ts";
import { embedInBatches, postJson } from "./http-embedder.ts";
import type { Embedder } from "./types.ts";

export interface OpenAiEmbedderOptions {
  apiKey?: string;
  baseUrl?: string;
  model?: string;
  /** Output size; text-embedding-3 models can shorten their vectors. */
  dimensions?: number;
  timeoutMs?: number;
  batchSize?: number;
}

const responseSchema = z.object({
  data: z.array(z.object({ index: z.number(), embedding: z.array(z.number()) })),
});

export function createOpenAiEmbedder(options: OpenAiEmbedderOptions): Embedder {
  const model = options.model ?? "text-embedding-3-small";
  const dimensions = options.dimensions ?? 1536;
  const baseUrl = (options.baseUrl ?? "https://api.openai.com/v1").replace(/\/+$/, "");
  const http = {
    provider: "OpenAI",
    batchSize: options.batchSize ?? 96,
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: 2,
    dimensions,
  };
  return {
    id: `openai:${model}@${dimensions}`,
    dimensions,
    embed: (texts) =>
      embedInBatches(texts, http, async (input) => {
        const body: Record<string, unknown> = { model, input, encoding_format: "float" };
        if (options.dimensions) body.dimensions = options.dimensions;
        const json = await postJson(
          `${baseUrl}/embeddings`,
          options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
          body,
          http,
        );
        const parsed = responseSchema.safeParse(json);
        if (!parsed.success) throw unexpectedAnswer();
        return [...parsed.data.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
      }),
  };
}

const unexpectedAnswer = () =>
  new CareerCraftError("provider", "The OpenAI embeddings service sent an answer in an unexpected format.");
