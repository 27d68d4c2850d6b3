/**
 * POST /api/chat: one turn of the conversation, streamed as Server-Sent Events. Each
 * SSE event is one ReplyEvent (`event: <type>`, `data: <json>`). Closing the request
 * aborts the turn: the conversation's AbortSignal fires and the generator is returned.
 */
import type { Request, Response } from "express";
import { z } from "zod";
import { inboundActionSchema } from "../../../agent/conversation/actions.ts";
import type { Attachment } from "../../../contract/conversation.ts";
import { CareerCraftError } from "../../../data/errors.ts";
import type { WebContext } from "../context.ts";
import { authenticate } from "../http/auth.ts";
import { parseBody } from "../http/errors.ts";
import { openSse } from "../sse.ts";
import { runStreamedTurn } from "../turn.ts";

export const MAX_MESSAGE_CHARS = 20_000;
export const THREAD_HEADER = "X-CareerCraft-Thread";
const QUEUED = "Still answering your last message — this one is next.";

const chatBody = z
  .object({
    text: z
      .string()
      .max(MAX_MESSAGE_CHARS, `a message can be at most ${MAX_MESSAGE_CHARS} characters`)
      .default(""),
    threadId: z.string().min(1).max(100).optional(),
    uploadIds: z.array(z.string().min(1).max(100)).max(3, "send at most 3 files at once").default([]),
    /** A pressed button or chip: the ids the agent acts on (`text` is then what the log shows). */
    action: inboundActionSchema.optional(),
  })
  .refine((b) => b.text.trim().length > 0 || b.uploadIds.length > 0 || b.action !== undefined, {
    message: "type a message or attach a file",
    path: ["text"],
  });

export function chatRoute(ctx: WebContext) {
  return async (req: Request, res: Response) => {
    const caller = await authenticate(ctx, req, "action");
    const body = parseBody(chatBody, req.body);
    const threadId = await ctx.store.threadFor(caller.key, body.threadId);
    if (!threadId)
      throw new CareerCraftError("forbidden", "That conversation does not belong to this session.");
    if (ctx.threadTurns.full(threadId)) {
      throw new CareerCraftError(
        "conflict",
        "The assistant is still answering your last two messages. Wait for them to finish.",
      );
    }
    // A place in the thread's line is held from here, so two messages racing this check cannot
    // both pass it; a message sent during a turn waits for it.
    const waits = ctx.threadTurns.busy(threadId);
    const place = ctx.threadTurns.take(threadId);
    let release: () => void = () => void place.then((done) => done());
    try {
      const uploads = await ctx.store.takeUploads(caller.key, body.uploadIds);
      if (uploads.length !== body.uploadIds.length) {
        throw new CareerCraftError(
          "not_found",
          "That file is no longer available (files wait one hour after upload). Please upload it again.",
        );
      }
      const attachments: Attachment[] = uploads.map((u) => ({
        filename: u.filename,
        mimeType: u.mimeType,
        bytes: u.bytes,
      }));
      // The thread the turn went on: after an erase it is a fresh one, and the widget follows.
      res.setHeader(THREAD_HEADER, threadId);
      // Told at once that it waits, so neither the widget nor a REST client takes it for lost.
      const sse = waits ? openSse(res, ctx.pingIntervalMs) : undefined;
      sse?.send("progress", { type: "progress", stage: "queued", message: QUEUED });
      release = await place;
      // One that gave up waiting (the request closed) is not run at all.
      if (req.socket.destroyed || res.writableEnded) {
        sse?.end();
        return;
      }
      await runStreamedTurn(
        ctx,
        res,
        {
          identity: caller.identity,
          threadId,
          inbound: {
            text: body.text.trim(),
            attachments,
            ...(body.action ? { action: body.action } : {}),
          },
          attachmentsMeta: uploads.map((u) => ({ filename: u.filename, mimeType: u.mimeType, size: u.size })),
        },
        release,
        sse,
      );
    } finally {
      release();
    }
  };
}
