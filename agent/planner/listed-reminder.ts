/**
 * "cancel that", "stop the second one" right after the reminders list: that reminder stopped.
 * Found trying the chat as a new user: with one reminder shown, "cancel that" was read as
 * "never mind" ("I've left everything as it was") while the person meant the reminder. With
 * several shown and no position, it is left to the rest of the planner. Right after a reminder
 * is set, "cancel that" / "delete it" stops that reminder (trial12e: it was "never mind" too).
 */
import type { Focus } from "../graph/focus.ts";
import { ordinalIndex } from "./slot-words.ts";
import { call, type Outcome, type Segment } from "./types.ts";

/** A stopping word and a pointer, little else: "cancel that", "pls stop the 2nd one". */
const STOPS_ONE =
  /^(?:(?:ok(?:ay)?|pls|please|then|actually|and|yeah|yes|no|nvm|oh|wait|hmm+)[\s,]+)*(?:cancel|stop|delete|remove|drop|turn off|switch off|kill|get rid of|cancela|cancele|apaga|löschen|lösch|annule)\s+(?:that|it|this|the\s+\S+|#\d|\S+)(?:\s+(?:one|reminder|lembrete|recordatorio))?(?:\s+(?:please|pls|too|then))?[\s.!?]*$/iu;

/** "that", "it", "this" (and "that one", "this reminder"): the thing just done. */
const POINTS_BACK = /\b(?:that|it|this)(?:\s+(?:one|reminder))?[\s.!?]*$/;

/** A listed reminder: an application's company, or "reminder:<id>" for the person's own. */
const cancelListed = (listed: string) =>
  listed.startsWith("reminder:")
    ? call("cancel_reminder", { reminder: listed.slice("reminder:".length) })
    : call("cancel_reminder", { application: listed });

/**
 * The reason said after the stop ("cancel that, they already called", "delete it — got the job",
 * "stop that one since I'm off that week"): not part of what is stopped (conv12u, blind11 kind).
 */
const REASON_AFTER =
  /\s*(?:[,;:.—–]|\s-)\s*(?:they|i|i'?m|we|it'?s|she|he|already|no need|not needed|don'?t|dont|got|found|never mind|nvm)\b.*$|\s+(?:since|because|bc|cuz|coz)\s+.*$/i;

export function listedReminderStopped(said: Segment, focus: Focus): Outcome | undefined {
  const seg = { ...said, t: said.t.replace(REASON_AFTER, "") };
  const set = focus.lastIntent === "set_reminder" ? focus.lastCall?.args : undefined;
  const pointsBack = STOPS_ONE.test(seg.t) && POINTS_BACK.test(seg.t);
  if (pointsBack && typeof set?.application === "string" && set.application)
    return { calls: [call("cancel_reminder", { application: set.application })] };
  // Right after "remind me to call Ana on monday": "cancel that" takes back that task.
  if (pointsBack && typeof set?.task === "string" && set.task)
    return { calls: [call("cancel_reminder", { reminder: set.task })] };
  const listed = focus.remindersListed;
  if (focus.lastIntent !== "list_reminders" || !listed?.length || !STOPS_ONE.test(seg.t)) return undefined;
  const i = ordinalIndex(seg.t);
  const companies = [...new Set(listed)];
  const company =
    i !== undefined ? (i < 0 ? listed.at(-1) : listed[i]) : companies.length === 1 ? companies[0] : undefined;
  return company ? { calls: [cancelListed(company)] } : undefined;
}
