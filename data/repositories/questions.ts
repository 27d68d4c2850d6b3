/**
 * Interview questions in PostgreSQL/PGlite: storage, filtered candidate retrieval for the
 * hybrid ranker (HNSW cosine neighbours + full-text matches + tag matches, each with its
 * raw score), and the lookups practice and "questions for my gaps" need. Questions with
 * organization_id NULL are the shared bank; an organization sees those plus its own.
 */
import type { Queryable } from "../db/types.ts";
import type { Difficulty, InterviewQuestion, QuestionType } from "../questions/types.ts";

export interface QuestionFilters {
  role?: string;
  skill?: string;
  difficulty?: Difficulty;
  type?: QuestionType;
  /** The asking person's organization: its imported questions are visible too. */
  organizationId?: string | null;
}

export interface CandidateQuery {
  vector?: number[];
  /** An OR of stemmed terms for to_tsquery, e.g. "kafka | order"; omitted = no lexical part. */
  tsquery?: string;
  /** Skill ids mentioned in the query: questions tagged with them are candidates too. */
  tags?: string[];
  filters: QuestionFilters;
  /** How many neighbours each part contributes. */
  perPart: number;
}

export interface Candidate {
  question: InterviewQuestion;
  vectorScore: number;
  lexicalScore: number;
}

export interface StoredQuestion extends InterviewQuestion {
  embedder: string | null;
}

interface Row {
  id: string;
  organization_id: string | null;
  role: string;
  type: QuestionType;
  difficulty: Difficulty;
  question: string;
  key_points: string[];
  skills: string[];
  source: string;
  embedder?: string | null;
  vector_score?: number | null;
  lexical_score?: number | null;
}

const UPSERT_BATCH = 200;
/** Terms found in more than this share of the questions are too common to search for. */
const MAX_TERM_SHARE = 0.05;

/**
 * SQL yielding one row with column tsq: the request's stemmed terms that are rare enough
 * to be worth a full-text search (at most 8, rarest first, each in at most `share` of the
 * questions), as a tsquery over already-stemmed lexemes, or NULL when there are none.
 * Kept to one simple statement: on PGlite its planning time is part of every search.
 */
const RARE_TERMS_SQL = (text: string, share: string) => `
  SELECT to_tsquery('simple', string_agg(quote_literal(k.term), ' | ')) AS tsq FROM (
    SELECT s.term FROM question_term_stats s
    WHERE s.term = ANY(tsvector_to_array(to_tsvector('english', ${text})))
      AND s.ndoc <= GREATEST(20, COALESCE((SELECT documents FROM question_embedding_space), 0) * ${share}::real)
    ORDER BY s.ndoc, s.term LIMIT 8
  ) AS k`;

const COLUMNS =
  "q.id, q.organization_id, q.role, q.type, q.difficulty, q.question, q.key_points, q.skills, q.source";

export function toVectorLiteral(v: readonly number[]): string {
  return `[${v.map((x) => (Number.isFinite(x) ? Number(x.toFixed(6)) : 0)).join(",")}]`;
}

/** A text with no content words embeds to zeros; cosine distance to it is undefined. */
export function isZeroVector(v: readonly number[]): boolean {
  return v.every((x) => x === 0);
}

/** Normalised text used to detect the same question imported twice. */
export function questionTextKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function toQuestion(row: Row): InterviewQuestion {
  return {
    id: row.id,
    organizationId: row.organization_id,
    role: row.role,
    type: row.type,
    difficulty: row.difficulty,
    text: row.question,
    keyPoints: row.key_points,
    skills: row.skills,
    source: row.source,
  };
}

/** SQL for the filters, appending parameters to `params`; `alias` is the table alias. */
function filterSql(filters: QuestionFilters, params: unknown[], alias = "q"): string {
  const where: string[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filters.organizationId)
    where.push(
      `(${alias}.organization_id IS NULL OR ${alias}.organization_id = ${add(filters.organizationId)})`,
    );
  else where.push(`${alias}.organization_id IS NULL`);
  if (filters.role) where.push(`${alias}.role = ${add(filters.role)}`);
  if (filters.skill) where.push(`${alias}.skills @> ARRAY[${add(filters.skill)}]::text[]`);
  if (filters.difficulty) where.push(`${alias}.difficulty = ${add(filters.difficulty)}`);
  if (filters.type) where.push(`${alias}.type = ${add(filters.type)}`);
  return where.join(" AND ");
}

