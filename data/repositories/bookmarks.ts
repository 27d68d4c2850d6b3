/**
 * Saved ("bookmarked") interview questions per person. Every query filters by user id;
 * a question the person's organization cannot see cannot be bookmarked.
 */
import type { Queryable } from "../db/types.ts";

export interface Bookmark {
  questionId: string;
  createdAt: string;
}

export function createBookmarksRepository(db: Queryable) {
  /** True when newly added, false when it was already bookmarked. */
  async function add(userId: string, questionId: string): Promise<boolean> {
    const { rowCount } = await db.query(
      `INSERT INTO bookmarks (user_id, question_id) VALUES ($1, $2) ON CONFLICT (user_id, question_id) DO NOTHING`,
      [userId, questionId],
    );
    return rowCount > 0;
  }

  async function remove(userId: string, questionId: string): Promise<boolean> {
    const { rowCount } = await db.query("DELETE FROM bookmarks WHERE user_id = $1 AND question_id = $2", [
      userId,
      questionId,
    ]);
    return rowCount > 0;
  }

  async function list(userId: string, limit = 100): Promise<Bookmark[]> {
    const { rows } = await db.query<{ question_id: string; created_at: Date | string }>(
      "SELECT question_id, created_at FROM bookmarks WHERE user_id = $1 ORDER BY created_at DESC, question_id LIMIT $2",
      [userId, limit],
    );
    return rows.map((r) => ({ questionId: r.question_id, createdAt: new Date(r.created_at).toISOString() }));
  }

  return { add, remove, list };
}

export type BookmarksRepository = ReturnType<typeof createBookmarksRepository>;
