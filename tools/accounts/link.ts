/**
 * One profile for every channel: a person chatting on Slack, Discord, Teams or the web
 * widget asks for a link; the channel hands them a signed, one-time, 15-minute token
 * naming that channel identity; presenting it with their account's access token links
 * the identity to the account. What they built up on that channel (profile, analyses,
 * applications...) moves to the account, whose own data wins where both have one.
 */
import type { Db } from "../../data/db/types.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { createAccountsRepository } from "../../data/repositories/accounts.ts";
import { moveUserData } from "../../data/repositories/user-merge.ts";
import { signLinkToken, verifyLinkToken } from "./tokens.ts";

export const LINK_TTL_SECONDS = 15 * 60;

export interface ChannelIdentityRef {
  channel: string;
  externalId: string;
}

export interface LinkDeps {
  db: Db;
  secret(): Promise<string>;
  now?: () => Date;
}

export async function createLinkToken(
  deps: LinkDeps,
  identity: ChannelIdentityRef,
): Promise<{ token: string; expiresAt: string }> {
  const now = deps.now?.() ?? new Date();
  const token = await signLinkToken(await deps.secret(), identity, LINK_TTL_SECONDS, now);
  return { token, expiresAt: new Date(now.getTime() + LINK_TTL_SECONDS * 1000).toISOString() };
}

export interface LinkResult {
  channel: string;
  /** Rows moved from the channel's own user, per table. */
  moved: Record<string, number>;
  alreadyLinked: boolean;
  /** The channel's own user that was folded into the account (caches must forget it). */
  previousUserId?: string;
}

/** The signing secret links and access tokens share: AUTH_SECRET, else one kept in the database. */
export function accountsSecret(db: Db, authSecret: string | undefined): () => Promise<string> {
  return async () => authSecret ?? createAccountsRepository(db).signingSecret();
}

export type ChatLinkResult =
  | { kind: "token"; channel: string; token: string; expiresAt: string; minutes: number }
  | { kind: "already_account" }
  | { kind: "no_identity"; channel: string };

/**
 * What a person asking "link my account" in a chat gets: a one-time token naming the
 * identity they are chatting from on `channel`, to send with their account's access token.
 * A person already talking through their account needs none.
 */
export async function linkTokenForChat(
  deps: LinkDeps,
  userId: string,
  channel: string,
): Promise<ChatLinkResult> {
  const { rows } = await deps.db.query<{ external_id: string }>(
    `SELECT external_id FROM channel_identities WHERE user_id = $1 AND channel = $2
     ORDER BY last_seen_at DESC NULLS LAST LIMIT 1`,
    [userId, channel],
  );
  const { rows: account } = await deps.db.query<{ yes: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM accounts WHERE user_id = $1) AS yes`,
    [userId],
  );
  if (account[0]?.yes && channel === "api") return { kind: "already_account" };
  const externalId = rows[0]?.external_id;
  if (!externalId) return { kind: "no_identity", channel };
  const { token, expiresAt } = await createLinkToken(deps, { channel, externalId });
  return { kind: "token", channel, token, expiresAt, minutes: LINK_TTL_SECONDS / 60 };
}

/** Spends a link token for `userId` (the account holder). */
export async function linkWithToken(deps: LinkDeps, userId: string, token: string): Promise<LinkResult> {
  const claims = await verifyLinkToken(await deps.secret(), token, deps.now?.() ?? new Date());
  return deps.db.transaction(async (tx) => {
    if (!(await createAccountsRepository(tx).spendLinkToken(claims.jti, userId, claims.expiresAt)))
      throw new CareerCraftError(
        "unauthorized",
        "That link was already used. Ask for a new one in the chat.",
      );
    return linkIdentityInTx(tx, userId, claims);
  });
}

/** Links an identity the caller has already proven (a verified widget session). */
export async function linkVerifiedIdentity(deps: LinkDeps, userId: string, identity: ChannelIdentityRef) {
  return deps.db.transaction((tx) => linkIdentityInTx(tx, userId, identity));
}

async function linkIdentityInTx(
  tx: Parameters<Parameters<Db["transaction"]>[0]>[0],
  userId: string,
  identity: ChannelIdentityRef,
): Promise<LinkResult> {
  const { rows } = await tx.query<{ user_id: string }>(
    `SELECT user_id FROM channel_identities WHERE channel = $1 AND external_id = $2 FOR UPDATE`,
    [identity.channel, identity.externalId],
  );
  const previous = rows[0]?.user_id;
  if (previous === userId) return { channel: identity.channel, moved: {}, alreadyLinked: true };
  if (previous) {
    const { rows: owned } = await tx.query<{ account: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM accounts WHERE user_id = $1) AS account`,
      [previous],
    );
    if (owned[0]?.account)
      throw new CareerCraftError(
        "conflict",
        "That chat identity belongs to another account. Unlink it there first.",
      );
  }
  const moved = previous ? await moveUserData(tx, previous, userId) : {};
  await tx.query(
    `INSERT INTO channel_identities (user_id, channel, external_id, verified) VALUES ($1, $2, $3, true)
     ON CONFLICT (channel, external_id) DO UPDATE SET user_id = EXCLUDED.user_id, verified = true, last_seen_at = now()`,
    [userId, identity.channel, identity.externalId],
  );
  // The channel's own user is left without identities: it was only ever that channel's
  // stand-in for this person, and everything it held has moved.
  if (previous)
    await tx.query(
      `DELETE FROM users u WHERE u.id = $1 AND NOT EXISTS (SELECT 1 FROM channel_identities WHERE user_id = u.id)`,
      [previous],
    );
  return {
    channel: identity.channel,
    moved,
    alreadyLinked: false,
    ...(previous ? { previousUserId: previous } : {}),
  };
}
