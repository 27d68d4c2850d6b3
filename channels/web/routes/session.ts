/**
 * POST /api/session: the widget's first call. It brings the token it kept in
 * localStorage (if any) and, on a site that knows its user, the site-signed identity.
 * A still-valid token for the same person is kept; otherwise a new session starts.
 * POST /api/threads starts a fresh thread ("start over") for the caller.
 */
import type { Request, Response } from "express";
import { z } from "zod";
import { isCareerCraftError } from "../../../data/errors.ts";
import type { WebContext } from "../context.ts";
import { authenticate, clientAddress } from "../http/auth.ts";
import { parseBody } from "../http/errors.ts";
import { identityKey, issueSession, verifySession, type WebSession } from "../session/session-token.ts";
import { verifySiteIdentity } from "../session/site-identity.ts";

const sessionBody = z.object({
  token: z.string().max(4096).optional(),
  siteIdentity: z.string().min(1).max(4096).optional(),
});

export function sessionRoute(ctx: WebContext) {
  return async (req: Request, res: Response) => {
    await ctx.addressLimiter.hit(`ip:${clientAddress(req)}`, "address");
    const body = parseBody(sessionBody, req.body);
    const secret = await ctx.sessionSecret();
    const siteUser = body.siteIdentity
      ? verifySiteIdentity(ctx.settings.siteIdentitySecret, body.siteIdentity)
      : undefined;

    let token: string | undefined;
    let session: WebSession | undefined;
    if (body.token) {
      try {
        const existing = verifySession(secret, body.token);
        const samePerson = siteUser
          ? existing.kind === "site" && existing.sub === siteUser.sub && existing.org === siteUser.org
          : existing.kind === "anon";
        if (samePerson) {
          token = body.token;
          session = existing;
        }
      } catch (error) {
        // A stale or forged stored token just means a new session; anything else is real.
        if (!isCareerCraftError(error) || error.code !== "unauthorized") throw error;
      }
    }
    if (!token || !session) ({ token, session } = issueSession(secret, siteUser));

    const threadId = await ctx.store.currentThread(identityKey(session));
    res.json({
      token,
      threadId,
      expiresAt: new Date(session.exp * 1000).toISOString(),
      // lets the widget refuse an oversize file before spending the visitor's upload time on it
      limits: { maxUploadBytes: ctx.maxUploadBytes },
      user: { kind: session.kind, ...(session.name ? { name: session.name } : {}) },
    });
  };
}

export function newThreadRoute(ctx: WebContext) {
  return async (req: Request, res: Response) => {
    const caller = await authenticate(ctx, req, "action");
    const threadId = await ctx.store.createThread(caller.key);
    res.status(201).json({ threadId });
  };
}
