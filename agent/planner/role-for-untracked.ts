/**
 * "got an offer from N26!!" (untracked) -> "I don't track an application to N26 yet. To log it,
 * say …" -> "junior analyst": the answer to that hint, so the application is logged with the
 * news's status. Found trying the chat (trial12c): the bare role was read as a fit question
 * ("Which job should I compare you to?"). Only a short reply the model reads as a role, right
 * after the failed status change.
 */
import { ROLE_NOT_GIVEN } from "../../tools/applications/input.ts";
import type { Focus } from "../graph/focus.ts";
import { call, type Outcome } from "./types.ts";

/** Readings of a bare job title. */
const ROLE_READINGS = new Set(["set_dream_job", "analyze_fit"]);

export function roleForUntracked(raw: string, intent: string, focus: Focus): Outcome | undefined {
  const company = focus.untracked;
  const text = raw.trim().replace(/[.!?]+$/, "");
  if (!company || focus.lastIntent !== "update_application_status" || !ROLE_READINGS.has(intent))
    return undefined;
  if (!text || text.split(/\s+/).length > 4 || /\d|\?/.test(raw)) return undefined;
  const position = text.replace(/^(?:as |for )?(?:an? |the )?/i, "");
  // Logged already by the news (untracked-news.ts) without a role: the role is corrected in.
  if (focus.application?.company === company && focus.application.position === ROLE_NOT_GIVEN)
    return { calls: [call("change_application", { application: company, position })] };
  const status =
    focus.lastCall?.name === "update_application_status" ? focus.lastCall.args.status : undefined;
  return {
    calls: [
      call("add_application", {
        company,
        position,
        ...(typeof status === "string" ? { status } : {}),
      }),
    ],
  };
}
