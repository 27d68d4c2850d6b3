/**
 * Accounts: register, log in, refresh, log out, and who is calling. Passwords are hashed
 * with argon2id (@node-rs/argon2, its default cost); an access token lives 15 minutes and
 * names a login session; a refresh token is good for one use and is replaced by a new one
 * each time (rotation). Presenting a spent refresh token means it was copied: every
 * session of that account is revoked. Repeated wrong passwords lock the account for a
 * time that doubles with each further failure.
 */
import { CareerCraftError } from "../../data/errors.ts";
import type { AccountsRepository } from "../../data/repositories/accounts.ts";
import type { User, UsersRepository } from "../../data/repositories/users.ts";
import { parseOrThrow } from "../profile/service.ts";
import { loginSchema, logoutSchema, refreshSchema, registerSchema } from "./schemas.ts";
import { hashToken, newRefreshToken, signAccessToken, verifyAccessToken } from "./tokens.ts";

/** The argon2 binding loads with the first password, not at start-up. */
const argon2 = () => import("@node-rs/argon2");
const hash = async (password: string) => (await argon2()).hash(password);
const verify = async (hashed: string, password: string) => (await argon2()).verify(hashed, password);

/** The identity an account has in the conversation core, so chat over the API is the same person. */
export const API_CHANNEL = "api";

export interface AccountSettings {
  accessTtlSeconds: number;
  refreshTtlDays: number;
  /** Wrong passwords in a row before the account locks. */
  lockoutThreshold: number;
  /** First lock; each further failure doubles it, up to lockoutMaxSeconds. */
  lockoutBaseSeconds: number;
  lockoutMaxSeconds: number;
}

export const DEFAULT_ACCOUNT_SETTINGS: AccountSettings = {
  accessTtlSeconds: 15 * 60,
  refreshTtlDays: 30,
  lockoutThreshold: 5,
  lockoutBaseSeconds: 60,
  lockoutMaxSeconds: 3600,
};

export interface AccountsDeps {
  accounts: AccountsRepository;
  users: UsersRepository;
  /** The JWT signing secret (config, else the one stored in the database). */
  secret(): Promise<string>;
  settings?: Partial<AccountSettings>;
  now?: () => Date;
}

export interface TokenPair {
  accessToken: string;
  tokenType: "Bearer";
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
}

export interface Caller {
  userId: string;
  sessionId: string;
}

const WRONG_CREDENTIALS = "The email or password is wrong.";

let dummyHash: Promise<string> | undefined;

