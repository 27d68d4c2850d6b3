/**
 * /api/interviews: search the question bank (hybrid pgvector + full text), bookmarks,
 * and practice (a question to answer, then feedback on the answer).
 */
import { z } from "zod";
import { DIFFICULTIES, QUESTION_TYPES } from "../../../data/questions/kinds.ts";
import { removeDescribedBookmark } from "../../../tools/interviews/bookmark-described.ts";
import { bookmarkQuestion, listBookmarks, removeBookmark } from "../../../tools/interviews/bookmarks.ts";
import { practiceHistory, submitPracticeAnswer } from "../../../tools/interviews/practice.ts";
import {
  findQuestions,
  interviewsFor,
  nextPracticeQuestion,
  withPersonRole,
} from "../../../tools/interviews/service.ts";
import type { ApiContext } from "../context.ts";
import { type AnyRoute, route } from "../route.ts";
import { objectSchema, okSchema } from "../schemas.ts";

const TAG = "Interviews";

const question = z
  .object({
    id: z.string(),
    role: z.string(),
    type: z.enum(QUESTION_TYPES),
    difficulty: z.enum(DIFFICULTIES),
    text: z.string(),
    skills: z.array(z.string()),
    keyPoints: z.array(z.string()),
    source: z.string(),
  })
  .meta({ id: "InterviewQuestion" });

const filters = {
  role: z.string().trim().max(100).optional().meta({ description: 'A role in your words ("data engineer")' }),
  skill: z.string().trim().max(100).optional().meta({ description: "A skill by any spelling" }),
  difficulty: z.enum(DIFFICULTIES).optional(),
  type: z.enum(QUESTION_TYPES).optional(),
};

