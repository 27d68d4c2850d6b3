/**
 * Files offered to a person in Teams, waiting for their consent (migration 0750). An
 * offer is taken at most once: `take` deletes the row it returns, so an answer pressed
 * twice, or on two instances at once, uploads the file once. Expired offers are purged
 * whenever offers are written or taken.
 */
import type { Queryable } from "../db/types.ts";
import { isUuid } from "./users.ts";

export interface FileOffer {
  id: string;
  /** The channel identity the file is for (tenant:Entra object id). */
  externalId: string;
  conversationId: string;
  filename: string;
  mimeType: string;
  content: Uint8Array;
}

export type TakenOffer =
  | { outcome: "taken"; offer: FileOffer }
  /** No such offer: answered already, expired (and purged), or never made. */
  | { outcome: "missing" }
  /** The offer exists but was made to someone else; it stays pending for them. */
  | { outcome: "not-yours" };

export function createTeamsFileOffersRepository(db: Queryable) {
  const purgeExpired = () => db.query(`DELETE FROM teams_file_offers WHERE expires_at <= now()`);
  return {
    /** Stores an offer; the identity must exist (the person's turn created it). */
    async offer(offer: Omit<FileOffer, "id"> & { id: string; ttlMs: number }): Promise<void> {
      await purgeExpired();
      await db.query(
        `INSERT INTO teams_file_offers (id, external_id, conversation_id, filename, mime_type, content, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7::double precision))`,
        [
          offer.id,
          offer.externalId,
          offer.conversationId,
          offer.filename,
          offer.mimeType,
          Buffer.from(offer.content),
          offer.ttlMs / 1000,
        ],
      );
    },

    /** The offer `id` for `externalId`, removed so it cannot be answered again. */
    async take(id: string, externalId: string): Promise<TakenOffer> {
      await purgeExpired();
      if (!isUuid(id)) return { outcome: "missing" };
      const { rows } = await db.query<{
        id: string;
        externalId: string;
        conversationId: string;
        filename: string;
        mimeType: string;
        content: Buffer;
      }>(
        `DELETE FROM teams_file_offers WHERE id = $1 AND external_id = $2
         RETURNING id, external_id AS "externalId", conversation_id AS "conversationId",
                   filename, mime_type AS "mimeType", content`,
        [id, externalId],
      );
      const row = rows[0];
      if (row) return { outcome: "taken", offer: { ...row, content: new Uint8Array(row.content) } };
      const other = await db.query(`SELECT 1 FROM teams_file_offers WHERE id = $1`, [id]);
      return other.rows.length ? { outcome: "not-yours" } : { outcome: "missing" };
    },

    /** Drops an offer whose card never reached the person. */
    async withdraw(id: string): Promise<void> {
      await db.query(`DELETE FROM teams_file_offers WHERE id = $1`, [id]);
    },

    /** How many offers are waiting for this person (tests; an admin's look). */
    async pending(externalId: string): Promise<number> {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM teams_file_offers WHERE external_id = $1 AND expires_at > now()`,
        [externalId],
      );
      return rows[0]?.n ?? 0;
    },
  };
}

export type TeamsFileOffersRepository = ReturnType<typeof createTeamsFileOffersRepository>;
