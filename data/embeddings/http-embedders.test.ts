import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type EmbeddingStandIn,
  fakeVector,
  startEmbeddingStandIn,
} from "../../test-support/embedding-servers.ts";
import { CareerCraftError } from "../errors.ts";
import { createGeminiEmbedder } from "./gemini-embedder.ts";
import { createOpenAiEmbedder } from "./openai-embedder.ts";
import { normalize } from "./types.ts";

let server: EmbeddingStandIn;
beforeAll(async () => {
  server = await startEmbeddingStandIn({ apiKey: "test-key", dimensions: 8 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.setDimensions(8);
  server.setDelay(0);
});

describe("OpenAI embedder against a stand-in OpenAI API", () => {
  const embedder = () =>
    createOpenAiEmbedder({
      apiKey: "test-key",
      baseUrl: `${server?.baseUrl}/v1`,
      model: "text-embedding-3-small",
      dimensions: 8,
      batchSize: 2,
    });

  it("embeds in batches, in input order, as unit vectors, and records model and size in its id", async () => {
    const e = embedder();
    expect(e.id).toBe("openai:text-embedding-3-small@8");
    const vectors = await e.embed(["alpha", "beta", "gamma"]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.body).toMatchObject({
      model: "text-embedding-3-small",
      input: ["alpha", "beta"],
      dimensions: 8,
    });
    expect(vectors[2]).toEqual(normalize(fakeVector("gamma", 8)));
    expect(Math.hypot(...vectors[0]!)).toBeCloseTo(1, 6);
  });

  it("retries a server error and then succeeds", async () => {
    server.failNext(503, 1);
    const vectors = await embedder().embed(["retry me"]);
    expect(vectors).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it("reports a rejected key as a configuration error without retrying", async () => {
    const bad = createOpenAiEmbedder({ apiKey: "wrong", baseUrl: `${server.baseUrl}/v1`, dimensions: 8 });
    await expect(bad.embed(["x"])).rejects.toMatchObject({ code: "config" });
    expect(server.requests).toHaveLength(1);
  });

  it("refuses vectors of the wrong size with a clear message", async () => {
    server.setDimensions(5);
    const error = await embedder()
      .embed(["x"])
      .catch((e) => e);
    expect(error).toBeInstanceOf(CareerCraftError);
    expect(error.userMessage).toMatch(/5 dimensions; expected 8/);
  });

  it("gives up with a timeout error when the service hangs", async () => {
    server.setDelay(500);
    const slow = createOpenAiEmbedder({
      apiKey: "test-key",
      baseUrl: `${server.baseUrl}/v1`,
      dimensions: 8,
      timeoutMs: 100,
    });
    await expect(slow.embed(["x"])).rejects.toMatchObject({ code: "timeout" });
  });

  it("says which server it cannot reach", async () => {
    const down = createOpenAiEmbedder({ apiKey: "k", baseUrl: "http://127.0.0.1:9/v1", dimensions: 8 });
    await expect(down.embed(["x"])).rejects.toMatchObject({ code: "provider" });
  });
});

describe("Gemini embedder against a stand-in Gemini API", () => {
  it("sends batchEmbedContents requests with the key header and returns unit vectors", async () => {
    const e = createGeminiEmbedder({
      apiKey: "test-key",
      baseUrl: server.baseUrl,
      model: "text-embedding-004",
      dimensions: 8,
    });
    expect(e.id).toBe("gemini:text-embedding-004@8");
    const vectors = await e.embed(["one", "two"]);
    expect(server.requests[0]!.path).toBe("/v1beta/models/text-embedding-004:batchEmbedContents");
    expect(server.requests[0]!.body.requests?.[1]).toMatchObject({
      model: "models/text-embedding-004",
      content: { parts: [{ text: "two" }] },
    });
    expect(vectors[1]).toEqual(normalize(fakeVector("two", 8)));
  });

  it("turns a 403 into a configuration error", async () => {
    const e = createGeminiEmbedder({ apiKey: "nope", baseUrl: server.baseUrl, dimensions: 8 });
    await expect(e.embed(["x"])).rejects.toMatchObject({ code: "config" });
  });
});
