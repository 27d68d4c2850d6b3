/**
 * Export my data (one JSON file) and delete my data (only after an explicit "yes").
 * Deleting removes the user row (everything that belongs to them cascades) and the
 * conversation checkpoints, which hold resume text.
 */
import { eraseUserData, exportUserData } from "../../tools/privacy/service.ts";
import { checkpointThreadId, createThreadsRepository } from "../conversation/threads.ts";
import { PENDING_MESSAGES } from "./forget-resume-tool.ts";
import { defineTool } from "./types.ts";

export const exportDataTool = defineTool({
  name: "export_data",
  description: "Export everything stored about the person as one JSON file.",
  async run(_args, ctx) {
    const { filename, json, records } = await exportUserData(ctx.db, ctx.userId);
    return {
      result: { filename, bytes: Buffer.byteLength(json), records },
      parts: [
        {
          type: "file",
          filename,
          mimeType: "application/json",
          content: Buffer.from(json).toString("base64"),
        },
      ],
    };
  },
});

export const deleteDataTool = defineTool({
  name: "delete_data",
  description:
    "Delete everything stored about the person. Call with confirm=false first; only after they explicitly say yes, call with confirm=true.",
  async run(args, ctx) {
    if (!args.confirm || ctx.answered !== "delete_confirmation") {
      return {
        result: { deleted: false, needsConfirmation: true },
        focus: {
          awaiting: "delete_confirmation",
          pending: { action: "delete_data", left: PENDING_MESSAGES },
        },
      };
    }
    const checkpointer = ctx.checkpointer;
    const { deleted, conversations } = await eraseUserData(ctx.db, ctx.userId, {
      eraseConversations: checkpointer
        ? (userId) => createThreadsRepository(ctx.db).eraseForUser(userId, checkpointer)
        : undefined,
    });
    // This very turn is checkpointed after the tool returns: erase that too.
    const saver = ctx.checkpointer;
    if (saver)
      ctx.afterTurn(() => saver.deleteThread(checkpointThreadId(ctx.userId, ctx.channel, ctx.threadId)));
    ctx.logger.info({ userId: ctx.userId, conversations }, "user data deleted on request");
    return {
      result: { deleted, conversations },
      focus: {
        awaiting: null,
        jobId: null,
        jobTitle: null,
        analysisId: null,
        verdict: null,
        roadmapId: null,
        questionId: null,
        questionText: null,
        hasProfile: null,
        pending: null,
      },
    };
  },
});
