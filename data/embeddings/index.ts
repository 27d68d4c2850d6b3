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

/** The app's Config shape (config.ts) this needs, plus embedding-model overrides from the environment. */
export interface EmbedderAppConfig {
  embedder: "offline" | "openai" | "gemini";
  models: { openai: { apiKey?: string; baseUrl?: string }; gemini: { apiKey?: string; baseUrl?: string } };
}

export function embedderFromConfig(
  config: EmbedderAppConfig,
  env: NodeJS.ProcessEnv = process.env,
): Embedder {
  const dims = env.EMBEDDING_DIMENSIONS ? Number.parseInt(env.EMBEDDING_DIMENSIONS, 10) : undefined;
  const embeddingDimensions = dims && dims > 0 ? dims : undefined;
  return createEmbedder({
    embedder: config.embedder,
    openai: { ...config.models.openai, embeddingModel: env.OPENAI_EMBEDDING_MODEL, embeddingDimensions },
    gemini: { ...config.models.gemini, embeddingModel: env.GEMINI_EMBEDDING_MODEL, embeddingDimensions },
  });
}
