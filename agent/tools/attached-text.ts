/**
 * The text of a file attached to the current message that is not a resume (a job ad as PDF,
 * DOCX or text), read by the resume reader's pool: the same size, page and time limits, the
 * same worker isolation, and one person's heavy file queues behind their own work only.
 */
import { CareerCraftError } from "../../data/errors.ts";
import { readsAsResume } from "../../tools/jobs/resume-shaped.ts";
import { pickAttachment } from "./attachment-pick.ts";
import type { ToolContext } from "./types.ts";

export async function attachedText(ctx: ToolContext, filename: string | undefined): Promise<string> {
  const file = pickAttachment(ctx.attachments, filename, "the job ad");
  const read = await ctx.resumeReader.read(ctx.userId, file.bytes, { signal: ctx.signal });
  const text = read.text.trim();
  if (text.length < 20)
    throw new CareerCraftError(
      "validation",
      `I couldn't read any text in ${file.filename.slice(0, 80)}. Paste the ad into the chat instead.`,
    );
  // Words that pointed at "this job" sent with one's own resume: nothing is set from it.
  if (readsAsResume(text))
    throw new CareerCraftError(
      "validation",
      `${file.filename.slice(0, 80)} reads like a resume, not a job ad, so I haven't set it as your target. Send it again with "here's my resume" to have it read as yours, or paste the job ad.`,
    );
  return text;
}
