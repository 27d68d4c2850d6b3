/**
 * "what about Amazon?", "and Tesla?" right after talking about applications: that company's
 * application, or the answer that none is tracked. Found trying the chat as a student: both
 * were asked back with three generic choices, and "what about Tesla" never said Tesla is not
 * tracked. The name is a tracked company (any case) or a capitalised name.
 */
import type { Focus } from "../graph/focus.ts";
import { call, calls, type Outcome } from "./types.ts";

/** Requests whose answer is about applications: a follow-up names another company. */
const ABOUT_APPLICATIONS = new Set([
  "list_applications",
  "add_application",
  "update_application_status",
  "application_stats",
]);

/** "what about X", "how about X"; a bare "and X?" only as a question after a list or stats (after
 * logging one, "and Spotify" is another application: and-continues.ts). */
const WHAT_ABOUT =
  /^(?:ok(?:ay)?,? |so,? )?(?:and |but )?(?:what about|how about)\s+(?:the |my |with |at )?(.{2,60}?)(?:\s+(?:one|application|app|job|role))?\s*[?.!]*$/iu;
const AND_ASKED = /^and\s+(?:the |my |with |at )?(.{2,60}?)(?:\s+(?:one|application|app|job|role))?\s*\?+$/iu;
const SHOWN = new Set(["list_applications", "application_stats"]);
/** Capitalised words that name a day or month, not a company ("what about Friday?"). */
const CALENDAR =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|tonight)$/i;

export function applicationFollowUp(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  if (focus.topic !== "application" && !ABOUT_APPLICATIONS.has(focus.lastIntent ?? "")) return undefined;
  const text = raw.trim();
  const name = (text.match(WHAT_ABOUT) ??
    (SHOWN.has(focus.lastIntent ?? "") ? text.match(AND_ASKED) : null))?.[1]?.trim();
  if (!name || name.split(/\s+/).length > 4 || CALENDAR.test(name)) return undefined;
  const known = tracked?.find((c) => c.toLowerCase() === name.toLowerCase());
  if (!known && !/^[\p{Lu}\p{N}]/u.test(name)) return undefined;
  return calls(call("list_applications", { company: known ?? name }));
}
