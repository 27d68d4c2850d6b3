/**
 * Question search: free text + filters -> ranked questions. Hybrid ranking mixes three
 * signals computed by the repository for one candidate pool: cosine similarity of the
 * embeddings (meaning), full-text rank (exact words), and overlap between the skills the
 * query names and the question's skill tags. "vector" and "lexical" modes exist so the
 * evaluation can compare each signal alone against the mix.
 */
import type { Embedder } from "../../data/embeddings/types.ts";
import { validationError } from "../../data/errors.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import {
  type Candidate,
  isZeroVector,
  type QuestionFilters,
  type QuestionsRepository,
} from "../../data/repositories/questions.ts";
import { analyzeQuery, type SkillResolver } from "./query-analysis.ts";

export type SearchMode = "hybrid" | "vector" | "lexical";

export interface HybridWeights {
  vector: number;
  lexical: number;
  tags: number;
  role: number;
}

/**
 * Chosen on the dev half of evals/data/retrieval (tools/interviews/eval/tune-weights.ts,
 * grid over lexical 0.1-1, tags 0-0.2, role 0-0.1): best dev recall@5 + MRR.
 */
export const DEFAULT_WEIGHTS: HybridWeights = { vector: 1, lexical: 0.2, tags: 0.1, role: 0.05 };

/**
 * The least cosine similarity the nearest question needs when none shares a skill tag or a
 * role with the request: below it the bank has nothing on the topic, and saying so beats
 * listing the nearest unrelated questions. Chosen on the dev half of evals/data/retrieval
 * (tools/interviews/eval/tune-floor.ts): best share of off-bank queries answered with nothing
 * minus share of in-bank queries left with nothing (0.31: 0.70 - 0.05 on dev; test 0.90 - 0.07).
 */
export const TOPIC_FLOOR = 0.31;

export interface SearchDeps {
  questions: Pick<QuestionsRepository, "candidates" | "list">;
  embedder: Embedder;
  resolveSkill?: SkillResolver;
  weights?: HybridWeights;
}

export interface SearchRequest {
  query: string;
  filters?: QuestionFilters;
  limit?: number;
  mode?: SearchMode;
  /** Overrides TOPIC_FLOOR (hybrid mode only); 0 never finds the topic missing. */
  floor?: number;
}

export interface SearchHit {
  question: InterviewQuestion;
  score: number;
  signals: { vector: number; lexical: number; tags: number; role: number };
}

// Candidates per signal; 20 ranks exactly as 40 did on the retrieval set, with half the rows.
const POOL = 20;
export const MAX_QUERY_CHARS = 1000;

export async function searchQuestions(deps: SearchDeps, request: SearchRequest): Promise<SearchHit[]> {
  const limit = Math.min(Math.max(request.limit ?? 10, 1), 100);
  const filters = request.filters ?? {};
  const mode = request.mode ?? "hybrid";
  const query = request.query.trim();
  if (query.length > MAX_QUERY_CHARS) {
    throw validationError(`The search text is ${query.length} characters; keep it under ${MAX_QUERY_CHARS}.`);
  }
  const analyzed = analyzeQuery(query, deps.resolveSkill);
  // Nothing but asking words ("give me some interview questions"): the filters alone decide.
  if (!analyzed.topic) {
    const listed = await deps.questions.list(filters, limit);
    return listed.map((question) => ({
      question,
      score: 0,
      signals: { vector: 0, lexical: 0, tags: 0, role: 0 },
    }));
  }
  const [embedded] = mode === "lexical" ? [undefined] : await deps.embedder.embed([analyzed.topic]);
  const vector = embedded && !isZeroVector(embedded) ? embedded : undefined;
  const candidates = await deps.questions.candidates({
    vector,
    tsquery: mode === "vector" ? undefined : analyzed.tsquery,
    tags: mode === "hybrid" ? analyzed.skills : undefined,
    filters,
    perPart: Math.max(POOL, limit),
  });
  const weights = deps.weights ?? DEFAULT_WEIGHTS;
  const maxLexical = Math.max(1e-9, ...candidates.map((c) => c.lexicalScore));
  const hits = candidates.map((c) => score(c, analyzed.skills, analyzed.role, maxLexical, weights, mode));
  // A topic the bank lacks: nothing near enough, nothing tagged or of a role it names. Then
  // nothing is the answer (the caller says so), not the nearest unrelated questions.
  if (mode === "hybrid" && !bankHasTopic(hits, request.floor ?? TOPIC_FLOOR)) return [];
  hits.sort((a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id));
  // No per-question cut-off: once the bank has the topic, a search that names a skill or
  // role ("sql questions about joins") should still list the weaker matches after the best.
  return hits.slice(0, limit);
}

/**
 * The bank has the request's topic when a candidate is tagged with a skill the request
 * names, is of the role it names, or is near enough in meaning. Full-text rank does not
 * count on its own: normalised by the pool's best, one shared word ("schedule") reads as a
 * perfect match, and raw ranks overlap between topics the bank has and lacks (measured).
 */
function bankHasTopic(hits: SearchHit[], floor: number): boolean {
  return hits.some((h) => onTopic(h, floor));
}

/** Tagged with a skill the request names, of a role it names, or near enough in meaning. */
export function onTopic(hit: SearchHit, floor = TOPIC_FLOOR): boolean {
  return hit.signals.tags > 0 || hit.signals.role > 0 || hit.signals.vector >= floor;
}

function score(
  c: Candidate,
  querySkills: string[],
  queryRole: string | undefined,
  maxLexical: number,
  w: HybridWeights,
  mode: SearchMode,
): SearchHit {
  const lexical = c.lexicalScore / maxLexical;
  const tags =
    querySkills.length === 0
      ? 0
      : querySkills.filter((s) => c.question.skills.includes(s)).length / querySkills.length;
  const role = queryRole && queryRole === c.question.role ? 1 : 0;
  const signals = { vector: c.vectorScore, lexical, tags, role };
  if (mode === "vector") return { question: c.question, score: c.vectorScore, signals };
  if (mode === "lexical") return { question: c.question, score: c.lexicalScore, signals };
  const total = w.vector * c.vectorScore + w.lexical * lexical + w.tags * tags + w.role * role;
  return { question: c.question, score: total, signals };
}
