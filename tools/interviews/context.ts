/**
 * Wires the interview tools to a database: repositories, the configured embedder and the
 * taxonomy-backed skill resolver, plus `ready()` which loads the shipped bank and
 * re-embeds when the embedder changed. Channels and the agent call this once per request
 * (or once at start-up) and pass the pieces to the domain functions.
 */
import type { Db } from "../../data/db/index.ts";
import { createOfflineEmbedder } from "../../data/embeddings/offline-embedder.ts";
import type { Embedder } from "../../data/embeddings/types.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { createBookmarksRepository } from "../../data/repositories/bookmarks.ts";
import { createPracticeRepository } from "../../data/repositories/practice.ts";
import { type SyncReport, syncQuestionVectors } from "../../data/repositories/question-embeddings.ts";
import { createQuestionsRepository } from "../../data/repositories/questions.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import type { Asker } from "./bookmarks.ts";
import type { ModelFeedback } from "./feedback/feedback.ts";
import type { SkillResolver } from "./query-analysis.ts";

export function taxonomySkillResolver(): SkillResolver {
  const taxonomy = getTaxonomy();
  return (term) => {
    const skill = taxonomy.lookup(term);
    if (!skill) return undefined;
    // Names that are also everyday words or letters ("Go", "R", "ML") only count as the
    // exact id or inside a longer phrase ("machine learning").
    const phrase = term.trim().toLowerCase();
    return !skill.ambiguous || phrase === skill.id || /[\s-]/.test(phrase) ? skill.id : undefined;
  };
}

export function taxonomySkillName(id: string): string | undefined {
  return getTaxonomy().get(id)?.name;
}

export interface InterviewContextOptions {
  embedder?: Embedder;
  modelFeedback?: ModelFeedback;
}

export function createInterviewContext(db: Db, options: InterviewContextOptions = {}) {
  const embedder = options.embedder ?? createOfflineEmbedder();
  const questions = createQuestionsRepository(db);
  const resolveSkill = taxonomySkillResolver();
  return {
    db,
    embedder,
    questions,
    bookmarks: createBookmarksRepository(db),
    practice: createPracticeRepository(db),
    resolveSkill,
    skillName: taxonomySkillName,
    modelFeedback: options.modelFeedback,
    /** Loads/refreshes the shipped bank and vectors; a no-op when nothing changed. */
    ready: (): Promise<SyncReport> => syncQuestionVectors(db, embedder),
    /** Who is asking: the user and the organization whose imported questions they see. */
    async asker(userId: string | undefined): Promise<Asker & { role?: string }> {
      if (!userId) return { userId: "", organizationId: null };
      const user = await createUsersRepository(db).requireUser(userId);
      return { userId: user.id, organizationId: user.organizationId, role: user.role };
    },
    /** Career centers import through staff accounts; a personal account imports for itself. */
    async importTarget(userId: string | undefined): Promise<string | null> {
      if (!userId) return null;
      const user = await createUsersRepository(db).requireUser(userId);
      const kind = await questions.organizationKind(user.organizationId);
      if (kind !== "personal" && user.role === "student") {
        throw new CareerCraftError(
          "forbidden",
          "Only advisors and admins can import questions into a career center's bank. Ask your career center staff.",
        );
      }
      return user.organizationId;
    },
  };
}

export type InterviewContext = ReturnType<typeof createInterviewContext>;
