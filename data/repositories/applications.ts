/**
 * Applications and their status history. Every statement filters by user id, so a
 * wrong or foreign id behaves exactly like a missing one; callers turn "null" into a
 * not-found error. Status rules are not checked here (tools/applications does that).
 */
import type { Queryable } from "../db/types.ts";
import { type AggregateQuery, queryApplicationAggregates } from "./application-analytics.ts";
import type {
  ApplicationAggregates,
  ApplicationFacts,
  ApplicationFields,
  ApplicationRecord,
  ApplicationStatus,
  StatusEventRecord,
} from "./application-records.ts";
import { PIPELINE_STATUSES, RESPONSE_STATUSES } from "./application-records.ts";
import {
  type ApplicationRow,
  COLUMNS,
  EVENT_COLUMNS,
  type EventRow,
  type FactsRow,
  toEvent,
  toRecord,
} from "./application-rows.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids reach us from chat and the command line; a malformed one is simply not found. */
export const isUuid = (value: string): boolean => UUID.test(value);

export interface ListApplicationsQuery {
  statuses?: ApplicationStatus[];
  /** Case-insensitive match on company or position. */
  search?: string;
  limit: number;
  offset?: number;
}

export interface LinkedAnalysis {
  id: string;
  verdict: "FIT" | "UNFIT";
  readiness: number;
  createdAt: Date;
}

export class ApplicationsRepository {
  constructor(private readonly db: Queryable) {}

  async userExists(userId: string): Promise<boolean> {
    if (!isUuid(userId)) return false;
    const { rows } = await this.db.query("SELECT 1 FROM users WHERE id = $1", [userId]);
    return rows.length > 0;
  }

  async insert(
    userId: string,
    fields: ApplicationFields,
    status: ApplicationStatus,
  ): Promise<ApplicationRecord> {
    const { rows } = await this.db.query<ApplicationRow>(
      `INSERT INTO applications (user_id, company, position, location, salary, link, source, job_description,
         notes, applied_on, interview_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       RETURNING ${COLUMNS}`,
      [userId, ...fieldValues(fields), status],
    );
    return toRecord(rows[0]);
  }

