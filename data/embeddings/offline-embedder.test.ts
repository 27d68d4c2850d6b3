import { describe, expect, it } from "vitest";
import { decodeGlovePack, encodeGlovePack, loadGlovePack } from "./glove-pack.ts";
import { createOfflineEmbedder, DEFAULT_OFFLINE_OPTIONS } from "./offline-embedder.ts";
import { crudeStem } from "./stem.ts";
import { contentTokens, tokenize } from "./tokenize.ts";
import { cosine } from "./types.ts";

describe("offline embedder", () => {
  const embedder = createOfflineEmbedder();

  it("ships a compact word-vector pack with a stable id and 612 dimensions", () => {
    const pack = loadGlovePack();
    expect(pack.header.count).toBeGreaterThan(40_000);
    expect(pack.header.dimensions).toBe(100);
    expect(embedder.dimensions).toBe(612);
    expect(embedder.id).toMatch(/^offline-glove-ngram-v1-[0-9a-f]{8}@612$/);
    expect(createOfflineEmbedder({ gloveShare: 0.3 }).id).not.toBe(embedder.id);
    expect(createOfflineEmbedder({ ...DEFAULT_OFFLINE_OPTIONS }).id).toBe(embedder.id);
  });

  it("returns unit vectors, the same for the same text", async () => {
    const [a, b] = await embedder.embed([
      "How do you debug a crashing Kubernetes pod?",
      "How do you debug a crashing Kubernetes pod?",
    ]);
    expect(a).toHaveLength(612);
    expect(Math.hypot(...a!)).toBeCloseTo(1, 5);
    expect(a).toEqual(b);
  });

  it("puts paraphrases closer than unrelated questions", async () => {
    const [query, related, unrelated] = await embedder.embed([
      "my container keeps restarting in k8s",
      "A pod keeps restarting in CrashLoopBackOff on Kubernetes. How do you debug it?",
      "How do you keep a class of pupils engaged during a long lesson?",
    ]);
    expect(cosine(query!, related!)).toBeGreaterThan(cosine(query!, unrelated!) + 0.1);
  });

  it("embeds text with no known words through character n-grams, and stopwords-only text as zeros", async () => {
    const [made, empty] = await embedder.embed(["zqxkubectlz frobnicate", "how do I"]);
    expect(Math.hypot(...made!)).toBeCloseTo(1, 5);
    expect(empty!.every((x) => x === 0)).toBe(true);
  });
});

describe("word-vector pack format", () => {
  it("round-trips words, ranks and int8-quantized vectors", () => {
    const buffer = encodeGlovePack(
      [
        { word: "alpha", rank: 3, vector: [0.5, -1, 0.25] },
        { word: "beta", rank: 10, vector: [2, 0, -2] },
      ],
      { dimensions: 3, sourceVocabulary: 100, source: "test" },
    );
    const pack = decodeGlovePack(buffer);
    expect(pack.index.get("beta")).toBe(1);
    expect(pack.ranks[1]).toBe(10);
    const i = pack.index.get("alpha")!;
    expect(pack.values[i * 3 + 1]! * pack.scales[i]!).toBeCloseTo(-1, 2);
  });

  it("rejects a damaged pack with a clear message", () => {
    expect(() => decodeGlovePack(Buffer.from("not a pack at all"))).toThrow(/damaged/);
  });
});

describe("tokenizer and stemmer", () => {
  it("keeps tech spellings and splits compounds", () => {
    expect(tokenize("C++ and Node.js on CI/CD")).toEqual([
      "c++",
      "and",
      "node.js",
      "node",
      "js",
      "on",
      "ci/cd",
      "ci",
      "cd",
    ]);
    expect(contentTokens("How do I answer questions about Kafka?")).toEqual(["answer", "kafka"]);
  });

  it("strips common suffixes to real words", () => {
    expect(crudeStem("deploying")).toBe("deploy");
    expect(crudeStem("running")).toBe("run");
    expect(crudeStem("queries")).toBe("query");
    expect(crudeStem("databases")).toBe("database");
    expect(crudeStem("class")).toBe("class");
  });
});
