/**
 * Export my data (one JSON file) and delete my data (only after an explicit "yes").
 * Deleting removes the user row (everything that belongs to them cascades) and the
 * conversation checkpoints, which hold resume text.
 */
import { createUsersRepository } from "../../data/repositories/users.ts";
import { checkpointThreadId, createThreadsRepository } from "../conversation/threads.ts";
import { defineTool } from "./types.ts";

/** Tables with a user_id column that hold the person's data; original file bytes are left out. */
const EXPORTED_TABLES: { table: string; columns?: string }[] = [
  { table: "profiles" },
  { table: "education" },
  { table: "experience" },
  { table: "projects" },
  { table: "certifications" },
  { table: "user_skills" },
  { table: "resumes", columns: "id, filename, mime, size_bytes, text, parsed, status, created_at" },
  { table: "jobs" },
  { table: "analyses" },
  { table: "roadmaps" },
  { table: "roadmap_progress" },
  { table: "applications" },
  { table: "application_status_events" },
  { table: "reminders" },
  { table: "bookmarks" },
  { table: "practice_attempts" },
  { table: "agent_threads", columns: "channel, thread_id, created_at, last_active_at" },
];

export const exportDataTool = defineTool({
  name: "export_data",
  description: "Export everything stored about the person as one JSON file.",
  async run(_args, ctx) {
    const { rows: present } = await ctx.db.query<{ table_name: string; has_user: boolean }>(
      `SELECT table_name, bool_or(column_name = 'user_id') AS has_user FROM information_schema.columns
       WHERE table_schema = current_schema() GROUP BY table_name`,
    );
    const withUser = new Set(present.filter((r) => r.has_user).map((r) => r.table_name));
    const data: Record<string, unknown[]> = {};
    let rowsTotal = 0;
    for (const { table, columns } of EXPORTED_TABLES) {
      if (!withUser.has(table)) continue;
      const { rows } = await ctx.db.query(`SELECT ${columns ?? "*"} FROM ${table} WHERE user_id = $1`, [
        ctx.userId,
      ]);
      const cleaned = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "user_id")));
      data[table] = cleaned;
      rowsTotal += rows.length;
    }
    const json = JSON.stringify({ exportedAt: new Date().toISOString(), data }, null, 2);
    const filename = `careercraft-export-${new Date().toISOString().slice(0, 10)}.json`;
    return {
      result: { filename, bytes: Buffer.byteLength(json), records: rowsTotal },
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
        focus: { awaiting: "delete_confirmation" },
      };
    }
    const conversations = ctx.checkpointer
      ? await createThreadsRepository(ctx.db).eraseForUser(ctx.userId, ctx.checkpointer)
      : 0;
    const deleted = await createUsersRepository(ctx.db).deleteUser(ctx.userId);
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
      },
    };
  },
});
