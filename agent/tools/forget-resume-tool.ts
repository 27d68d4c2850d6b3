/**
 * "Delete my resume": one stored resume and what came only from it (tools/profile/forget-resume.ts).
 * Called first with confirm=false: the reply says what goes and what stays and asks; only the
 * yes that answers that question (ctx.answered) deletes, and only the resume it was asked about.
 */
import { forgetResume, type ResumeForgetting } from "../../tools/profile/forget-resume.ts";
import { defineTool } from "./types.ts";

/** What the reply and the model read: names, not ids of entries (a few of each, with counts). */
export interface ForgetResumeResult {
  forgotten: boolean;
  needsConfirmation?: true;
  filename: string;
  uploaded: string;
  removes: { kind: string; label: string }[];
  keeps: { kind: string; label: string; because: string }[];
  clears: string[];
  otherResumes: string[];
}

const brief = (r: ResumeForgetting): ForgetResumeResult => ({
  forgotten: r.done,
  ...(r.done ? {} : { needsConfirmation: true as const }),
  filename: r.resume.filename,
  uploaded: r.resume.createdAt.slice(0, 10),
  removes: r.removes.map(({ kind, label }) => ({ kind, label })),
  keeps: r.keeps.map(({ kind, label, because }) => ({ kind, label, because })),
  clears: r.clears,
  otherResumes: r.otherResumes.map((o) => o.filename),
});

/** Messages a pending "are you sure?" keeps waiting through (agent/planner/pending-answer.ts). */
export const PENDING_MESSAGES = 3;

export const forgetResumeTool = defineTool({
  name: "forget_resume",
  description:
    "Delete ONE stored resume (the newest unless resumeId is given) and the entries and skills that came only from it; what the person said or edited stays. Call with confirm=false first (it lists what goes); only after they explicitly say yes, call with confirm=true. For deleting everything use delete_data.",
  async run(args, ctx) {
    const pending = ctx.focus.pending?.action === "forget_resume" ? ctx.focus.pending : undefined;
    const confirmed = args.confirm && ctx.answered === "forget_resume_confirmation";
    // The yes deletes the resume the question named, never another one.
    const resumeId = confirmed ? (pending?.resumeId ?? args.resumeId) : args.resumeId;
    const done = await forgetResume(ctx.db, ctx.userId, { resumeId, confirm: confirmed });
    if (!done.done)
      return {
        result: brief(done),
        focus: {
          awaiting: "forget_resume_confirmation",
          pending: {
            action: "forget_resume",
            resumeId: done.resume.id,
            label: done.resume.filename,
            left: PENDING_MESSAGES,
          },
        },
      };
    ctx.logger.info({ userId: ctx.userId, removed: done.removes.length }, "resume forgotten on request");
    return {
      result: brief(done),
      // Analyses and the fit in focus were read from the old profile: a new "am I a fit?" reads the new one.
      focus: { awaiting: null, pending: null, analysisId: null, verdict: null },
    };
  },
});
