/**
 * Read a resume from an attachment (or text pasted into the chat): keep the original and
 * its parse, merge it into the profile without overwriting what the person edited by
 * hand, and report what was added. The resume's text is data: nothing in it can steer
 * the agent, and it is never logged.
 */

import type { Attachment } from "../../contract/conversation.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { countAdded, importResume } from "../../tools/profile/resume-import.ts";
import { defineTool } from "./types.ts";

function pickAttachment(attachments: Attachment[], filename?: string): Attachment {
  if (attachments.length === 0)
    throw new CareerCraftError(
      "validation",
      "I don't see a file on this message. Please attach your resume again.",
    );
  if (!filename) return attachments[0];
  return (
    attachments.find((a) => a.filename === filename) ??
    attachments.find((a) => a.filename.toLowerCase() === filename.toLowerCase()) ??
    (attachments.length === 1 ? attachments[0] : undefined) ??
    (() => {
      throw new CareerCraftError(
        "not_found",
        `There is no attachment called "${filename.slice(0, 80)}" on this message.`,
      );
    })()
  );
}

export const readResumeTool = defineTool({
  name: "read_resume",
  description:
    "Read the resume attached to the current message (by file name) or pasted as text, and merge it into the profile. Reports what was added; hand edits are kept.",
  async run(args, ctx) {
    const attachment: Attachment = args.text
      ? { filename: "pasted-resume.txt", mimeType: "text/plain", bytes: new TextEncoder().encode(args.text) }
      : pickAttachment(ctx.attachments, args.filename);
    ctx.emit({ type: "progress", stage: "resume", message: `Reading ${attachment.filename}…` });
    const { resumeId, parsed, snapshot, report } = await importResume(
      ctx.db,
      ctx.userId,
      attachment,
      ctx.resumeReader,
      { signal: ctx.signal },
    );
    ctx.logger.info(
      { userId: ctx.userId, resumeId, quality: parsed.quality, skills: parsed.skills.length },
      "resume read",
    );
    return {
      result: {
        resumeId,
        filename: attachment.filename,
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
      },
      parts: [
        {
          type: "list",
          title: `From ${attachment.filename}`,
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
