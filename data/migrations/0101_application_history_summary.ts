/**
 * Keeps two facts of each application's history on the application row: the furthest
 * pipeline stage reached and when the company first answered (undone changes ignored),
 * plus the source in the normalised form analytics group by.
 * Analytics then read one row per application instead of grouping every history event;
 * a trigger maintains them, so every write path (the app, imports, fixtures) agrees.
 */
import { type Kysely, sql } from "kysely";

const PIPELINE =
  "ARRAY['saved','applied','phone_screen','technical_interview','final_interview','offer','accepted']";
const ANSWERS = "('phone_screen','technical_interview','final_interview','offer','accepted','rejected')";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
    ALTER TABLE applications
      ADD COLUMN furthest_rank smallint,
      ADD COLUMN first_response_at timestamptz,
      -- "LinkedIn", " linkedin " and "Linked  In"-style variants group together in analytics.
      ADD COLUMN source_key text GENERATED ALWAYS AS
        (nullif(lower(regexp_replace(btrim(source), '\\s+', ' ', 'g')), '')) STORED;

    CREATE FUNCTION applications_refresh_history() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      UPDATE applications a
         SET furthest_rank = h.furthest, first_response_at = h.first_answer
        FROM (SELECT max(array_position(${PIPELINE}, to_status)) AS furthest,
                     min(at) FILTER (WHERE to_status IN ${ANSWERS}) AS first_answer
                FROM application_status_events
               WHERE application_id = NEW.application_id AND undone_at IS NULL) h
       WHERE a.id = NEW.application_id;
      RETURN NULL;
    END
    $fn$;

    CREATE TRIGGER application_events_refresh_history
      AFTER INSERT OR UPDATE OF to_status, at, undone_at ON application_status_events
      FOR EACH ROW EXECUTE FUNCTION applications_refresh_history();

    UPDATE applications a
       SET furthest_rank = h.furthest, first_response_at = h.first_answer
      FROM (SELECT application_id,
                   max(array_position(${PIPELINE}, to_status)) AS furthest,
                   min(at) FILTER (WHERE to_status IN ${ANSWERS}) AS first_answer
              FROM application_status_events
             WHERE undone_at IS NULL
             GROUP BY application_id) h
     WHERE a.id = h.application_id;
  `)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS application_events_refresh_history ON application_status_events;
    DROP FUNCTION IF EXISTS applications_refresh_history();
    ALTER TABLE applications DROP COLUMN IF EXISTS furthest_rank, DROP COLUMN IF EXISTS first_response_at,
      DROP COLUMN IF EXISTS source_key;
  `.execute(db);
}
