/**
 * The embedded database keeps each thread's newest checkpoint in memory: what a turn
 * starts from must be exactly what the database holds, turn after turn, and a deleted
 * thread must be gone from both.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { Identity } from "../../contract/conversation.ts";
import type { Db } from "../../data/db/types.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { createPgliteTestDatabase } from "../../test-support/db.ts";
import { BatchedPostgresSaver } from "./checkpointer.ts";
import { type Conversation, createConversation } from "./converse.ts";
import { checkpointThreadId } from "./threads.ts";

const config = loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });

async function say(c: Conversation, who: Identity, text: string): Promise<void> {
  for await (const _ of c.converse(who, "main", { text, attachments: [] })) void _;
}

describe("the newest checkpoint kept in memory (embedded database)", () => {
  let db: Db;
  let conversation: Conversation;
  beforeAll(async () => {
    db = await createPgliteTestDatabase();
    conversation = await createConversation({ db, config });
  }, 120_000);
  afterAll(async () => {
    await conversation.close();
    await db.close();
  });

  it("starts every turn from exactly what the database holds", { timeout: 120_000 }, async () => {
    const who: Identity = { channel: "test", externalId: "cache" };
    const user = await createUsersRepository(db).resolveIdentity(who);
    const thread = { configurable: { thread_id: checkpointThreadId(user.id, "test", "main") } };
    const fromDatabase = new BatchedPostgresSaver(db.pool);
    for (const text of [
      "hi",
      "add Python as an expert skill",
      "I want to be a data analyst",
      "am I a fit?",
      "why?",
    ]) {
      await say(conversation, who, text);
      const cached = await conversation.checkpointer.getTuple(thread);
      const stored = await fromDatabase.getTuple(thread);
      expect(cached?.config).toEqual(stored?.config);
      expect(cached?.parentConfig).toEqual(stored?.parentConfig);
      expect(cached?.checkpoint).toEqual(stored?.checkpoint);
      expect(cached?.metadata).toEqual(stored?.metadata);
    }
    const messages = (await conversation.checkpointer.getTuple(thread))?.checkpoint.channel_values.messages;
    expect((messages as unknown[]).length).toBeGreaterThan(8);
    await conversation.checkpointer.deleteThread(thread.configurable.thread_id);
    expect(await conversation.checkpointer.getTuple(thread)).toBeUndefined();
    expect(await fromDatabase.getTuple(thread)).toBeUndefined();
  });
});
