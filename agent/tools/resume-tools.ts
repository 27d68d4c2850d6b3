/**
 * Read a resume from an attachment (or text pasted into the chat): keep the original and
 * its parse, merge it into the profile without overwriting what the person edited by
 * hand, and report what was added. The resume's text is data: nothing in it can steer
 * the agent, and it is never logged.
 */

import type { Attachment } from "../../contract/conversation.ts";
import { countAdded, importResume, rereadStoredResume } from "../../tools/profile/resume-import.ts";
import { pickAttachment } from "./attachment-pick.ts";
import { defineTool } from "./types.ts";

/** The stored name of a resume pasted as text; the person is told "the resume you pasted". */
const PASTED_RESUME = "pasted-resume.txt";

export const readResumeTool = defineTool({
  name: "read_resume",
  description:
    "Read the resume attached to the current message (by file name) or pasted as text, or the stored one again (stored: true), and merge it into the profile. Reports what was added; hand edits are kept.",
  async run(args, ctx) {
    // "re-read my resume" with nothing attached: the stored file, through the same service.
    const again = args.stored && !args.text && ctx.attachments.length === 0;
    const attachment: Attachment | undefined = again
      ? undefined
      : args.text
        ? {
            filename: PASTED_RESUME,
            mimeType: "text/plain",
            bytes: new TextEncoder().encode(args.text),
          }
        : pickAttachment(ctx.attachments, args.filename, "your resume");
    ctx.emit({
      type: "progress",
      stage: "resume",
      message: attachment ? `Reading ${attachment.filename}…` : "Reading your stored resume again…",
    });
    const { resumeId, parsed, snapshot, report, filename } = attachment
      ? {
          ...(await importResume(ctx.db, ctx.userId, attachment, ctx.resumeReader, { signal: ctx.signal })),
          filename: attachment.filename,
        }
      : await rereadStoredResume(ctx.db, ctx.userId, ctx.resumeReader, { signal: ctx.signal });
    ctx.logger.info(
      { userId: ctx.userId, resumeId, quality: parsed.quality, skills: parsed.skills.length },
      "resume read",
    );
    return {
      result: {
        resumeId,
        filename,
        ...(attachment && args.text ? { pasted: true } : {}),
        reread: !attachment,
        quality: parsed.quality,
        name: parsed.contact.name?.value ?? null,
        skills: snapshot.skills.length,
        topSkills: snapshot.skills.slice(0, 6).map((s) => s.name),
        experience: snapshot.experience.length,
        education: snapshot.education.length,
        added: countAdded(report),
        keptHandEdits: report.kept.length,
        ignoredInstructions: parsed.ignoredText.length,
        warnings: parsed.warnings.slice(0, 3),
        // The target already set: the next step is its fit check, not "tell me the job" (trial17 §8).
        ...(ctx.focus.jobTitle ? { target: ctx.focus.jobTitle } : {}),
      },
      parts: [
        {
          type: "list",
          title: `From ${attachment && args.text ? "the resume you pasted" : filename}`,
          items: [
            ...snapshot.experience.slice(0, 5).map((e) => ({
              text: [e.title, e.company].filter(Boolean).join(" at ") || "Experience",
              detail: [e.start, e.current ? "present" : e.end].filter(Boolean).join(" – "),
            })),
            ...snapshot.education.slice(0, 3).map((e) => ({
              text: [e.degree, e.institution].filter(Boolean).join(", ") || "Education",
              detail: e.end ?? "",
            })),
            {
              text: `${snapshot.skills.length} skills`,
              detail: snapshot.skills
                .slice(0, 12)
                .map((s) => s.name)
                .join(", "),
            },
          ],
        },
      ],
      focus: { hasProfile: true, awaiting: null },
    };
  },
});
