/**
 * "How did I do?" right after an answer: the score that answer got and its two main points,
 * read back from the practice history (trial 2026-12-06 F13: a generic hint came instead).
 * One function for every front end.
 */
import type { PracticeRepository } from "../../data/repositories/practice.ts";
import type { QuestionsRepository } from "../../data/repositories/questions.ts";
import type { Asker } from "./bookmarks.ts";

export interface PracticeRecap {
  questionId: string;
  questionText: string;
  score: number;
  /** The two points to work on first (what the feedback led with); its strengths when none. */
  points: string[];
  attempts: number;
}

interface StoredFeedback {
  improvements?: unknown;
  strengths?: unknown;
}

const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s) => typeof s === "string") : []);

/** The person's latest scored answer, to the given question when one is named; undefined when none. */
export async function lastPracticeRecap(
  deps: { practice: PracticeRepository; questions: Pick<QuestionsRepository, "get"> },
  asker: Asker,
  questionId?: string,
): Promise<PracticeRecap | undefined> {
  const attempts = await deps.practice.history(asker.userId, questionId, 50);
  const latest = attempts.find((a) => a.score !== null);
  if (!latest) return undefined;
  const feedback = (latest.feedback ?? {}) as StoredFeedback;
  const improvements = texts(feedback.improvements);
  const points = (improvements.length ? improvements : texts(feedback.strengths)).slice(0, 2);
  const question = await deps.questions.get(latest.questionId, asker.organizationId);
  return {
    questionId: latest.questionId,
    questionText: question?.text ?? "",
    score: latest.score!,
    points,
    attempts: attempts.filter((a) => a.questionId === latest.questionId).length,
  };
}
