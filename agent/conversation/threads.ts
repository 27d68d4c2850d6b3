/**
 * Conversation threads: one LangGraph checkpoint thread per user, channel and channel
 * conversation. The checkpoint id embeds the user id, so a thread id reused by someone
 * else (or guessed) can never open another person's conversation.
 */
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import type { Queryable } from "../../data/db/types.ts";

export function checkpointThreadId(userId: string, channel: string, threadId: string): string {
  return `${userId}:${channel}:${threadId}`;
}

export function createThreadsRepository(db: Queryable) {
  return {
    async touch(userId: string, channel: string, threadId: string): Promise<string> {
      const id = checkpointThreadId(userId, channel, threadId);
      await db.query(
        `INSERT INTO agent_threads (checkpoint_thread_id, user_id, channel, thread_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (checkpoint_thread_id) DO UPDATE SET last_active_at = now()`,
        [id, userId, channel, threadId],
      );
      return id;
    },

    async listForUser(
      userId: string,
    ): Promise<{ checkpointThreadId: string; channel: string; threadId: string }[]> {
      const { rows } = await db.query<{ checkpointThreadId: string; channel: string; threadId: string }>(
        `SELECT checkpoint_thread_id AS "checkpointThreadId", channel, thread_id AS "threadId"
         FROM agent_threads WHERE user_id = $1 ORDER BY last_active_at DESC`,
        [userId],
      );
      return rows;
    },

    /** Erases every checkpoint of the user's conversations (they hold resume text). */
    async eraseForUser(userId: string, saver: BaseCheckpointSaver): Promise<number> {
      const threads = await this.listForUser(userId);
      for (const t of threads) await saver.deleteThread(t.checkpointThreadId);
      await db.query(`DELETE FROM agent_threads WHERE user_id = $1`, [userId]);
      return threads.length;
    },
  };
}

export type ThreadsRepository = ReturnType<typeof createThreadsRepository>;
