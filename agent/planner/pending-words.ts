/**
 * What a yes or no to a pending deletion answered, said back (pending-answer.ts): the person
 * may have said something else in between, so the reply names the deletion.
 */
import type { Say } from "./types.ts";

/** "forget_resume:cv.pdf" -> 'deleting your resume "cv.pdf"'; "delete_data" -> "deleting everything". */
function deletionNamed(detail: string | undefined): string {
  const [action, ...label] = (detail ?? "").split(":");
  if (action === "forget_resume")
    return label.length ? `deleting your resume "${label.join(":")}"` : "deleting your resume";
  return "deleting all your data";
}

export function pendingText(say: Say): string | undefined {
  if (say.kind === "pending_cancelled")
    return `Okay, I won't: that "no" cancels ${deletionNamed(say.detail)}. Nothing was deleted.`;
  if (say.kind === "pending_again")
    return `Just to be sure which question your "yes" answers — earlier I asked about ${deletionNamed(say.detail)}:`;
  return undefined;
}
