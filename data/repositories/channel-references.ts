/**
 * Stored conversation references: per channel identity, the address a platform needs to
 * message the person again. A direct-message address always wins over one seen in a
 * shared channel (a reminder is private), so a later @mention never replaces it.
 */
import type { Queryable } from "../db/types.ts";

export interface StoredReference<R = unknown> {
  channel: string;
  externalId: string;
  reference: R;
  direct: boolean;
  updatedAt: string;
}

const COLUMNS = `r.channel, r.external_id AS "externalId", r.reference, r.direct, r.updated_at::text AS "updatedAt"`;

export function createChannelReferencesRepository(db: Queryable) {
  return {
    /** Needs the channel identity to exist (it is created by the person's first turn). */
    async remember<R>(channel: string, externalId: string, reference: R, direct: boolean): Promise<void> {
      await db.query(
        `INSERT INTO channel_references AS r (channel, external_id, reference, direct) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (channel, external_id) DO UPDATE
           SET reference = EXCLUDED.reference, direct = EXCLUDED.direct, updated_at = now()
           WHERE EXCLUDED.direct OR NOT r.direct`,
        [channel, externalId, JSON.stringify(reference), direct],
      );
    },

    /** The person's reference on one platform, the most recently used identity first. */
    async forUser<R>(userId: string, channel: string): Promise<StoredReference<R> | undefined> {
      const { rows } = await db.query<StoredReference<R>>(
        `SELECT ${COLUMNS} FROM channel_references r
         JOIN channel_identities ci ON ci.channel = r.channel AND ci.external_id = r.external_id
         WHERE ci.user_id = $1 AND r.channel = $2
         ORDER BY r.direct DESC, ci.last_seen_at DESC LIMIT 1`,
        [userId, channel],
      );
      return rows[0];
    },
  };
}

export type ChannelReferencesRepository = ReturnType<typeof createChannelReferencesRepository>;