export function createQuestionsRepository(db: Queryable) {
  /** Inserts or updates questions with their vectors; returns how many rows changed. */
  /** Inserts or updates questions with their vectors, 200 rows per statement; returns rows written. */
  async function upsert(
    questions: InterviewQuestion[],
    vectors: number[][],
    embedderId: string,
  ): Promise<number> {
    let changed = 0;
    for (let start = 0; start < questions.length; start += UPSERT_BATCH) {
      const batch = questions.slice(start, start + UPSERT_BATCH);
      const column = <T>(pick: (q: InterviewQuestion, i: number) => T) =>
        batch.map((q, i) => pick(q, start + i));
      const result = await db.query(
        `INSERT INTO interview_questions
           (id, organization_id, role, type, difficulty, question, key_points, skills, source, embedding, embedder,
            text_key, search_tsv)
         SELECT u.id, u.org, u.role, u.type, u.difficulty, u.question, u.key_points::jsonb,
            ARRAY(SELECT jsonb_array_elements_text(u.skills::jsonb)), u.source, u.embedding::vector, $11, u.text_key,
            setweight(to_tsvector('english', u.question), 'A') ||
            setweight(to_tsvector('english', u.role || ' ' || translate(u.skills, '[]",', '    ')), 'B') ||
            setweight(to_tsvector('english', u.points_text), 'C')
         FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $10::text[], $12::text[], $13::text[])
           AS u(id, org, role, type, difficulty, question, key_points, skills, source, embedding, text_key, points_text)
         ON CONFLICT (id) DO UPDATE SET
           role = EXCLUDED.role, type = EXCLUDED.type, difficulty = EXCLUDED.difficulty,
           question = EXCLUDED.question, key_points = EXCLUDED.key_points, skills = EXCLUDED.skills,
           source = EXCLUDED.source, embedding = EXCLUDED.embedding, embedder = EXCLUDED.embedder,
           text_key = EXCLUDED.text_key, search_tsv = EXCLUDED.search_tsv`,
        [
          column((q) => q.id),
          column((q) => q.organizationId),
          column((q) => q.role),
          column((q) => q.type),
          column((q) => q.difficulty),
          column((q) => q.text),
          column((q) => JSON.stringify(q.keyPoints)),
          column((q) => JSON.stringify(q.skills)),
          column((q) => q.source),
          column((_q, i) => (isZeroVector(vectors[i]!) ? null : toVectorLiteral(vectors[i]!))),
          embedderId,
          column((q) => questionTextKey(q.text)),
          column((q) => q.keyPoints.join(" ")),
        ],
      );
      changed += result.rowCount;
    }
    return changed;
  }

  async function get(id: string, organizationId?: string | null): Promise<InterviewQuestion | undefined> {
    const params: unknown[] = [id];
    const where = filterSql({ organizationId }, params);
    const { rows } = await db.query<Row>(
      `SELECT ${COLUMNS} FROM interview_questions q WHERE q.id = $1 AND ${where}`,
      params,
    );
    return rows[0] ? toQuestion(rows[0]) : undefined;
  }

  async function getMany(ids: string[], organizationId?: string | null): Promise<InterviewQuestion[]> {
    if (ids.length === 0) return [];
    const params: unknown[] = [ids];
    const where = filterSql({ organizationId }, params);
    const { rows } = await db.query<Row>(
      `SELECT ${COLUMNS} FROM interview_questions q WHERE q.id = ANY($1::text[]) AND ${where}`,
      params,
    );
    const byId = new Map(rows.map((r) => [r.id, toQuestion(r)]));
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  /** Neighbours by each signal, unioned, with both raw scores for every candidate. */
  async function candidates(query: CandidateQuery): Promise<Candidate[]> {
    const params: unknown[] = [];
    const where = filterSql(query.filters, params);
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const vectorParam = query.vector ? `${param(toVectorLiteral(query.vector))}::vector` : null;
    // The tsquery is built inside the same statement (one round trip): an uncorrelated
    // sub-select becomes an InitPlan parameter, which the GIN index can still use.
    const tsParam = query.tsquery ? "(SELECT tsq FROM rare_terms)" : null;
    const termsCte = query.tsquery
      ? `WITH rare_terms AS MATERIALIZED (${RARE_TERMS_SQL(param(query.tsquery), param(MAX_TERM_SHARE))}) `
      : "";
    const tagParam = query.tags?.length ? `${param(query.tags)}::text[]` : null;
    params.push(query.perPart);
    const limit = `$${params.length}`;
    const parts: string[] = [];
    if (vectorParam) {
      // The HNSW index filters AFTER finding neighbours, so with a selective filter (one
      // role out of 18) it would return only a handful. Filtered searches therefore scan
      // the (few) matching rows exactly; "+ 0" keeps the planner off the HNSW index.
      const f = query.filters;
      const exact = Boolean(f.role || f.skill || f.difficulty || f.type);
      parts.push(`(SELECT q.id FROM interview_questions q WHERE ${where} AND q.embedding IS NOT NULL
        ORDER BY (q.embedding <=> ${vectorParam})${exact ? " + 0" : ""} LIMIT ${limit})`);
    }
    if (tsParam) {
      parts.push(`(SELECT q.id FROM interview_questions q WHERE ${where} AND q.search_tsv @@ ${tsParam}
        ORDER BY ts_rank(q.search_tsv, ${tsParam}, 1) DESC LIMIT ${limit})`);
    }
    if (tagParam) {
      parts.push(
        `(SELECT q.id FROM interview_questions q WHERE ${where} AND q.skills && ${tagParam} LIMIT ${limit})`,
      );
    }
    if (parts.length === 0) return [];
    const { rows } = await db.query<Row>(
      `${termsCte}SELECT ${COLUMNS},
         ${vectorParam ? `1 - (q.embedding <=> ${vectorParam})` : "0"} AS vector_score,
         ${tsParam ? `ts_rank(q.search_tsv, ${tsParam}, 1)` : "0"} AS lexical_score
       FROM interview_questions q
       WHERE q.id IN (${parts.join(" UNION ")})`,
      params,
    );
    return rows.map((r) => ({
      question: toQuestion(r),
      vectorScore: Number(r.vector_score ?? 0),
      lexicalScore: Number(r.lexical_score ?? 0),
    }));
  }

  /** Stores imported questions and refreshes the term counts (run inside a transaction). */
  async function saveImported(
    questions: InterviewQuestion[],
    vectors: number[][],
    embedderId: string,
  ): Promise<number> {
    const written = await upsert(questions, vectors, embedderId);
    await refreshTermStats();
    return written;
  }

  /** Recounts how many questions contain each term; call after loading or importing questions. */
  async function refreshTermStats(): Promise<void> {
    await db.query("DELETE FROM question_term_stats");
    await db.query(
      `INSERT INTO question_term_stats (term, ndoc)
       SELECT word, ndoc FROM ts_stat('SELECT search_tsv FROM interview_questions WHERE search_tsv IS NOT NULL')`,
    );
    await db.query(
      "UPDATE question_embedding_space SET documents = (SELECT count(*) FROM interview_questions)",
    );
    // Fresh planner statistics: right after a bulk load PostgreSQL would otherwise assume a
    // tiny table and skip the HNSW index (measured: 75 ms instead of 1-2 ms at 10,000 rows).
    await db.query("ANALYZE interview_questions");
  }

  /** Questions tagged with any of the skills (for "questions for my gaps"). */
  async function listBySkills(
    skills: string[],
    filters: QuestionFilters,
    limit: number,
  ): Promise<InterviewQuestion[]> {
    if (skills.length === 0) return [];
    const params: unknown[] = [skills];
    const where = filterSql(filters, params);
    params.push(limit);
    const { rows } = await db.query<Row>(
      `SELECT ${COLUMNS} FROM interview_questions q WHERE q.skills && $1::text[] AND ${where}
       ORDER BY q.difficulty = 'easy' DESC, q.difficulty = 'medium' DESC, q.id LIMIT $${params.length}`,
      params,
    );
    return rows.map(toQuestion);
  }

  /** Plain filtered listing (no query text), stable order. */
  async function list(filters: QuestionFilters, limit: number, offset = 0): Promise<InterviewQuestion[]> {
    const params: unknown[] = [];
    const where = filterSql(filters, params);
    params.push(limit, offset);
    const { rows } = await db.query<Row>(
      `SELECT ${COLUMNS} FROM interview_questions q WHERE ${where} ORDER BY q.role, q.id
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return rows.map(toQuestion);
  }

  /** Which of these normalised texts already exist for the organization (or the shared bank). */
  async function existingTextKeys(keys: string[], organizationId: string | null): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const { rows } = await db.query<{ text_key: string }>(
      `SELECT text_key FROM interview_questions
       WHERE text_key = ANY($1::text[]) AND (organization_id IS NULL OR organization_id = $2::uuid)`,
      [keys, organizationId],
    );
    return new Set(rows.map((r) => r.text_key));
  }

  /** Every question of every organization except these ids (re-embedding after a change of embedder). */
  async function listAllExcept(ids: string[]): Promise<InterviewQuestion[]> {
    const { rows } = await db.query<Row>(
      `SELECT ${COLUMNS} FROM interview_questions q WHERE NOT (q.id = ANY($1::text[])) ORDER BY q.id`,
      [ids],
    );
    return rows.map(toQuestion);
  }

  async function count(filters: QuestionFilters = {}): Promise<number> {
    const params: unknown[] = [];
    const where = filterSql(filters, params);
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM interview_questions q WHERE ${where}`,
      params,
    );
    return rows[0]?.n ?? 0;
  }

  /** Kind of an organization ("personal", "career_center", "company"): who may import into it. */
  async function organizationKind(organizationId: string): Promise<string | undefined> {
    const { rows } = await db.query<{ kind: string }>("SELECT kind FROM organizations WHERE id = $1", [
      organizationId,
    ]);
    return rows[0]?.kind;
  }

  /** The result of the person's latest analysis (its gaps drive "questions for my gaps"). */
  async function latestAnalysisResult(userId: string): Promise<unknown> {
    const { rows } = await db.query<{ result: unknown }>(
      "SELECT result FROM analyses WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1",
      [userId],
    );
    return rows[0]?.result;
  }

  return {
    upsert,
    saveImported,
    refreshTermStats,
    get,
    getMany,
    candidates,
    listBySkills,
    list,
    listAllExcept,
    existingTextKeys,
    count,
    organizationKind,
    latestAnalysisResult,
  };
}

export type QuestionsRepository = ReturnType<typeof createQuestionsRepository>;
