/**
 * Accounts (email + password hash), login sessions and their refresh tokens (migration
 * 0800). Tokens are stored as SHA-256 hashes: a copy of the table lets nobody log in.
 * The rules (hashing, lockout, rotation, reuse) live in tools/accounts; this layer only
 * reads and writes, each statement scoped to one user or one token.
 */
import { randomBytes } from "node:crypto";
import type { Queryable } from "../db/types.ts";
import { isUuid } from "./users.ts";

export interface AccountRow {
  userId: string;
  email: string;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: Date | null;
  createdAt: string;
}

export interface RefreshTokenRow {
  sessionId: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
  sessionRevoked: boolean;
}

const ACCOUNT = `user_id AS "userId", email, password_hash AS "passwordHash", failed_logins AS "failedLogins",
  locked_until AS "lockedUntil", created_at::text AS "createdAt"`;

export function createAccountsRepository(db: Queryable) {
  return {
    /** Server-wide signing secret, created once and shared by every instance on this database. */
    async signingSecret(): Promise<string> {
      await db.query(
        "INSERT INTO web_secrets (name, value) VALUES ('accounts', $1) ON CONFLICT (name) DO NOTHING",
        [randomBytes(32).toString("base64url")],
      );
      const { rows } = await db.query<{ value: string }>(
        "SELECT value FROM web_secrets WHERE name = 'accounts'",
      );
      return rows[0]!.value;
    },

    /** False when the email is taken (case-insensitively). */
    async insert(userId: string, email: string, passwordHash: string): Promise<boolean> {
      const { rowCount } = await db.query(
        `INSERT INTO accounts (user_id, email, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [userId, email, passwordHash],
      );
      return rowCount === 1;
    },

    async byEmail(email: string): Promise<AccountRow | undefined> {
      const { rows } = await db.query<AccountRow>(
        `SELECT ${ACCOUNT} FROM accounts WHERE lower(email) = lower($1)`,
        [email],
      );
      return rows[0];
    },

    async byUser(userId: string): Promise<AccountRow | undefined> {
      if (!isUuid(userId)) return undefined;
      const { rows } = await db.query<AccountRow>(`SELECT ${ACCOUNT} FROM accounts WHERE user_id = $1`, [
        userId,
      ]);
      return rows[0];
    },

    /** Counts one failed login; returns the new count so the caller can set a lock. */
    async recordFailure(userId: string): Promise<number> {
      const { rows } = await db.query<{ n: number }>(
        `UPDATE accounts SET failed_logins = failed_logins + 1, updated_at = now() WHERE user_id = $1
         RETURNING failed_logins AS n`,
        [userId],
      );
      return rows[0]?.n ?? 0;
    },

    async lockUntil(userId: string, until: Date): Promise<void> {
      await db.query(`UPDATE accounts SET locked_until = $2 WHERE user_id = $1`, [userId, until]);
    },

    async recordSuccess(userId: string): Promise<void> {
      await db.query(
        `UPDATE accounts SET failed_logins = 0, locked_until = NULL, updated_at = now()
         WHERE user_id = $1 AND (failed_logins <> 0 OR locked_until IS NOT NULL)`,
        [userId],
      );
    },

    async createSession(userId: string, userAgent: string | undefined): Promise<string> {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO auth_sessions (user_id, user_agent) VALUES ($1, $2) RETURNING id`,
        [userId, userAgent?.slice(0, 300) ?? null],
      );
      return rows[0]!.id;
    },

    /** True while the session exists and has not been revoked (logout, reuse, deletion). */
    async sessionActive(userId: string, sessionId: string): Promise<boolean> {
      if (!isUuid(sessionId) || !isUuid(userId)) return false;
      const { rows } = await db.query(
        `SELECT 1 FROM auth_sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
        [sessionId, userId],
      );
      return rows.length === 1;
    },

    async revokeSession(userId: string, sessionId: string, reason: string): Promise<boolean> {
      if (!isUuid(sessionId)) return false;
      const { rowCount } = await db.query(
        `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $3
         WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
        [sessionId, userId, reason],
      );
      return rowCount === 1;
    },

    async revokeAllSessions(userId: string, reason: string): Promise<number> {
      const { rowCount } = await db.query(
        `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
        [userId, reason],
      );
      return rowCount;
    },

    async saveRefreshToken(
      tokenHash: string,
      sessionId: string,
      userId: string,
      expiresAt: Date,
    ): Promise<void> {
      await db.query(
        `INSERT INTO refresh_tokens (token_hash, session_id, user_id, expires_at) VALUES ($1, $2, $3, $4)`,
        [tokenHash, sessionId, userId, expiresAt],
      );
      await db.query(`UPDATE auth_sessions SET last_used_at = now() WHERE id = $1`, [sessionId]);
    },

    async findRefreshToken(tokenHash: string): Promise<RefreshTokenRow | undefined> {
      const { rows } = await db.query<RefreshTokenRow>(
        `SELECT t.session_id AS "sessionId", t.user_id AS "userId", t.expires_at AS "expiresAt",
                t.used_at AS "usedAt", s.revoked_at IS NOT NULL AS "sessionRevoked"
         FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id WHERE t.token_hash = $1`,
        [tokenHash],
      );
      return rows[0];
    },

    /** Marks a refresh token spent; false when it already was (a second use: reuse). */
    async spendRefreshToken(tokenHash: string): Promise<boolean> {
      const { rowCount } = await db.query(
        `UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL`,
        [tokenHash],
      );
      return rowCount === 1;
    },

    /** Records a one-time link token as used; false when it was used before. */
    async spendLinkToken(jti: string, userId: string, expiresAt: Date): Promise<boolean> {
      const { rowCount } = await db.query(
        `INSERT INTO spent_link_tokens (jti, user_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [jti, userId, expiresAt],
      );
      await db.query(`DELETE FROM spent_link_tokens WHERE expires_at < now() - interval '1 day'`);
      return rowCount === 1;
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
