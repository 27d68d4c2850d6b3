/**
 * Practice mode: pick a question (new ones first, bookmarked or gap-related ones when
 * asked), take the person's answer, give feedback and keep it in their history.
 */
import type { Embedder } from "../../data/embeddings/types.ts";
import { CareerCraftError } from "../../data/errors.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import type { BookmarksRepository } from "../../data/repositories/bookmarks.ts";
import type { PracticeRepository } from "../../data/repositories/practice.ts";
import type { QuestionFilters, QuestionsRepository } from "../../data/repositories/questions.ts";
import { type Asker, requireVisibleQuestion } from "./bookmarks.ts";
import { type AnswerFeedback, giveFeedback, type ModelFeedback } from "./feedback/feedback.ts";

export interface PracticeDeps {
  questions: Pick<QuestionsRepository, "get" | "getMany" | "list" | "listBySkills">;
  practice: PracticeRepository;
  bookmarks?: BookmarksRepository;
  embedder: Embedder;
  modelFeedback?: ModelFeedback;
  /** Injected so tests can make the pick deterministic. */
  random?: () => number;
}

export interface PickOptions extends Omit<QuestionFilters, "organizationId"> {
  /** Only from the person's bookmarks. */
  bookmarked?: boolean;
  /** Prefer questions tagged with these skill ids (e.g. gaps from the latest analysis). */
  skills?: string[];
  /**
   * The questions just listed to the person: "quiz me" right after a list practises one of
   * them (unpractised first), and the whole bank only once all of them were practised.
   */
  among?: string[];
  /** The question on the table: "skip" asks for another one, never the same again. */
  except?: string;
}

export async function pickPracticeQuestion(
  deps: PracticeDeps,
  asker: Asker,
  options: PickOptions = {},
): Promise<InterviewQuestion> {
  const filters: QuestionFilters = { ...options, organizationId: asker.organizationId };
  let pool: InterviewQuestion[];
  if (options.bookmarked) {
    if (!deps.bookmarks) throw new CareerCraftError("internal", "Bookmarks are not available here.");
    const marks = await deps.bookmarks.list(asker.userId);
    pool = (
      await deps.questions.getMany(
        marks.map((m) => m.questionId),
        asker.organizationId,
      )
    ).filter((q) => matches(q, filters));
  } else if (options.among?.length) {
    pool = (await deps.questions.getMany(options.among, asker.organizationId)).filter((q) =>
      matches(q, filters),
    );
  } else if (options.skills?.length) {
    pool = await deps.questions.listBySkills(options.skills, filters, 200);
  } else {
    pool = await deps.questions.list(filters, 1000);
  }
  if (pool.length === 0 && options.among?.length)
    return pickPracticeQuestion(deps, asker, { ...options, among: undefined });
  if (pool.length === 0) {
    throw new CareerCraftError("not_found", "No interview questions match those choices. Try fewer filters.");
  }
  // Unpractised questions first; otherwise the one practised longest ago.
  const seen = new Map((await deps.practice.summary(asker.userId)).map((s) => [s.questionId, s.lastAt]));
  if (options.except && pool.length > 1) pool = pool.filter((q) => q.id !== options.except);
  const fresh = pool.filter((q) => !seen.has(q.id));
  if (fresh.length > 0) return fresh[Math.floor((deps.random ?? Math.random)() * fresh.length)]!;
  if (options.among?.length) return pickPracticeQuestion(deps, asker, { ...options, among: undefined });
  return [...pool].sort((a, b) => seen.get(a.id)!.localeCompare(seen.get(b.id)!))[0]!;
}

function matches(q: InterviewQuestion, f: QuestionFilters): boolean {
  return (
    (!f.role || q.role === f.role) &&
    (!f.skill || q.skills.includes(f.skill)) &&
    (!f.difficulty || q.difficulty === f.difficulty) &&
    (!f.type || q.type === f.type)
  );
}

export async function submitPracticeAnswer(
  deps: PracticeDeps,
  asker: Asker,
  input: { questionId: string; answer: string },
): Promise<{
  feedback: AnswerFeedback;
  attemptId: string;
  attemptNumber: number;
  previousBest: number | null;
}> {
  const question = await requireVisibleQuestion(deps.questions, asker, input.questionId);
  const feedback = await giveFeedback(question, input.answer, {
    embedder: deps.embedder,
    modelFeedback: deps.modelFeedback,
  });
  const before = await deps.practice.history(asker.userId, question.id, 1000);
  const attempt = await deps.practice.record({
    userId: asker.userId,
    questionId: question.id,
    answer: input.answer.trim(),
    feedback,
    score: feedback.score,
  });
  const scores = before.map((a) => a.score).filter((s): s is number => s !== null);
  return {
    feedback,
    attemptId: attempt.id,
    attemptNumber: before.length + 1,
    previousBest: scores.length ? Math.max(...scores) : null,
  };
}

export async function practiceHistory(
  deps: Pick<PracticeDeps, "practice" | "questions">,
  asker: Asker,
  questionId?: string,
) {
  if (questionId) await requireVisibleQuestion(deps.questions, asker, questionId);
  return deps.practice.history(asker.userId, questionId?.trim());
}
