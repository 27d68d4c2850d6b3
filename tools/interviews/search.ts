/**
 * Question search: free text + filters -> ranked questions. Hybrid ranking mixes three
 * signals computed by the repository for one candidate pool: cosine similarity of the
 * embeddings (meaning), full-text rank (exact words), and overlap between the skills the
 * query names and the question's skill tags. "vector" and "lexical" modes exist so the
 * evaluation can compare each signal alone against the mix.
 */
import type { Embedder } from "../../data/embeddings/types.ts";
import { validationError } from "../../data/errors.ts";
import { GENERAL_ROLE } from "../../data/questions/roles.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import {
  type Candidate,
  isZeroVector,
  type QuestionFilters,
  type QuestionsRepository,
} from "../../data/repositories/questions.ts";
import { analyzeQuery, type SkillResolver } from "./query-analysis.ts";
import { domainCoverage } from "./role-domains.ts";
import { type TopicUnit, topicCoverage, topicUnits } from "./topic-coverage.ts";
import { bankHasTopic } from "./topic-decision.ts";
import { TOPIC_MODEL } from "./topic-model.ts";

export { onTopic } from "./topic-decision.ts";

export type SearchMode = "hybrid" | "vector" | "lexical";

/** One weight per ranking signal (HitSignals but the unit count). */
export type HybridWeights = Omit<HitSignals, "units">;

/**
 * Chosen by 5-fold cross-validation on the dev half of evals/data/retrieval
 * (tools/interviews/eval/fit-topic-model.ts; the test half is only reported).
 */
export const DEFAULT_WEIGHTS: HybridWeights = { ...TOPIC_MODEL.weights };

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
  /**
   * Overrides the learned "bank has the topic" threshold (hybrid mode only): 0 never finds
   * the topic missing (ranking alone).
   */
  floor?: number;
  /**
   * The person's field when the bank has no role for it (a target or held job title, e.g.
   * "Warehouse Operative"): its words join the request's in the domain check, so a warehouse
   * worker's "warehouse safety" is not read in a data engineer's sense.
   */
  field?: string;
}

export interface HitSignals {
  vector: number;
  lexical: number;
  tags: number;
  role: number;
  /** Share of the topic's units the question covers in the request's sense (topic-coverage.ts). */
  coverage: number;
  /** Share of the topic's units its role's questions cover in the request's sense (role-domains.ts). */
  domain: number;
  /** How many units the topic has (the same for every hit of a search). */
  units: number;
}

export interface SearchHit {
  question: InterviewQuestion;
  score: number;
  signals: HitSignals;
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
      signals: { vector: 0, lexical: 0, tags: 0, role: 0, coverage: 0, domain: 0, units: 0 },
    }));
  }
  const [embedded] = mode === "lexical" ? [undefined] : await deps.embedder.embed([analyzed.topic]);
  const vector = embedded && !isZeroVector(embedded) ? embedded : undefined;
  const found = await deps.questions.candidates({
    vector,
    tsquery: mode === "vector" ? undefined : analyzed.tsquery,
    tags: mode === "hybrid" ? analyzed.skills : undefined,
    filters,
    perPart: Math.max(POOL, limit),
  });
  // The field-neutral set answers for a role the bank lacks (generalQuestions, practice); in a
  // search on a topic it would only crowd out the fields' own questions (and fill the answer
  // to a topic the bank lacks with something).
  const candidates =
    filters.role === GENERAL_ROLE ? found : found.filter((c) => c.question.role !== GENERAL_ROLE);
  const weights = deps.weights ?? DEFAULT_WEIGHTS;
  const maxLexical = Math.max(1e-9, ...candidates.map((c) => c.lexicalScore));
  const units = topicUnits(analyzed.topic, deps.resolveSkill);
  const domains =
    mode === "hybrid"
      ? await domainCoverage(
          deps.questions,
          candidates.map((c) => c.question.role),
          request.field ? withField(units, request.field, deps.resolveSkill) : units,
          filters.organizationId,
          deps.resolveSkill,
        )
      : new Map<string, number>();
  const hits = candidates.map((c) =>
    score(
      c,
      analyzed,
      {
        coverage: topicCoverage(units, c.question, deps.resolveSkill),
        domain: domains.get(c.question.role) ?? 0,
        units: units.length,
      },
      maxLexical,
      weights,
      mode,
    ),
  );
  // A topic the bank lacks: nothing tagged or of a role it names, and too little in meaning
  // and words in the request's sense. Then nothing is the answer (the caller says so), not
  // the nearest unrelated questions.
  if (mode === "hybrid" && !bankHasTopic(hits, units.length, request.floor)) return [];
  hits.sort((a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id));
  // No per-question cut-off: once the bank has the topic, a search that names a skill or
  // role ("sql questions about joins") should still list the weaker matches after the best.
  return hits.slice(0, limit);
}

/** The topic's units plus the field's ones it does not already have. */
function withField(units: TopicUnit[], field: string, resolveSkill?: SkillResolver): TopicUnit[] {
  const has = new Set(units.map((u) => u.stems.join(" ")));
  return [...units, ...topicUnits(field, resolveSkill).filter((u) => !has.has(u.stems.join(" ")))];
}

function score(
  c: Candidate,
  query: { skills: string[]; role?: string },
  sense: { coverage: number; domain: number; units: number },
  maxLexical: number,
  w: HybridWeights,
  mode: SearchMode,
): SearchHit {
  const lexical = c.lexicalScore / maxLexical;
  const tags =
    query.skills.length === 0
      ? 0
      : query.skills.filter((s) => c.question.skills.includes(s)).length / query.skills.length;
  const role = query.role && query.role === c.question.role ? 1 : 0;
  const signals = { vector: c.vectorScore, lexical, tags, role, ...sense };
  if (mode === "vector") return { question: c.question, score: c.vectorScore, signals };
  if (mode === "lexical") return { question: c.question, score: c.lexicalScore, signals };
  const total =
    w.vector * c.vectorScore +
    w.lexical * lexical +
    w.tags * tags +
    w.role * role +
    w.coverage * sense.coverage +
    w.domain * sense.domain;
  return { question: c.question, score: total, signals };
}
