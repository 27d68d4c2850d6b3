import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "../../test-support/db.ts";
import { type EmbeddingStandIn, startEmbeddingStandIn } from "../../test-support/embedding-servers.ts";
import { createOfflineEmbedder } from "../embeddings/offline-embedder.ts";
import { createOpenAiEmbedder } from "../embeddings/openai-embedder.ts";
import { readEmbeddingSpace, syncQuestionVectors } from "./question-embeddings.ts";

let server: EmbeddingStandIn;
beforeAll(async () => {
  server = await startEmbeddingStandIn({ apiKey: "k", dimensions: 16 });
});
afterAll(() => server.close());

describeEachDatabase("question vectors follow the configured embedder", (getDb) => {
  it("re-embeds the bank through a hosted embedder, and keeps the old vectors when it fails", async () => {
    const db = getDb();
    const offline = createOfflineEmbedder();
    await syncQuestionVectors(db, offline);
    const openai = createOpenAiEmbedder({ apiKey: "k", baseUrl: `${server.baseUrl}/v1`, dimensions: 16 });

    server.failNext(500, 10);
    await expect(syncQuestionVectors(db, openai)).rejects.toMatchObject({ code: "provider" });
    expect(await readEmbeddingSpace(db)).toMatchObject({ embedder: offline.id, dimensions: 612 });
    const { rows: kept } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM interview_questions WHERE embedder = $1",
      [offline.id],
    );
    expect(kept[0]!.n).toBeGreaterThanOrEqual(400);

    server.failNext(500, 0);
    const report = await syncQuestionVectors(db, openai);
    expect(report).toMatchObject({ embedder: "openai:text-embedding-3-small@16", indexRebuilt: true });
    expect(server.requests.length).toBeGreaterThan(4);
    const { rows } = await db.query<{ dims: number; n: number }>(
      "SELECT min(vector_dims(embedding))::int AS dims, count(*)::int AS n FROM interview_questions WHERE embedder = $1",
      [openai.id],
    );
    expect(rows[0]).toMatchObject({ dims: 16 });
    expect(rows[0]!.n).toBeGreaterThanOrEqual(400);
    // Same embedder again: nothing to do, no HTTP calls.
    const calls = server.requests.length;
    expect((await syncQuestionVectors(db, openai)).bankQuestionsWritten).toBe(0);
    expect(server.requests.length).toBe(calls);
  });
});
