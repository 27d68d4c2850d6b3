/**
 * GET /api/history?threadId=...&limit=...: the transcript the widget re-renders on
 * reload (text and reply parts). A thread that is not the caller's answers 403, the same
 * as one that does not exist, so ids cannot be probed; one of theirs that was erased with
 * their data answers with their current (fresh) thread.
 */
import type { Request, Response } from "express";
import { z } from "zod";
import { CareerCraftError } from "../../../data/errors.ts";
import type { WebContext } from "../context.ts";
import { authenticate } from "../http/auth.ts";
import { parseBody } from "../http/errors.ts";

const historyQuery = z.object({
  threadId: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export function historyRoute(ctx: WebContext) {
  return async (req: Request, res: Response) => {
    const caller = await authenticate(ctx, req, "read");
    const query = parseBody(historyQuery, req.query);
    const threadId = await ctx.store.threadFor(caller.key, query.threadId);
    if (!threadId)
      throw new CareerCraftError("forbidden", "That conversation does not belong to this session.");
    const messages = await ctx.store.history(caller.key, threadId, query.limit);
    res.setHeader("Cache-Control", "no-store");
    res.json({ threadId, messages });
  };
}
