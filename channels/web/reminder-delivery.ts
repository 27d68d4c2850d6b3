/**
 * Reminders for people who last talked to us on the web: the widget cannot be pushed to
 * while closed, so the reminder is added to their current web thread as an assistant
 * message, with its answer buttons, and appears the next time they open the chat
 * (history is restored on load).
 */
import type { Queryable } from "../../data/db/types.ts";
import type { ReminderDelivery } from "../../tools/applications/reminders.ts";
import { WebStore } from "./web-store.ts";

export function webReminderDelivery(db: Queryable): ReminderDelivery {
  const store = new WebStore(db);
  return {
    canDeliver: (channel) => channel === "web",
    async deliver(userId, _channel, message, parts = []) {
      const { rows } = await db.query<{ id: string; identity_key: string }>(
        `SELECT t.id, t.identity_key FROM users u JOIN web_threads t ON t.id = u.last_thread_id WHERE u.id = $1`,
        [userId],
      );
      const thread = rows[0];
      // Throwing keeps the reminder pending: the queue retries it later.
      if (!thread) throw new Error("The person has no web conversation to leave the reminder in.");
      await store.appendMessages(thread.identity_key, thread.id, [
        { role: "assistant", text: message, parts, attachments: [], interrupted: false },
      ]);
    },
  };
}
