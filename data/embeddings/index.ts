/**
 * Picks the embedder from configuration: the offline default (ships with the project,
 * nothing downloaded), or OpenAI / Gemini when configured. Callers pass the result to
 * syncQuestionVectors, which re-embeds stored questions when the choice changes.
 */
import { createGeminiEmbedder } from "./gemini-embedder.ts";
import { createOfflineEmbedder } from "./offline-embedder.ts";
import { createOpenAiEmbedder } from "./openai-embedder.ts";
import type { Embedder } from "./types.ts";

export type { Embedder } from "./types.ts";
export { createGeminiEmbedder, createOfflineEmbedder, createOpenAiEmbedder };

export interface EmbedderConfig {
  embedder: "offline" | "openai" | "gemini";
  openai?: { apiKey?: string; baseUrl?: string; embeddingModel?: string; embeddingDimensions?: number };
  gemini?: { apiKey?: string; baseUrl?: string; embeddingModel?: string; embeddingDimensions?: number };
}

export function createEmbedder(config: EmbedderConfig): Embedder {
  if (config.embedder === "openai") {
    return createOpenAiEmbedder({
      apiKey: config.openai?.apiKey,
      baseUrl: config.openai?.baseUrl,
      model: config.openai?.embeddingModel,
      dimensions: config.openai?.embeddingDimensions,
    });
  }
  if (config.embedder === "gemini") {
    return createGeminiEmbedder({
      apiKey: config.gemini?.apiKey,
      baseUrl: config.gemini?.baseUrl,
      model: config.gemini?.embeddingModel,
      dimensions: config.gemini?.embeddingDimensions,
    });
  }
  return createOfflineEmbedder();
}

/** The part of the app's Config (config.ts) that chooses the embedder. */
export interface EmbedderAppConfig {
  embedder: "offline" | "openai" | "gemini";
  embeddings?: { openaiModel?: string; geminiModel?: string; dimensions?: number };
  models: { openai: { apiKey?: string; baseUrl?: string }; gemini: { apiKey?: string; baseUrl?: string } };
}

export function embedderFromConfig(config: EmbedderAppConfig): Embedder {
  const embeddingDimensions = config.embeddings?.dimensions;
  return createEmbedder({
    embedder: config.embedder,
    openai: { ...config.models.openai, embeddingModel: config.embeddings?.openaiModel, embeddingDimensions },
    gemini: { ...config.models.gemini, embeddingModel: config.embeddings?.geminiModel, embeddingDimensions },
  });
}
