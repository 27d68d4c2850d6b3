/**
 * Which resume each profile entry and skill came from (migration 0420). Written when a resume
 * is merged into the profile; read when one resume is forgotten, so only what came from it
 * alone goes. Every query is scoped by user id.
 */
import type { Queryable } from "../db/types.ts";

export type OriginKind = "education" | "experience" | "projects" | "certifications" | "skills";

export interface ResumeOrigin {
  kind: OriginKind;
  itemId: string;
  /** How many other resumes of the person list the same item. */
  otherResumes: number;
}

export function createResumeOriginsRepository(db: Queryable) {
  return {
    /** Records that these items came from that resume (again is a no-op). */
    async record(userId: string, resumeId: string, items: { kind: OriginKind; itemId: string }[]) {
      for (const { kind, itemId } of items)
        await db.query(
          `INSERT INTO resume_origins (resume_id, user_id, kind, item_id)
           SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM resumes WHERE id = $1 AND user_id = $2)
           ON CONFLICT DO NOTHING`,
          [resumeId, userId, kind, itemId],
        );
    },
    /** Every item linked to any resume of the person, as "kind:itemId". */
    async linkedItems(userId: string): Promise<Set<string>> {
      const { rows } = await db.query<{ key: string }>(
        `SELECT DISTINCT kind || ':' || item_id AS key FROM resume_origins WHERE user_id = $1`,
        [userId],
      );
      return new Set(rows.map((r) => r.key));
    },
    /** The items that resume brought, each with how many other resumes also list it. */
    async ofResume(userId: string, resumeId: string): Promise<ResumeOrigin[]> {
      const { rows } = await db.query<ResumeOrigin>(
        `SELECT o.kind, o.item_id AS "itemId",
                (SELECT count(*)::int FROM resume_origins x
                  WHERE x.user_id = o.user_id AND x.kind = o.kind AND x.item_id = o.item_id
                    AND x.resume_id <> o.resume_id) AS "otherResumes"
         FROM resume_origins o WHERE o.user_id = $1 AND o.resume_id = $2
         ORDER BY o.kind, o.item_id`,
        [userId, resumeId],
      );
      return rows;
    },
  };
}
