/**
 * What a personal reminder says when it comes due. Kept apart from the service so the
 * delivery job (tools/applications/reminders.ts, shared with the follow-ups) can word it
 * without reaching into the rest of tools/reminders.
 */
import type { ReplyPart } from "../../contract/conversation.ts";

/** "Reminder: update your portfolio." — the task as the person said it, said back to them. */
export function personalReminderMessage(task: string): string {
  const said = task.trim().replace(/[.!?]+$/, "");
  return `Reminder: ${said}.`;
}

/** A button to see what else is pending, so the reminder is not a dead end. */
export function personalReminderParts(): ReplyPart[] {
  return [
    {
      type: "quickReplies",
      options: [{ id: "reminders", label: "My reminders", text: "show my reminders" }],
    },
  ];
}
