/**
 * Bookmarks: save a question to come back to. Only questions the person can see (shared
 * bank or their organization's imports) can be saved; unknown ids get a clear error.
 */

import { CareerCraftError } from "../../data/errors.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import type { BookmarksRepository } from "../../data/repositories/bookmarks.ts";
import type { QuestionsRepository } from "../../data/repositories/questions.ts";

export interface BookmarkDeps {
  questions: Pick<QuestionsRepository, "get" | "getMany">;
  bookmarks: BookmarksRepository;
}

export interface Asker {
  userId: string;
  organizationId: string | null;
}

export async function requireVisibleQuestion(
  questions: Pick<QuestionsRepository, "get">,
  asker: Asker,
  questionId: string,
): Promise<InterviewQuestion> {
  const question = await questions.get(questionId.trim(), asker.organizationId);
  if (!question) {
    throw new CareerCraftError(
      "not_found",
      `There is no interview question with id "${questionId}". Search to find its id.`,
    );
  }
  return question;
}

export async function bookmarkQuestion(deps: BookmarkDeps, asker: Asker, questionId: string) {
  const question = await requireVisibleQuestion(deps.questions, asker, questionId);
  const added = await deps.bookmarks.add(asker.userId, question.id);
  return { question, added };
}

export async function removeBookmark(deps: BookmarkDeps, asker: Asker, questionId: string) {
  const removed = await deps.bookmarks.remove(asker.userId, questionId.trim());
  if (!removed) throw new CareerCraftError("not_found", `Question "${questionId}" is not in your bookmarks.`);
  return { removed };
}

export async function listBookmarks(
  deps: BookmarkDeps,
  asker: Asker,
): Promise<(InterviewQuestion & { bookmarkedAt: string })[]> {
  const marks = await deps.bookmarks.list(asker.userId);
  const questions = await deps.questions.getMany(
    marks.map((m) => m.questionId),
    asker.organizationId,
  );
  const at = new Map(marks.map((m) => [m.questionId, m.createdAt]));
  return questions.map((q) => ({ ...q, bookmarkedAt: at.get(q.id)! }));
}