const searchQuery = z.object({
  q: z.string().trim().max(1000).optional(),
  ...filters,
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const questionIdParams = z.object({ questionId: z.string().min(1).max(100) });

async function interviewCaller(ctx: ApiContext, userId: string) {
  const ic = await interviewsFor(ctx.db, ctx.config);
  return { ic, asker: await ic.asker(userId) };
}

const publicQuestion = ({
  organizationId: _o,
  ...q
}: z.infer<typeof question> & { organizationId?: unknown }) => q;

export const interviewRoutes: AnyRoute[] = [
  route({
    method: "get",
    path: "/api/interviews/questions/",
    tag: TAG,
    summary: "Search interview questions by meaning and words, with filters",
    query: searchQuery,
    responses: {
      200: {
        description: "Best matches first; missingTopic names a topic the bank has nothing on",
        schema: z.object({ items: z.array(question), missingTopic: z.string().optional() }),
      },
    },
    async handler(ctx, { caller, query }) {
      const { ic, asker } = await interviewCaller(ctx, caller.userId);
      const { q, limit, ...rest } = query;
      const found = await findQuestions(ic, asker, { ...rest, ...(q ? { query: q } : {}) }, limit);
      return {
        body: {
          items: found.questions.map(publicQuestion),
          ...(found.missingTopic ? { missingTopic: found.missingTopic } : {}),
        },
      };
    },
  }),
  route({
    method: "get",
    path: "/api/interviews/bookmarks/",
    tag: TAG,
    summary: "Your bookmarked questions",
    responses: {
      200: {
        description: "Newest first",
        schema: z.object({ items: z.array(question.extend({ bookmarkedAt: z.string() })) }),
      },
    },
    async handler(ctx, { caller }) {
      const { ic, asker } = await interviewCaller(ctx, caller.userId);
      const items = await listBookmarks(ic, asker);
      return {
        body: {
          items: items.map((q) => ({
            ...publicQuestion(q),
            bookmarkedAt: new Date(q.bookmarkedAt).toISOString(),
          })),
        },
      };
    },
  }),
  route({
    method: "post",
    path: "/api/interviews/bookmarks/",
    tag: TAG,
    summary: "Bookmark a question",
    body: z.object({ questionId: z.string().min(1).max(100) }).strict(),
    responses: { 201: { description: "Bookmarked", schema: z.object({ question, added: z.boolean() }) } },
    async handler(ctx, { caller, body }) {
      const { ic, asker } = await interviewCaller(ctx, caller.userId);
      const r = await bookmarkQuestion(ic, asker, body.questionId);
      return { status: 201, body: { question: publicQuestion(r.question), added: r.added } };
    },
  }),
  // The chat's "unbookmark the one about conflict" / "my 2nd bookmark", through the same resolver.
  route({
    method: "delete",
    path: "/api/interviews/bookmarks/",
    tag: TAG,
    summary: "Remove a bookmark named by words from its question or topic, or by its place in your bookmarks",
    query: z
      .object({
        about: z.string().trim().min(1).max(200).optional(),
        position: z.coerce
          .number()
          .int()
          .min(-1)
          .max(500)
          .optional()
          .meta({ description: "1 = newest; -1 = last" }),
      })
      .refine(
        (q) => (q.about === undefined) !== (q.position === undefined),
        "Give either about or position.",
      ),
    responses: {
      200: {
        description: "Removed, or (removed: false) the bookmarks the words fit, none removed",
        schema: z.object({
          removed: z.boolean(),
          question: question.optional(),
          choices: z.array(question.extend({ place: z.number() })).optional(),
        }),
      },
    },
    async handler(ctx, { caller, query }) {
      const { ic, asker } = await interviewCaller(ctx, caller.userId);
      const found = await removeDescribedBookmark(ic, asker, query);
      return {
        body:
          "question" in found
            ? { removed: true, question: publicQuestion(found.question) }
            : {
                removed: false,
                choices: found.choices.map((q) => ({ ...publicQuestion(q), place: q.place })),
              },
      };
    },
  }),
  route({
    method: "delete",
    path: "/api/interviews/bookmarks/{questionId}/",
    tag: TAG,
    summary: "Remove a bookmark",
    params: questionIdParams,
    responses: { 200: { description: "Removed", schema: okSchema } },
    async handler(ctx, { caller, params }) {
      const { ic, asker } = await interviewCaller(ctx, caller.userId);
      await removeBookmark(ic, asker, params.questionId);
      return { body: { ok: true } };
    },
  }),
  route({
    method: "post",
    path: "/api/interviews/practice/",
    tag: TAG,
    summary:
      "A question to practise (ones you have not answered, or answered weakly, first); with no role or skill, for your target job or your latest role",
    body: z.object(filters).strict().optional(),
    responses: { 200: { description: "The question", schema: question } },
    async handler(ctx, { caller, body }) {
      const { ic, asker } = await interviewCaller(ctx, caller.userId);
      const args = await withPersonRole(ctx.db, caller.userId, body ?? {});
      return { body: publicQuestion(await nextPracticeQuestion(ic, asker, args)) };
    },
  }),
  route({
    method: "post",
    path: "/api/interviews/practice/answer/",
    tag: TAG,
    summary: "Answer a practice question and get feedback (STAR for behavioral, key points for technical)",
    limit: "heavy",
    body: z
      .object({ questionId: z.string().min(1).max(100), answer: z.string().trim().min(1).max(10_000) })
      .strict(),
    responses: {
      200: {
        description: "The feedback, the attempt number and your best score before",
        schema: z.object({
          feedback: objectSchema("AnswerFeedback", "score 0-100, summary, strengths, improvements"),
          attemptId: z.string(),
          attemptNumber: z.number().int(),
          previousBest: z.number().nullable(),
        }),
      },
    },
    async handler(ctx, { caller, body }) {
      const { ic, asker } = await interviewCaller(ctx, caller.userId);
      return { body: await submitPracticeAnswer(ic, asker, body) };
    },
  }),
  route({
    method: "get",
    path: "/api/interviews/practice/",
    tag: TAG,
    summary: "Your practice attempts, newest first",
    query: z.object({ questionId: z.string().min(1).max(100).optional() }),
    responses: { 200: { description: "Attempts", schema: z.object({ items: z.array(z.looseObject({})) }) } },
    async handler(ctx, { caller, query }) {
      const { ic, asker } = await interviewCaller(ctx, caller.userId);
      return { body: { items: await practiceHistory(ic, asker, query.questionId) } };
    },
  }),
];
