/**
 * Mirrors the shipped taxonomy into the skills table so SQL (staff reports, joins on
 * user_skills) can name skills. Runs at start-up and only writes when the taxonomy file
 * changed: the version is a hash of its contents.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Queryable } from "../db/types.ts";
import { getTaxonomy, TAXONOMY_FILE } from "../taxonomy/index.ts";

let cachedVersion: string | undefined;
export function taxonomyVersion(): string {
  cachedVersion ??= createHash("sha1").update(readFileSync(TAXONOMY_FILE)).digest("hex").slice(0, 16);
  return cachedVersion;
}

export async function syncSkillsTable(db: Queryable): Promise<{ written: number; version: string }> {
  const version = taxonomyVersion();
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM skills WHERE taxonomy_version <> $1`,
    [version],
  );
  const { rows: total } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM skills`);
  if (rows[0]!.n === 0 && total[0]!.n > 0) return { written: 0, version };
  const skills = getTaxonomy().all();
  await db.query(
    `INSERT INTO skills (id, name, category, type, taxonomy_version)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, category = EXCLUDED.category, type = EXCLUDED.type,
       taxonomy_version = EXCLUDED.taxonomy_version`,
    [
      skills.map((s) => s.id),
      skills.map((s) => s.name),
      skills.map((s) => s.category),
      skills.map((s) => s.type),
      skills.map(() => version),
    ],
  );
  // Skills dropped from the taxonomy leave the table (user_skills keeps its own name copy).
  await db.query(`DELETE FROM skills WHERE taxonomy_version <> $1`, [version]);
  return { written: skills.length, version };
}
