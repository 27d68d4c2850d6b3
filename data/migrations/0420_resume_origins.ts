/**
 * Which resume each profile entry and skill came from, so "delete my resume" can take away
 * what came only from that resume and nothing else. Entries carried only `source = 'resume'`,
 * never which resume: forgetting one of two resumes could not tell its jobs from the other's.
 *
 * One row per (resume, entry or skill); an entry two resumes both list has two rows, and
 * deleting the resume row deletes its rows (ON DELETE CASCADE). `item_id` is the entry's uuid
 * or the skill's taxonomy id.
 *
 * Back-fill: a person with exactly one resume had every `source = 'resume'` entry and skill
 * from it. With several resumes the old rows cannot be told apart; they stay unlinked and
 * forgetting a resume keeps them (said in its preview) rather than guess.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS resume_origins (
      resume_id uuid NOT NULL REFERENCES resumes(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('education','experience','projects','certifications','skills')),
      item_id text NOT NULL,
      PRIMARY KEY (resume_id, kind, item_id)
    );
    CREATE INDEX IF NOT EXISTS resume_origins_item ON resume_origins(user_id, kind, item_id);
  `.execute(db);
  for (const kind of ["education", "experience", "projects", "certifications"]) {
    await sql`
      INSERT INTO resume_origins (resume_id, user_id, kind, item_id)
      SELECT r.id, e.user_id, ${kind}, e.id::text
      FROM ${sql.table(kind)} e
      JOIN resumes r ON r.user_id = e.user_id
      WHERE e.source = 'resume'
        AND (SELECT count(*) FROM resumes x WHERE x.user_id = e.user_id) = 1
      ON CONFLICT DO NOTHING
    `.execute(db);
  }
  await sql`
    INSERT INTO resume_origins (resume_id, user_id, kind, item_id)
    SELECT r.id, s.user_id, 'skills', s.skill_id
    FROM user_skills s
    JOIN resumes r ON r.user_id = s.user_id
    WHERE s.source = 'resume'
      AND (SELECT count(*) FROM resumes x WHERE x.user_id = s.user_id) = 1
    ON CONFLICT DO NOTHING
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS resume_origins`.execute(db);
}
