/**
 * "no, I meant Quill Books" right after a status change (or after the agent asked which one the
 * person meant): the change moved to that tracked application. The intent model can read a
 * bare "I meant <company>" as anything (it asked back "which of these?" after the agent's own
 * question, trial12d); a tracked company other than the one just changed settles it.
 */
import type { Focus } from "../graph/focus.ts";
import { trackedCompanyIn } from "./company-named.ts";
import { opensCorrection, saysMeant } from "./correction-opener.ts";

/** Whether the message corrects the last status change to another tracked application. */
export function meantOtherApplication(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): boolean {
  const last = focus.application;
  if (
    !last?.status ||
    focus.lastIntent !== "update_application_status" ||
    !(opensCorrection(raw) || saysMeant(raw))
  )
    return false;
  const named = trackedCompanyIn(raw, tracked);
  return Boolean(named && named.toLowerCase() !== last.company.toLowerCase() && raw.split(/\s+/).length <= 8);
}
