/**
 * "what about Amazon?", "and Tesla?" right after talking about applications: that company's
 * application, or the answer that none is tracked. Found trying the chat as a student: both
 * were asked back with three generic choices, and "what about Tesla" never said Tesla is not
 * tracked. The name is a tracked company (any case) or a capitalised name.
 */
import type { Focus } from "../graph/focus.ts";
import { companyNamed } from "./company-named.ts";
import { extractStatus } from "./slots.ts";
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
/** A stage said alone ("what about offers?", "and the rejections?"): those applications. */
const STAGE_ONLY =
  /^(?:the |my |any )?(?:offers?|rejections?|rejected(?: ones)?|interviews?|phone screens?|final rounds?|ghosted(?: ones)?|withdrawn(?: ones)?|saved(?: ones)?|accepted(?: ones)?)$/i;
const SHOWN = new Set(["list_applications", "application_stats"]);

/** "what about offers?" after application stats or a list: the applications at that stage. Read
 * before the model, which takes "what about interviews?" for interview tips. */
export function stageFollowUp(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  if (focus.topic !== "application" && !ABOUT_APPLICATIONS.has(focus.lastIntent ?? "")) return undefined;
  const said = whatAboutPhrase(raw.trim(), focus);
  const stage =
    said && STAGE_ONLY.test(said) ? extractStatus(said.toLowerCase().replace(/s$/, "")) : undefined;
  if (!stage || tracked?.some((c) => c.toLowerCase() === said?.toLowerCase())) return undefined;
  return calls(call("list_applications", { status: stage }));
}

/** What "what about X" / "and X?" names, or undefined. */
function whatAboutPhrase(text: string, focus: Focus): string | undefined {
  return (text.match(WHAT_ABOUT) ??
    (SHOWN.has(focus.lastIntent ?? "") ? text.match(AND_ASKED) : null))?.[1]?.trim();
}

export function applicationFollowUp(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  if (focus.topic !== "application" && !ABOUT_APPLICATIONS.has(focus.lastIntent ?? "")) return undefined;
  const text = raw.trim();
  const said = whatAboutPhrase(text, focus);
  const company = companyNamed(said, tracked);
  return company ? calls(call("list_applications", { company })) : undefined;
}
