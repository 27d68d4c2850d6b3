/**
 * Runs one conversation turn into an SSE response and records the transcript: the
 * person's message and the reply (text and parts, marked interrupted when the client
 * went away first) are saved together when the turn ends, so the stream opens without
 * a database round trip.
 */
import type { Response } from "express";
import type { Identity, Inbound, ReplyEvent, ReplyPart } from "../../contract/conversation.ts";
import { isCareerCraftError } from "../../data/errors.ts";
import type { WebContext } from "./context.ts";
import { openSse, type SseStream } from "./sse.ts";
import type { StoredMessage } from "./web-store.ts";

/** Sent after turn_end when the turn erased its own conversation (the person's data was deleted). */
export const THREAD_ERASED = "thread_erased";

export interface TurnRequest {
  identity: Identity;
  threadId: string;
  inbound: Inbound;
  attachmentsMeta: StoredMessage["attachments"];
}

/**
 * `release` runs once the transcript is saved and before the stream closes, so a client
 * that starts its next turn the moment this one ends never finds the thread still busy.
 */
export async function runStreamedTurn(
  ctx: WebContext,
  res: Response,
  turn: TurnRequest,
  release: () => void,
  /** The stream, when the route opened it already (to say the message waits for the last turn). */
  opened?: SseStream,
): Promise<void> {
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const sse = opened ?? openSse(res, ctx.pingIntervalMs);
  let text = "";
  const parts: ReplyPart[] = [];
  let ended = false;

  try {
    const events = ctx.converse(turn.identity, turn.threadId, turn.inbound, { signal: controller.signal });
    for await (const event of events) {
      if (controller.signal.aborted) break;
      if (event.type === "text_delta") text += event.text;
      else if (event.type === "part") parts.push(event.part);
      else if (event.type === "error") text += text ? `\n\n${event.message}` : event.message;
      else if (event.type === "turn_end") ended = true;
      sse.send(event.type, event satisfies ReplyEvent);
      await sse.drained();
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      const message = isCareerCraftError(error)
        ? error.userMessage
        : "Something went wrong while answering. Please try again.";
      if (!isCareerCraftError(error))
        ctx.logger.error({ err: error, threadId: turn.threadId }, "web turn failed");
      sse.send("error", {
        type: "error",
        code: isCareerCraftError(error) ? error.code : "internal",
        message,
      });
      text += text ? `\n\n${message}` : message;
    }
  } finally {
    if (!ended && !controller.signal.aborted) sse.send("turn_end", { type: "turn_end" });
    const said = {
      role: "user" as const,
      text: turn.inbound.text,
      parts: [],
      attachments: turn.attachmentsMeta,
      interrupted: false,
    };
    const reply = {
      role: "assistant" as const,
      text,
      parts,
      attachments: [],
      interrupted: controller.signal.aborted,
    };
    const kept = await ctx.store
      .appendMessages(
        turn.identity.externalId,
        turn.threadId,
        text || parts.length > 0 ? [said, reply] : [said],
      )
      .catch((error) => {
        ctx.logger.error({ err: error, threadId: turn.threadId }, "saving the web transcript failed");
        return true;
      });
    // "delete everything" erased this conversation in this very turn: the widget clears what
    // it still shows of it (a stale button there would act on deleted data).
    if (!kept && !controller.signal.aborted) sse.send(THREAD_ERASED, { type: THREAD_ERASED });
    release();
    sse.end();
  }
}
