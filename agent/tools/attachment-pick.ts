/**
 * The file a tool reads from the current message: the one named, or the only one. Shared by
 * the resume reader and the target setter (a job ad attached as a file), so both say the same
 * thing when the file is missing.
 */
import type { Attachment } from "../../contract/conversation.ts";
import { CareerCraftError } from "../../data/errors.ts";

export function pickAttachment(
  attachments: Attachment[],
  filename: string | undefined,
  what: string,
): Attachment {
  if (attachments.length === 0)
    throw new CareerCraftError(
      "validation",
      `I don't see a file on this message. Please attach ${what} again.`,
    );
  if (!filename) return attachments[0]!;
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
