/** Uploaded resumes: the original bytes are kept beside the extracted text and parse. */
import type { Queryable } from "../db/types.ts";
import { CareerCraftError } from "../errors.ts";
import { isUuid } from "./users.ts";

export interface StoredResume {
  id: string;
  filename: string;
  mime: string;
  sizeBytes: number;
  status: "received" | "parsed" | "failed";
  error: string | null;
  createdAt: string;
}

const COLUMNS = `id, filename, mime, size_bytes AS "sizeBytes", status, error, created_at::text AS "createdAt"`;

export function createResumesRepository(db: Queryable) {
  return {
    async create(
      userId: string,
      input: { filename: string; mime: string; bytes: Uint8Array },
    ): Promise<StoredResume> {
      const { rows } = await db.query<StoredResume>(
        `INSERT INTO resumes (user_id, filename, mime, size_bytes, original) VALUES ($1,$2,$3,$4,$5) RETURNING ${COLUMNS}`,
        [userId, input.filename, input.mime, input.bytes.byteLength, Buffer.from(input.bytes)],
      );
      return rows[0]!;
    },
    async markParsed(userId: string, id: string, text: string, parsed: unknown): Promise<void> {
      await db.query(
        `UPDATE resumes SET status='parsed', text=$3, parsed=$4::jsonb, error=NULL WHERE id=$1 AND user_id=$2`,
        [id, userId, text, JSON.stringify(parsed)],
      );
    },
    async markFailed(userId: string, id: string, error: string): Promise<void> {
      await db.query(`UPDATE resumes SET status='failed', error=$3 WHERE id=$1 AND user_id=$2`, [
        id,
        userId,
        error,
      ]);
    },
    /** Whether a resume was read after that analysis ran (its gaps then predate the resume). */
    async parsedAfterAnalysis(userId: string, analysisId: string): Promise<boolean> {
      const { rows } = await db.query<{ newer: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM resumes r JOIN analyses a ON a.id=$2 AND a.user_id=$1
           WHERE r.user_id=$1 AND r.status='parsed' AND r.created_at > a.created_at) AS newer`,
        [userId, analysisId],
      );
      return rows[0]?.newer === true;
    },
    async list(userId: string): Promise<StoredResume[]> {
      const { rows } = await db.query<StoredResume>(
        `SELECT ${COLUMNS} FROM resumes WHERE user_id=$1 ORDER BY created_at DESC`,
        [userId],
      );
      return rows;
    },
    async get(userId: string, id: string): Promise<StoredResume & { text: string | null; parsed: unknown }> {
      if (!isUuid(id)) throw new CareerCraftError("not_found", `No resume with id ${id}.`);
      const { rows } = await db.query<StoredResume & { text: string | null; parsed: unknown }>(
        `SELECT ${COLUMNS}, text, parsed FROM resumes WHERE id=$1 AND user_id=$2`,
        [id, userId],
      );
      if (!rows[0]) throw new CareerCraftError("not_found", `No resume with id ${id}.`);
      return rows[0];
    },
    /** Deletes the resume row: its file, text and parse, and (cascading) its origin links. */
    async remove(userId: string, id: string): Promise<boolean> {
      if (!isUuid(id)) return false;
      const { rowCount } = await db.query(`DELETE FROM resumes WHERE id=$1 AND user_id=$2`, [id, userId]);
      return rowCount > 0;
    },
    async original(userId: string, id: string): Promise<Buffer> {
      if (!isUuid(id)) throw new CareerCraftError("not_found", `No resume with id ${id}.`);
      const { rows } = await db.query<{ original: Buffer }>(
        `SELECT original FROM resumes WHERE id=$1 AND user_id=$2`,
        [id, userId],
      );
      if (!rows[0]) throw new CareerCraftError("not_found", `No resume with id ${id}.`);
      return rows[0].original;
    },
  };
}

export type ResumesRepository = ReturnType<typeof createResumesRepository>;
