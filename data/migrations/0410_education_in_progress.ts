/**
 * An education entry still being studied for ("a sophomore studying biology", "final year of a
 * BSc in nursing", a resume's "expected 2027"): kept as in progress, its end the expected one, so
 * the fit never counts a degree not held yet (tools/gap reads `inProgress`). The flag was read
 * from resumes but dropped when stored.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE education ADD COLUMN IF NOT EXISTS in_progress boolean`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE education DROP COLUMN IF EXISTS in_progress`.execute(db);
}