export function createAccountsService(deps: AccountsDeps) {
  const settings = { ...DEFAULT_ACCOUNT_SETTINGS, ...deps.settings };
  const now = () => deps.now?.() ?? new Date();

  async function issueTokens(userId: string, sessionId: string): Promise<TokenPair> {
    const at = now();
    const refreshToken = newRefreshToken();
    const refreshExpires = new Date(at.getTime() + settings.refreshTtlDays * 86400_000);
    await deps.accounts.saveRefreshToken(hashToken(refreshToken), sessionId, userId, refreshExpires);
    return {
      accessToken: await signAccessToken(
        await deps.secret(),
        { userId, sessionId },
        settings.accessTtlSeconds,
        at,
      ),
      tokenType: "Bearer",
      expiresIn: settings.accessTtlSeconds,
      refreshToken,
      refreshExpiresAt: refreshExpires.toISOString(),
    };
  }

  async function startSession(userId: string, userAgent?: string): Promise<TokenPair> {
    return issueTokens(userId, await deps.accounts.createSession(userId, userAgent));
  }

  function lockedError(until: Date): CareerCraftError {
    const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now().getTime()) / 1000));
    return new CareerCraftError(
      "locked",
      `Too many wrong passwords: this account is locked for ${retryAfterSeconds} more seconds. Try again then, or reset your password.`,
      { details: { retryAfterSeconds } },
    );
  }

  return {
    settings,

    async register(
      input: unknown,
      meta: { userAgent?: string } = {},
    ): Promise<{ user: User; tokens: TokenPair }> {
      const { email, password, name } = parseOrThrow(registerSchema, input, "registration");
      if (await deps.accounts.byEmail(email))
        throw new CareerCraftError("conflict", "An account with that email already exists. Log in instead.");
      const passwordHash = await hash(password);
      const user = await deps.users.createUser({ displayName: name });
      if (!(await deps.accounts.insert(user.id, email, passwordHash))) {
        // Two registrations raced for one email: the unique index picked the other one.
        await deps.users.deleteUser(user.id);
        throw new CareerCraftError("conflict", "An account with that email already exists. Log in instead.");
      }
      await deps.users.linkIdentity(user.id, { channel: API_CHANNEL, externalId: user.id });
      return { user, tokens: await startSession(user.id, meta.userAgent) };
    },

    async login(
      input: unknown,
      meta: { userAgent?: string } = {},
    ): Promise<{ user: User; tokens: TokenPair }> {
      const { email, password } = parseOrThrow(loginSchema, input, "login");
      const account = await deps.accounts.byEmail(email);
      if (!account) {
        // Same work and the same answer as a wrong password: emails cannot be probed.
        dummyHash ??= hash("not a real password, only timing");
        await verify(await dummyHash, password).catch(() => false);
        throw new CareerCraftError("unauthorized", WRONG_CREDENTIALS);
      }
      if (account.lockedUntil && new Date(account.lockedUntil) > now())
        throw lockedError(new Date(account.lockedUntil));
      if (!(await verify(account.passwordHash, password).catch(() => false))) {
        const failures = await deps.accounts.recordFailure(account.userId);
        const over = failures - settings.lockoutThreshold;
        if (over >= 0) {
          const seconds = Math.min(settings.lockoutMaxSeconds, settings.lockoutBaseSeconds * 2 ** over);
          const until = new Date(now().getTime() + seconds * 1000);
          await deps.accounts.lockUntil(account.userId, until);
          throw lockedError(until);
        }
        throw new CareerCraftError("unauthorized", WRONG_CREDENTIALS);
      }
      await deps.accounts.recordSuccess(account.userId);
      const user = await deps.users.requireUser(account.userId);
      return { user, tokens: await startSession(user.id, meta.userAgent) };
    },

    /** Swaps a refresh token for a new pair; a token used twice revokes every session. */
    async refresh(input: unknown): Promise<TokenPair> {
      const { refreshToken } = parseOrThrow(refreshSchema, input, "refresh request");
      const tokenHash = hashToken(refreshToken);
      const row = await deps.accounts.findRefreshToken(tokenHash);
      if (!row) throw new CareerCraftError("unauthorized", "That refresh token is not valid. Log in again.");
      if (row.usedAt || !(await deps.accounts.spendRefreshToken(tokenHash))) {
        await deps.accounts.revokeAllSessions(row.userId, "refresh_token_reuse");
        throw new CareerCraftError(
          "unauthorized",
          "That refresh token was already used, so it may have been copied: every session of this account has been signed out. Log in again.",
        );
      }
      if (row.sessionRevoked)
        throw new CareerCraftError("unauthorized", "This session has been signed out. Log in again.");
      if (new Date(row.expiresAt) <= now())
        throw new CareerCraftError("unauthorized", "Your session has expired. Log in again.");
      return issueTokens(row.userId, row.sessionId);
    },

    /** Verifies an access token and that its session is still open (logout takes effect at once). */
    async authenticate(accessToken: string | undefined): Promise<Caller> {
      if (!accessToken)
        throw new CareerCraftError(
          "unauthorized",
          "This call needs an access token: send Authorization: Bearer <token> (from POST /api/users/login/).",
        );
      const claims = await verifyAccessToken(await deps.secret(), accessToken, now());
      if (!(await deps.accounts.sessionActive(claims.userId, claims.sessionId)))
        throw new CareerCraftError("unauthorized", "This session has been signed out. Log in again.");
      return claims;
    },

    async logout(caller: Caller, input: unknown = {}): Promise<{ sessionsEnded: number }> {
      const { everywhere } = parseOrThrow(logoutSchema, input ?? {}, "logout request");
      if (everywhere)
        return { sessionsEnded: await deps.accounts.revokeAllSessions(caller.userId, "logout_all") };
      const ended = await deps.accounts.revokeSession(caller.userId, caller.sessionId, "logout");
      return { sessionsEnded: ended ? 1 : 0 };
    },

    async profile(userId: string) {
      const [user, account, identities] = await Promise.all([
        deps.users.requireUser(userId),
        deps.accounts.byUser(userId),
        deps.users.identitiesOf(userId),
      ]);
      return {
        id: user.id,
        email: account?.email ?? null,
        displayName: user.displayName,
        role: user.role,
        organizationId: user.organizationId,
        createdAt: new Date(user.createdAt).toISOString(),
        linkedChannels: identities
          .filter((i) => i.channel !== API_CHANNEL)
          .map((i) => ({ channel: i.channel, lastSeenAt: new Date(i.lastSeenAt).toISOString() })),
      };
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
