/**
 * The widget's session token. An anonymous visitor gets a random session id; a visitor
 * whose host site vouched for them (site-identity.ts) carries that site user instead.
 * The token is self-contained (HMAC-signed), so any app instance sharing the secret can
 * verify it without a session table.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Identity } from "../../../contract/conversation.ts";
import { CareerCraftError } from "../../../data/errors.ts";
import { signPayload, verifyPayload } from "./signing.ts";

export const ANONYMOUS_SESSION_DAYS = 180;
export const SITE_SESSION_HOURS = 12;

const sessionSchema = z.object({
  v: z.literal(1),
  sid: z.string().min(8).max(64),
  kind: z.enum(["anon", "site"]),
  sub: z.string().min(1).max(200).optional(),
  name: z.string().max(200).optional(),
  org: z.string().max(100).optional(),
  iat: z.number().int(),
  exp: z.number().int(),
});

export type WebSession = z.infer<typeof sessionSchema>;

export interface SiteUser {
  sub: string;
  name?: string;
  org?: string;
}

export function issueSession(
  secret: string,
  siteUser?: SiteUser,
  now = Date.now(),
): { token: string; session: WebSession } {
  const iat = Math.floor(now / 1000);
  const session: WebSession = siteUser
    ? { v: 1, sid: newId(), kind: "site", ...siteUser, iat, exp: iat + SITE_SESSION_HOURS * 3600 }
    : { v: 1, sid: newId(), kind: "anon", iat, exp: iat + ANONYMOUS_SESSION_DAYS * 86400 };
  return { token: signPayload(secret, session), session };
}

/** Throws 401 for a missing, forged, malformed or expired token; the message says what to do. */
export function verifySession(secret: string, token: string | undefined, now = Date.now()): WebSession {
  if (!token)
    throw unauthorized("This request needs a session. Reload the page to start a new chat session.");
  const parsed = sessionSchema.safeParse(verifyPayload(secret, token));
  if (!parsed.success)
    throw unauthorized("Your session is not valid. Reload the page to start a new chat session.");
  if (parsed.data.exp * 1000 <= now)
    throw unauthorized("Your session has expired. Reload the page to continue.");
  return parsed.data;
}

/** Who the conversation core sees. A site user is the same person on every device and session. */
export function identityOf(session: WebSession): Identity {
  if (session.kind === "site" && session.sub) {
    return {
      channel: "web",
      externalId: `site:${session.org ?? ""}:${session.sub}`,
      ...(session.name ? { displayName: session.name } : {}),
      ...(session.org ? { organization: session.org } : {}),
    };
  }
  return { channel: "web", externalId: `anon:${session.sid}` };
}

/** One string that owns threads and uploads. */
export const identityKey = (session: WebSession): string => identityOf(session).externalId;

export function newId(bytes = 16): string {
  return randomBytes(bytes).toString("base64url");
}

function unauthorized(message: string): CareerCraftError {
  return new CareerCraftError("unauthorized", message);
}
