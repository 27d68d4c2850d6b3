/**
 * Who is calling: the bearer session token, verified, plus the rate limits that apply
 * to them. Routes call `authenticate` first; it throws 401/429 CareerCraftErrors.
 */
import type { Request } from "express";
import type { Identity } from "../../../contract/conversation.ts";
import type { WebContext } from "../context.ts";
import { identityKey, identityOf, verifySession, type WebSession } from "../session/session-token.ts";

export interface Caller {
  session: WebSession;
  identity: Identity;
  /** Owner key for threads and uploads. */
  key: string;
}

export function bearerToken(req: Request): string | undefined {
  const header = req.get("authorization");
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}

/**
 * Verifies the token and charges the rate limits: every call counts against the
 * client address; an "action" (a chat turn, an upload, a new thread) also against the
 * session, while a "read" (history on page load) does not use up the person's turns.
 */
export async function authenticate(ctx: WebContext, req: Request, kind: "action" | "read"): Promise<Caller> {
  await ctx.addressLimiter.hit(`ip:${clientAddress(req)}`, "address");
  const session = verifySession(await ctx.sessionSecret(), bearerToken(req));
  if (kind === "action") await ctx.sessionLimiter.hit(`session:${session.sid}`, "session");
  return { session, identity: withClientZone(identityOf(session), req), key: identityKey(session) };
}

/**
 * The IANA time zone the widget reads from the person's browser (X-Time-Zone), so "tomorrow at
 * 6pm" and an interview's hour are theirs, as on Teams and the CLI. Not part of the signed
 * session: a browser moves between zones, and a zone only shapes how times are read and shown
 * (the conversation drops one it does not know).
 */
function withClientZone(identity: Identity, req: Request): Identity {
  const zone = req.get("x-time-zone")?.trim();
  return zone && zone.length <= 64 ? { ...identity, timeZone: zone } : identity;
}
