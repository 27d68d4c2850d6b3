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

const COLUMNS = "q.id, q.organization_id, q.role, q.type, q.difficulty, q.question, q.key_points, q.skills, q.source";

export function toVectorLiteral(v: readonly number[]): string {
  return `[${v.map((x) => (Number.isFinite(x) ? Number(x.toFixed(6)) : 0)).join(",")}]`;
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
  if (filters.organizationId) where.push(`(${alias}.organization_id IS NULL OR ${alias}.organization_id = ${add(filters.organizationId)})`);
  else where.push(`${alias}.organization_id IS NULL`);
  if (filters.role) where.push(`${alias}.role = ${add(filters.role)}`);
  if (filters.skill) where.push(`${alias}.skills @> ARRAY[${add(filters.skill)}]::text[]`);
  if (filters.difficulty) where.push(`${alias}.difficulty = ${add(filters.difficulty)}`);
  if (filters.type) where.push(`${alias}.type = ${add(filters.type)}`);
  return where.join(" AND ");
}

export function createQuestionsRepository(db: Queryable) {
  /** Inserts or updates questions with their vectors; returns how many rows changed. */
  async function upsert(questions: InterviewQuestion[], vectors: number[][], embedderId: string): Promise<number> {
    let changed = 0;
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i]!;
      const result = await db.query(
        `INSERT INTO interview_questions
           (id, organization_id, role, type, difficulty, question, key_points, skills, source, embedding, embedder,
            text_key, search_tsv)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::text[], $9, $10::vector, $11, $12,
            setweight(to_tsvector('english', $6), 'A') ||
            setweight(to_tsvector('english', $3 || ' ' || array_to_string($8::text[], ' ')), 'B') ||
            setweight(to_tsvector('english', $13), 'C'))
         ON CONFLICT (id) DO UPDATE SET
           role = EXCLUDED.role, type = EXCLUDED.type, difficulty = EXCLUDED.difficulty,
           question = EXCLUDED.question, key_points = EXCLUDED.key_points, skills = EXCLUDED.skills,
           source = EXCLUDED.source, embedding = EXCLUDED.embedding, embedder = EXCLUDED.embedder,
           text_key = EXCLUDED.text_key, search_tsv = EXCLUDED.search_tsv`,
        [
          q.id,
          q.organizationId,
          q.role,
          q.type,
          q.difficulty,
          q.text,
          JSON.stringify(q.keyPoints),
          q.skills,
          q.source,
          toVectorLiteral(vectors[i]!),
          embedderId,
          questionTextKey(q.text),
          q.keyPoints.join(" "),
        ],
      );
      changed += result.rowCount;
    }
    return changed;
  }

  async function get(id: string, organizationId?: string | null): Promise<InterviewQuestion | undefined> {
    const params: unknown[] = [id];
    const where = filterSql({ organizationId }, params);
    const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM interview_questions q WHERE q.id = $1 AND ${where}`, params);
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
    const vectorParam = query.vector ? (params.push(toVectorLiteral(query.vector)), `$${params.length}::vector`) : null;
    const tsParam = query.tsquery ? (params.push(query.tsquery), `to_tsquery('english', $${params.length})`) : null;
    const tagParam = query.tags?.length ? (params.push(query.tags), `$${params.length}::text[]`) : null;
    params.push(query.perPart);
    const limit = `$${params.length}`;
    const parts: string[] = [];
    if (vectorParam) {
      parts.push(`(SELECT q.id FROM interview_questions q WHERE ${where} AND q.embedding IS NOT NULL
        ORDER BY q.embedding <=> ${vectorParam} LIMIT ${limit})`);
    }
    if (tsParam) {
      parts.push(`(SELECT q.id FROM interview_questions q WHERE ${where} AND q.search_tsv @@ ${tsParam}
        ORDER BY ts_rank(q.search_tsv, ${tsParam}, 1) DESC LIMIT ${limit})`);
    }
    if (tagParam) {
      parts.push(`(SELECT q.id FROM interview_questions q WHERE ${where} AND q.skills && ${tagParam} LIMIT ${limit})`);
    }
    if (parts.length === 0) return [];
    const { rows } = await db.query<Row>(
      `SELECT ${COLUMNS},
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

  /** Questions tagged with any of the skills (for "questions for my gaps"). */
  async function listBySkills(skills: string[], filters: QuestionFilters, limit: number): Promise<InterviewQuestion[]> {
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
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM interview_questions q WHERE ${where}`, params);
    return rows[0]?.n ?? 0;
  }

  return { upsert, get, getMany, candidates, listBySkills, list, listAllExcept, existingTextKeys, count };
}

export type QuestionsRepository = ReturnType<typeof createQuestionsRepository>;
