/**
 * Practice history: every answer a person gave to a question, with the feedback and score
 * it got, so they can see their progress per question and practice picks what is new.
 */
import type { Queryable } from "../db/types.ts";

export interface PracticeAttempt {
  id: string;
  questionId: string;
  answer: string;
  feedback: unknown;
  score: number | null;
  createdAt: string;
}

export interface PracticeSummary {
  questionId: string;
  attempts: number;
  bestScore: number | null;
  lastScore: number | null;
  lastAt: string;
}

interface AttemptRow {
  id: string;
  question_id: string;
  answer: string;
  feedback: unknown;
  score: number | null;
  created_at: Date | string;
}

const toAttempt = (r: AttemptRow): PracticeAttempt => ({
  id: r.id,
  questionId: r.question_id,
  answer: r.answer,
  feedback: r.feedback,
  score: r.score === null ? null : Number(r.score),
  createdAt: new Date(r.created_at).toISOString(),
});

export function createPracticeRepository(db: Queryable) {
  async function record(input: {
    userId: string;
    questionId: string;
    answer: string;
    feedback: unknown;
    score: number | null;
  }): Promise<PracticeAttempt> {
    const { rows } = await db.query<AttemptRow>(
      `INSERT INTO practice_attempts (user_id, question_id, answer, feedback, score)
       VALUES ($1, $2, $3, $4::jsonb, $5)
       RETURNING id, question_id, answer, feedback, score, created_at`,
      [input.userId, input.questionId, input.answer, JSON.stringify(input.feedback), input.score],
    );
    return toAttempt(rows[0]!);
  }

  /** Newest first; one question's attempts or all of them. */
  async function history(userId: string, questionId?: string, limit = 50): Promise<PracticeAttempt[]> {
    const { rows } = await db.query<AttemptRow>(
      `SELECT id, question_id, answer, feedback, score, created_at FROM practice_attempts
       WHERE user_id = $1 AND ($2::text IS NULL OR question_id = $2)
       ORDER BY created_at DESC, id LIMIT $3`,
      [userId, questionId ?? null, limit],
    );
    return rows.map(toAttempt);
  }

  /** One line per practised question: how often, best and latest score. */
  async function summary(userId: string): Promise<PracticeSummary[]> {
    const { rows } = await db.query<{
      question_id: string;
      attempts: number;
      best: number | null;
      last_score: number | null;
      last_at: Date | string;
    }>(
      `SELECT question_id, count(*)::int AS attempts, max(score) AS best,
         (array_agg(score ORDER BY created_at DESC))[1] AS last_score, max(created_at) AS last_at
       FROM practice_attempts WHERE user_id = $1 GROUP BY question_id ORDER BY max(created_at) DESC`,
      [userId],
    );
    return rows.map((r) => ({
      questionId: r.question_id,
      attempts: r.attempts,
      bestScore: r.best === null ? null : Number(r.best),
      lastScore: r.last_score === null ? null : Number(r.last_score),
      lastAt: new Date(r.last_at).toISOString(),
    }));
  }

  return { record, history, summary };
}

export type PracticeRepository = ReturnType<typeof createPracticeRepository>;
