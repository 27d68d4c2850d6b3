/**
 * Google Gemini embeddings (POST {baseUrl}/v1beta/models/{model}:batchEmbedContents).
 */
import { z } from "zod";
import { CareerCraftError } from "../errors.ts";
import { embedInBatches, postJson } from "./http-embedder.ts";
import type { Embedder } from "./types.ts";

export interface GeminiEmbedderOptions {
  apiKey?: string;
  baseUrl?: string;
  model?: string;
  dimensions?: number;
  timeoutMs?: number;
  batchSize?: number;
}

const responseSchema = z.object({ embeddings: z.array(z.object({ values: z.array(z.number()) })) });

export function createGeminiEmbedder(options: GeminiEmbedderOptions): Embedder {
  const model = options.model ?? "text-embedding-004";
  const dimensions = options.dimensions ?? 768;
  const baseUrl = (options.baseUrl ?? "https://generativelanguage.googleapis.com").replace(/\/+$/, "");
  const http = {
    provider: "Gemini",
    batchSize: options.batchSize ?? 100,
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: 2,
    dimensions,
  };
  return {
    id: `gemini:${model}@${dimensions}`,
    dimensions,
    embed: (texts) =>
      embedInBatches(texts, http, async (batch) => {
        const json = await postJson(
          `${baseUrl}/v1beta/models/${encodeURIComponent(model)}:batchEmbedContents`,
          options.apiKey ? { "x-goog-api-key": options.apiKey } : {},
          {
            requests: batch.map((text) => ({
              model: `models/${model}`,
              content: { parts: [{ text }] },
              ...(options.dimensions ? { outputDimensionality: options.dimensions } : {}),
            })),
          },
          http,
        );
        const parsed = responseSchema.safeParse(json);
        if (!parsed.success) throw unexpectedAnswer();
        return parsed.data.embeddings.map((e) => e.values);
      }),
  };
}

const unexpectedAnswer = () =>
  new CareerCraftError("provider", "The Gemini embeddings service sent an answer in an unexpected format.");