  /** `forUpdate` locks the row so two status changes to one application run one after the other. */
  async get(
    userId: string,
    id: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<ApplicationRecord | null> {
    if (!isUuid(id) || !isUuid(userId)) return null;
    const { rows } = await this.db.query<ApplicationRow>(
      `SELECT ${COLUMNS} FROM applications WHERE id = $1 AND user_id = $2${options.forUpdate ? " FOR UPDATE" : ""}`,
      [id, userId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Several of one person's applications in one round trip (ids of others or unknown ids are left out). */
  async getMany(userId: string, ids: readonly string[]): Promise<ApplicationRecord[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (!isUuid(userId) || wanted.length === 0) return [];
    const { rows } = await this.db.query<ApplicationRow>(
      `SELECT ${COLUMNS} FROM applications WHERE user_id = $1 AND id = ANY($2::uuid[])`,
      [userId, wanted],
    );
    return rows.map(toRecord);
  }

  async list(
    userId: string,
    query: ListApplicationsQuery,
  ): Promise<{ items: ApplicationRecord[]; total: number }> {
    if (!isUuid(userId)) return { items: [], total: 0 };
    const where = ["user_id = $1"];
    const params: unknown[] = [userId];
    if (query.statuses && query.statuses.length > 0) {
      params.push(query.statuses);
      where.push(`status = ANY($${params.length}::text[])`);
    }
    if (query.search) {
      params.push(`%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(company ILIKE $${params.length} OR position ILIKE $${params.length})`);
    }
    const filter = where.join(" AND ");
    const countParams = [...params];
    params.push(query.limit, query.offset ?? 0);
    // The total rides along as a window count: one round trip for page and total.
    const { rows } = await this.db.query<ApplicationRow & { total_count: number }>(
      `SELECT ${COLUMNS}, count(*) OVER () AS total_count FROM applications WHERE ${filter}
       ORDER BY coalesce(applied_on, created_at::date) DESC, created_at DESC, id
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    if (rows.length > 0) return { items: rows.map(toRecord), total: Number(rows[0].total_count) };
    // A page past the end has no rows to carry the total.
    const total = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM applications WHERE ${filter}`,
      countParams,
    );
    return { items: [], total: total.rows[0]?.n ?? 0 };
  }

  async update(userId: string, id: string, fields: ApplicationFields): Promise<ApplicationRecord | null> {
    if (!isUuid(id) || !isUuid(userId)) return null;
    const { rows } = await this.db.query<ApplicationRow>(
      `UPDATE applications SET company = $3, position = $4, location = $5, salary = $6, link = $7, source = $8,
         job_description = $9, notes = $10, applied_on = $11, interview_at = $12, updated_at = now()
       WHERE id = $1 AND user_id = $2
       RETURNING ${COLUMNS}`,
      [id, userId, ...fieldValues(fields)],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Status plus the fields a status change may move with it (the applied day, the next interview). */
  async setStatus(
    userId: string,
    id: string,
    change: { status: ApplicationStatus; appliedOn: string | null; interviewAt: Date | null },
  ): Promise<ApplicationRecord | null> {
    const { rows } = await this.db.query<ApplicationRow>(
      `UPDATE applications SET status = $3, applied_on = $4, interview_at = $5, updated_at = now()
       WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, userId, change.status, change.appliedOn, change.interviewAt],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async setAnalysis(
    userId: string,
    id: string,
    analysisId: string | null,
  ): Promise<ApplicationRecord | null> {
    const { rows } = await this.db.query<ApplicationRow>(
      `UPDATE applications SET analysis_id = $3, updated_at = now()
       WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, userId, analysisId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    if (!isUuid(id) || !isUuid(userId)) return false;
    const { rowCount } = await this.db.query("DELETE FROM applications WHERE id = $1 AND user_id = $2", [
      id,
      userId,
    ]);
    return rowCount > 0;
  }

  /** The person's own analysis, or null when the id is unknown or belongs to someone else. */
  async findAnalysis(userId: string, analysisId: string): Promise<LinkedAnalysis | null> {
    if (!isUuid(analysisId) || !isUuid(userId)) return null;
    const { rows } = await this.db.query<{
      id: string;
      verdict: "FIT" | "UNFIT";
      readiness: number;
      created_at: Date;
    }>("SELECT id, verdict, readiness, created_at FROM analyses WHERE id = $1 AND user_id = $2", [
      analysisId,
      userId,
    ]);
    const r = rows[0];
    return r
      ? { id: r.id, verdict: r.verdict, readiness: Number(r.readiness), createdAt: new Date(r.created_at) }
      : null;
  }

  async insertEvent(
    userId: string,
    applicationId: string,
    from: ApplicationStatus | null,
    to: ApplicationStatus,
    note: string | null,
    at: Date,
    interviewBefore: Date | null = null,
  ): Promise<StatusEventRecord> {
    const { rows } = await this.db.query<EventRow>(
      `INSERT INTO application_status_events (application_id, user_id, from_status, to_status, note, at, interview_before)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${EVENT_COLUMNS}`,
      [applicationId, userId, from, to, note, at, interviewBefore],
    );
    return toEvent(rows[0]);
  }

  /** History oldest first, undone changes included (they are part of what happened). */
  async events(userId: string, applicationId: string): Promise<StatusEventRecord[]> {
    if (!isUuid(applicationId) || !isUuid(userId)) return [];
    const { rows } = await this.db.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM application_status_events
       WHERE application_id = $1 AND user_id = $2 ORDER BY at, seq`,
      [applicationId, userId],
    );
    return rows.map(toEvent);
  }

  async markEventUndone(userId: string, eventId: string, at: Date): Promise<void> {
    await this.db.query(
      "UPDATE application_status_events SET undone_at = $3 WHERE id = $1 AND user_id = $2 AND undone_at IS NULL",
      [eventId, userId, at],
    );
  }

  /** The analytics counts, computed in the database (see application-analytics.ts). */
  async aggregates(userId: string, query: AggregateQuery): Promise<ApplicationAggregates | null> {
    if (!isUuid(userId)) return null;
    return queryApplicationAggregates(this.db, userId, query);
  }

  /**
   * One row per application with what the analytics need. The furthest stage and the
   * first answer come from the history (undone changes ignored), so an application that
   * went to an interview and was then rejected still counts as interviewed. Days are
   * taken in the person's zone, like the applied day they typed.
   */
  async facts(userId: string, timeZone = "UTC"): Promise<ApplicationFacts[]> {
    if (!isUuid(userId)) return [];
    const { rows } = await this.db.query<FactsRow>(
      `WITH history AS (
         SELECT e.application_id,
                max(array_position($2::text[], e.to_status)) AS furthest_rank,
                min(e.at) FILTER (WHERE e.to_status = ANY($3::text[])) AS first_response_at
         FROM application_status_events e
         WHERE e.user_id = $1 AND e.undone_at IS NULL
         GROUP BY e.application_id
       )
       SELECT a.id, a.status, a.applied_on::text AS applied_on, a.source,
              greatest(h.furthest_rank, array_position($2::text[], a.status)) AS furthest_rank,
              (h.first_response_at AT TIME ZONE $4)::date::text AS first_response_on,
              an.readiness, an.verdict
       FROM applications a
       LEFT JOIN history h ON h.application_id = a.id
       LEFT JOIN analyses an ON an.id = a.analysis_id AND an.user_id = a.user_id
       WHERE a.user_id = $1`,
      [userId, PIPELINE_STATUSES, RESPONSE_STATUSES, timeZone],
    );
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      appliedOn: r.applied_on,
      source: r.source,
      furthestStatus: r.furthest_rank === null ? null : PIPELINE_STATUSES[Number(r.furthest_rank) - 1],
      firstResponseOn: r.first_response_on,
      analysisReadiness: r.readiness === null ? null : Number(r.readiness),
      analysisVerdict: r.verdict,
    }));
  }
}

/** The editable columns' values, in the order both the INSERT and the UPDATE name them. */
function fieldValues(f: ApplicationFields): unknown[] {
  return [
    f.company,
    f.position,
    f.location,
    f.salary,
    f.link,
    f.source,
    f.jobDescription,
    f.notes,
    f.appliedOn,
    f.interviewAt,
  ];
}
