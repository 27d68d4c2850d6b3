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
  // One pass over the table (this runs on every start).
  const { rows } = await db.query<{ stale: number; total: number }>(
    `SELECT count(*) FILTER (WHERE taxonomy_version <> $1)::int AS stale, count(*)::int AS total FROM skills`,
    [version],
  );
  if (rows[0]!.stale === 0 && rows[0]!.total > 0) return { written: 0, version };
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

export interface SkillRow {
  id: string;
  name: string;
  category: string;
  type: string;
}

export interface SkillSearch {
  /** Free text matched against names; empty lists everything. */
  text: string;
  /** A taxonomy id the text is known to mean (an alias such as "k8s"): ranked first. */
  exactId?: string;
  category?: string;
  type?: string;
  limit: number;
  offset: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One page of the skills table, best matches first, with per-category counts for the same search. */
export async function searchSkillsTable(
  db: Queryable,
  search: SkillSearch,
): Promise<{ items: SkillRow[]; total: number; categories: { category: string; count: number }[] }> {
  const pattern = escapeLike(search.text.trim());
  const where = `($1 = '' OR name ILIKE '%' || $1 || '%' OR id = $2)`;
  const [page, facets] = await Promise.all([
    db.query<SkillRow & { total: number }>(
      `SELECT id, name, category, type, count(*) OVER ()::int AS total FROM skills
       WHERE ${where} AND ($3::text IS NULL OR category = $3) AND ($4::text IS NULL OR type = $4)
       ORDER BY (id = $2) DESC, (lower(name) = lower($1)) DESC, (name ILIKE $1 || '%') DESC, length(name), name
       LIMIT $5 OFFSET $6`,
      [
        pattern,
        search.exactId ?? "",
        search.category ?? null,
        search.type ?? null,
        search.limit,
        search.offset,
      ],
    ),
    db.query<{ category: string; count: number }>(
      `SELECT category, count(*)::int AS count FROM skills
       WHERE ${where} AND ($3::text IS NULL OR type = $3) GROUP BY category ORDER BY count DESC, category`,
      [pattern, search.exactId ?? "", search.type ?? null],
    ),
  ]);
  return {
    items: page.rows.map(({ total: _t, ...row }) => row),
    total: page.rows[0]?.total ?? 0,
    categories: facets.rows,
  };
}
