/**
 * Users, organizations and the channel identities that map to them. A person reaching
 * us from a new channel gets a new user; linking identities is an explicit step.
 */

import type { Queryable } from "../db/types.ts";
import { CareerCraftError } from "../errors.ts";

export interface User {
  id: string;
  organizationId: string;
  role: "student" | "advisor" | "admin";
  displayName: string | null;
  lastChannel: string | null;
  lastThreadId: string | null;
  createdAt: string;
}

export interface IdentityInput {
  channel: string;
  externalId: string;
  displayName?: string;
  organization?: string;
  verified?: boolean;
}

const USER_COLUMNS = `u.id, u.organization_id AS "organizationId", u.role, u.display_name AS "displayName",
  u.last_channel AS "lastChannel", u.last_thread_id AS "lastThreadId", u.created_at::text AS "createdAt"`;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID_RE.test(s);

export function createUsersRepository(db: Queryable) {
  async function ensureOrganization(
    slug: string,
    kind: "personal" | "career_center" = "career_center",
  ): Promise<string> {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO organizations (slug, name, kind) VALUES ($1, $1, $2)
       ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
      [slug, kind],
    );
    return rows[0]!.id;
  }

  async function createUser(input: { displayName?: string; organization?: string }): Promise<User> {
    const orgId = input.organization
      ? await ensureOrganization(input.organization)
      : await ensureOrganization(`personal-${crypto.randomUUID()}`, "personal");
    const { rows } = await db.query<User>(
      `INSERT INTO users AS u (organization_id, display_name) VALUES ($1, $2) RETURNING ${USER_COLUMNS}`,
      [orgId, input.displayName ?? null],
    );
    return rows[0]!;
  }

  async function getUser(userId: string): Promise<User | undefined> {
    if (!isUuid(userId)) return undefined;
    const { rows } = await db.query<User>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [userId]);
    return rows[0];
  }

  return {
    ensureOrganization,
    createUser,
    getUser,

    async requireUser(userId: string): Promise<User> {
      const user = await getUser(userId);
      if (!user) throw new CareerCraftError("not_found", `No user with id ${userId}.`);
      return user;
    },

    /** The user behind a channel identity, created on first contact. */
    async resolveIdentity(identity: IdentityInput): Promise<User> {
      const { rows } = await db.query<User>(
        `SELECT ${USER_COLUMNS} FROM channel_identities ci JOIN users u ON u.id = ci.user_id
         WHERE ci.channel = $1 AND ci.external_id = $2`,
        [identity.channel, identity.externalId],
      );
      if (rows[0]) {
        // Once a platform has vouched for an identity it stays verified.
        await db.query(
          `UPDATE channel_identities SET last_seen_at = now(), verified = verified OR $3
           WHERE channel = $1 AND external_id = $2`,
          [identity.channel, identity.externalId, identity.verified ?? false],
        );
        return rows[0];
      }
      const user = await createUser({
        displayName: identity.displayName,
        organization: identity.organization,
      });
      // Two first messages racing: the unique constraint picks one winner.
      const inserted = await db.query<{ user_id: string }>(
        `INSERT INTO channel_identities (user_id, channel, external_id, verified) VALUES ($1, $2, $3, $4)
         ON CONFLICT (channel, external_id) DO UPDATE SET last_seen_at = now() RETURNING user_id`,
        [user.id, identity.channel, identity.externalId, identity.verified ?? false],
      );
      const ownerId = inserted.rows[0]!.user_id;
      if (ownerId !== user.id) {
        await db.query(`DELETE FROM users WHERE id = $1`, [user.id]);
        return (await getUser(ownerId))!;
      }
      return user;
    },

    /** Explicit, verified link of another channel identity to an existing user. */
    async linkIdentity(userId: string, identity: IdentityInput): Promise<void> {
      const { rows } = await db.query<{ user_id: string }>(
        `SELECT user_id FROM channel_identities WHERE channel = $1 AND external_id = $2`,
        [identity.channel, identity.externalId],
      );
      if (rows[0] && rows[0].user_id !== userId) {
        throw new CareerCraftError(
          "conflict",
          "That account is already linked to a different CareerCraft user.",
        );
      }
      await db.query(
        `INSERT INTO channel_identities (user_id, channel, external_id, verified) VALUES ($1, $2, $3, true)
         ON CONFLICT (channel, external_id) DO NOTHING`,
        [userId, identity.channel, identity.externalId],
      );
    },

    async identitiesOf(
      userId: string,
    ): Promise<{ channel: string; externalId: string; lastSeenAt: string }[]> {
      const { rows } = await db.query<{ channel: string; externalId: string; lastSeenAt: string }>(
        `SELECT channel, external_id AS "externalId", last_seen_at::text AS "lastSeenAt"
         FROM channel_identities WHERE user_id = $1 ORDER BY last_seen_at DESC`,
        [userId],
      );
      return rows;
    },

    /** The user behind a channel identity, without creating one (an App Home opened by a stranger). */
    async userIdOf(channel: string, externalId: string): Promise<string | undefined> {
      const { rows } = await db.query<{ user_id: string }>(
        `SELECT user_id FROM channel_identities WHERE channel = $1 AND external_id = $2`,
        [channel, externalId],
      );
      return rows[0]?.user_id;
    },

    /** The time zone and locale the platform reported for this identity (reminders use the zone). */
    async setIdentitySettings(
      channel: string,
      externalId: string,
      settings: { timeZone?: string; locale?: string },
    ): Promise<void> {
      await db.query(
        `UPDATE channel_identities SET time_zone = COALESCE($3, time_zone), locale = COALESCE($4, locale)
         WHERE channel = $1 AND external_id = $2`,
        [channel, externalId, settings.timeZone ?? null, settings.locale ?? null],
      );
    },

    /** Remembered so reminders reach the person through the channel they last used. */
    async touchLastChannel(userId: string, channel: string, threadId: string): Promise<void> {
      await db.query(
        `UPDATE users SET last_channel = $2, last_thread_id = $3, updated_at = now() WHERE id = $1`,
        [userId, channel, threadId],
      );
    },

    /** Deletes the person and everything that belongs to them (cascades). */
    async deleteUser(userId: string): Promise<boolean> {
      const { rowCount } = await db.query(`DELETE FROM users WHERE id = $1`, [userId]);
      return rowCount > 0;
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
