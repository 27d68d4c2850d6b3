/**
 * The analytics counts for one person, computed inside the database and returned as one
 * JSON row: moving a thousand rows through the embedded driver costs far more than
 * counting them where they are. tools/applications/aggregate.ts holds the same
 * definitions in TypeScript, and tests keep the two in agreement.
 */
import type { Db, Queryable } from "../db/types.ts";
import { type ApplicationAggregates, PIPELINE_STATUSES, RESPONSE_STATUSES } from "./application-records.ts";

// $1 user, $2 pipeline order, $3 statuses that mean an answer, $4 time zone,
// $5 today, $6 follow-up window in days.
const AGGREGATES_SQL = `
WITH facts AS (
  SELECT a.status, a.applied_on, a.source_key AS source,
         -- furthest_rank and first_response_at are kept up to date from the history by a trigger.
         greatest(a.furthest_rank, array_position($2::text[], a.status)) AS furthest,
         a.first_response_at,
         an.readiness, an.verdict
  FROM applications a
  LEFT JOIN analyses an ON an.id = a.analysis_id AND an.user_id = a.user_id
  WHERE a.user_id = $1
), sent AS (
  SELECT *, (first_response_at IS NOT NULL OR status = ANY($3::text[])) AS responded
  FROM facts WHERE applied_on IS NOT NULL
), totals AS (
  SELECT count(*) AS submitted,
         count(*) FILTER (WHERE responded) AS responded,
         count(*) FILTER (WHERE first_response_at IS NULL AND status = 'applied'
                            AND $5::date - applied_on < $6::int) AS awaiting,
         json_build_array(
           count(*) FILTER (WHERE furthest >= 1), count(*) FILTER (WHERE furthest >= 2),
           count(*) FILTER (WHERE furthest >= 3), count(*) FILTER (WHERE furthest >= 4),
           count(*) FILTER (WHERE furthest >= 5), count(*) FILTER (WHERE furthest >= 6),
           count(*) FILTER (WHERE furthest >= 7)) AS reached
  FROM sent
), by_status AS (
  SELECT status, count(*) AS n FROM facts GROUP BY status
)
SELECT EXISTS (SELECT 1 FROM users WHERE id = $1) AS user_exists, json_build_object(
  'total', (SELECT coalesce(sum(n), 0) FROM by_status),
  'countsByStatus', (SELECT coalesce(json_object_agg(status, n), '{}') FROM by_status),
  'submitted', totals.submitted,
  'responded', totals.responded,
  'awaiting', totals.awaiting,
  'reachedByStage', totals.reached,
  'responseDays', (SELECT coalesce(json_agg(json_build_array(days, n) ORDER BY days), '[]')
                   FROM (SELECT greatest(0, (first_response_at AT TIME ZONE $4)::date - applied_on) AS days,
                                count(*) AS n
                         FROM sent WHERE first_response_at IS NOT NULL GROUP BY 1) d),
  'weeks', (SELECT coalesce(json_agg(json_build_array(week, n) ORDER BY week), '[]')
            FROM (SELECT date_trunc('week', applied_on)::date::text AS week, count(*) AS n
                  FROM sent GROUP BY 1) w),
  'groups', (SELECT coalesce(json_agg(json_build_object(
                'factor', factor, 'label', label, 'submitted', n, 'responded', r)), '[]')
             FROM (
               SELECT 'analysis_readiness' AS factor,
                      CASE WHEN readiness IS NULL THEN 'no analysis linked'
                           WHEN readiness >= 70 THEN 'readiness 70+'
                           WHEN readiness >= 50 THEN 'readiness 50-69'
                           ELSE 'readiness under 50' END AS label,
                      count(*) AS n, count(*) FILTER (WHERE responded) AS r
               FROM sent GROUP BY 2
               UNION ALL
               SELECT 'analysis_verdict', coalesce('analysed ' || verdict, 'no analysis linked'),
                      count(*), count(*) FILTER (WHERE responded)
               FROM sent GROUP BY 2
               UNION ALL
               SELECT 'source', source, count(*), count(*) FILTER (WHERE responded)
               FROM sent GROUP BY 2
             ) g)
) AS aggregates
FROM totals`;

export interface AggregateQuery {
  today: string;
  followUpDays: number;
  timeZone: string;
}

/** The counts, or null when there is no such user (checked in the same round trip). */
export async function queryApplicationAggregates(
  db: Queryable,
  userId: string,
  query: AggregateQuery,
): Promise<ApplicationAggregates | null> {
  const params = [
    userId,
    PIPELINE_STATUSES,
    RESPONSE_STATUSES,
    query.timeZone,
    query.today,
    query.followUpDays,
  ];
  type Row = { user_exists: boolean; aggregates: ApplicationAggregates | string };
  // A named statement is planned once per connection, which saves about a quarter of the
  // work on every later call; inside a transaction there is no pool, so it is planned anew.
  const rows =
    "pool" in db
      ? (
          await (db as Db).pool.query<Row>({
            name: "careercraft_application_aggregates",
            text: AGGREGATES_SQL,
            values: params,
          })
        ).rows
      : (await db.query<Row>(AGGREGATES_SQL, params)).rows;
  if (!rows[0].user_exists) return null;
  const raw = rows[0].aggregates;
  // node-postgres parses json; other drivers may hand over the text.
  return typeof raw === "string" ? (JSON.parse(raw) as ApplicationAggregates) : raw;
}
