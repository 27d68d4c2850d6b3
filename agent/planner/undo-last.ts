/**
 * "undo that", "take that back", "deshaz eso", "annule ça", "mach das rückgängig" right after
 * an application was logged or its status moved, or a roadmap week or item was ticked off: that
 * change taken back — the one just logged removed, the status put back where it was, the week
 * marked not done. "undo that, it was Byju's that rejected me" also
 * moves the change to the application named (trial finding 24: it was read as news about the
 * first one and both ended rejected). Only the last change can be taken back, and only one the
 * tracker can reverse exactly; anything else gets an honest answer of what can be undone.
 */
import type { Focus } from "../graph/focus.ts";
import { profileUndoCalls } from "../graph/profile-undo.ts";
import type { ToolName } from "../tools/schemas.ts";
import { trackedCompanyIn } from "./company-named.ts";
import { withoutOpener } from "./correction-opener.ts";
import { call, calls, type Outcome, say } from "./types.ts";

const UNDO =
  /^(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:undo(?:\s+(?:that|it|this|the\s+last(?:\s+one|\s+change)?))?|take\s+(?:that|it)\s+back|revert\s+(?:that|it)|scratch\s+that|desh(?:az|acer)(?:\s+(?:eso|esto|lo))?|annule[rz]?(?:\s+(?:ça|ca|cela))?|mach(?:\s+(?:das|es))?\s+r[uü]ckg[aä]ngig|r[uü]ckg[aä]ngig(?:\s+machen)?|desfa(?:z|zer|ça)(?:\s+(?:isso|isto))?|undo\s+kar(?:o|\s+do))(?![\p{L}])/iu;

/**
 * What follows the undo words when it says what it should have been ("…, it was Klarna", "…, it
 * wasn't Stripe, it was Square": the wrong one named first, conv12q).
 */
const CORRECTS_IT =
  /^[\s,.;:—-]*(?:the\s+(?:company|role|position|job|title|date|day)\s+(?:is|was|should)|it\s+(?:was|is|should\s+be)|it['’]?s|i\s+meant|should\s+be|make\s+it|(?:it\s+|that\s+)?(?:wasn['’]?t|was\s+not|isn['’]?t|is\s+not)\s|not\s+\S+[\s,]+(?:but|it\s+was))\b/i;

/** The undo words and what follows them ("undo that, it was Byju's"), or undefined. */
function undoSaid(raw: string): string | undefined {
  const text = withoutOpener(raw);
  const m = UNDO.exec(text);
  if (m) return text.slice(m[0].length);
  // "sorry, my mistake, it's no offer yet, deshaz eso": the undo said last, after why (trial14 §2).
  const last =
    text
      .split(/[,;.!]\s*/u)
      .filter((p) => p.trim())
      .at(-1)
      ?.trim() ?? "";
  const end = UNDO.exec(last);
  return end && end[0].length === last.replace(/[\s.!]+$/u, "").length ? "" : undefined;
}

/** The plan that takes the last application change back, or undefined when the message is no undo. */
export function undoLast(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  const rest = undoSaid(raw);
  if (rest === undefined || rest.split(/\s+/).length > 10) return undefined;
  // A skill, entry or the name just saved: taken back through the same tools (agent/graph/profile-undo.ts).
  const profile = profileUndoCalls(focus);
  if (profile && !rest.trim()) return calls(...profile.map((c) => call(c.name as ToolName, c.args)));
  const last = focus.application;
  // Logged again while already tracked: nothing was added, and the one tracked stays.
  if (focus.lastIntent === "add_application" && last?.unchanged) return say("nothing_to_undo");
  // "scratch that, the company is Revolut": a correction of what was logged (corrected-company.ts), not a removal.
  if (focus.lastIntent === "add_application" && CORRECTS_IT.test(rest)) return undefined;
  if (focus.lastIntent === "add_application" && last)
    return calls(call("delete_application", { application: last.id ?? last.company }));
  // News about a company never tracked logged it (from "untracked"): taking it back removes it (trial13).
  if (focus.lastIntent === "update_application_status" && last?.previousStatus === "untracked")
    return calls(call("delete_application", { application: last.id ?? last.company }));
  if (focus.lastIntent === "update_application_status" && last?.status && last.previousStatus) {
    const back = call("update_application_status", {
      application: last.company,
      status: last.previousStatus,
    });
    const named = trackedCompanyIn(rest, tracked);
    // "undo that, it was Byju's": the change taken back first, so the one in focus after is Byju's.
    return named && named.toLowerCase() !== last.company.toLowerCase()
      ? calls(back, call("update_application_status", { application: named, status: last.status }))
      : calls(back);
  }
  // "finished week 1" then "undo that": the week (or item) marked not done again.
  const progress = focus.lastCall?.name === "record_progress" ? focus.lastCall.args : undefined;
  // "undo week 2" names the week to take back: that week, read as said (trial 2026-12-06: it
  // took back week 1, the week marked last, while week 2 was named).
  const named = /\b(?:week|wk|semana|semaine|woche)\s*(\d{1,3})\b/i.exec(rest);
  if (progress && named) return calls(call("record_progress", { week: Number(named[1]), done: false }));
  if (progress && progress.done !== false)
    return calls(call("record_progress", { ...progress, done: false }));
  // "undo that, I didn't finish week 2": what to take back is said — read as said, not refused.
  return /[\p{L}\p{N}]{3,}/u.test(rest.replace(/\b(?:please|pls|plz|now|lol)\b/giu, ""))
    ? undefined
    : say("nothing_to_undo");
}
