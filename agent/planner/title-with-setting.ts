/**
 * A message that is the job wanted and where ("GIS analyst for a county government", "park
 * ranger with the state parks", "technical writer at a software company", "dispatcher, days
 * this time") or a move written with an arrow ("CNA -> unit clerk"): the target, set and nothing
 * else (conv12u, from the misses of blind11: it was asked back, read as a fit check with no
 * role set, or saved as a job held). A kind of place said with "a"/"an" is one wanted; a job held
 * names its employer ("technical writer at Stripe" stays an entry). A sector word before the
 * title ("nonprofit executive director", "marine electrician apprentice") is part of the wish.
 */
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import { isOnlyTitle } from "./fit-question-role.ts";
import { call, type Outcome } from "./types.ts";

/** Where the job is: "for a county government", "at an ed-tech company", "with the park service". */
const SETTING = /\s+(?:for|at|with|in|on|within)\s+(?:a|an|the|some|any)\s+[^,]+$|\s*,\s*[^,]{1,40}$/i;
/** "from A to B" written as an arrow: the job after it is wanted. */
const ARROW = /^.{2,60}?\s*(?:->|→|=>|⇒)\s*/u;
/** Words that ask or act: such a message is no title. */
const ASKS =
  /\?|\b(?:i|me|my|am|is|are|do|does|can|could|should|would|fit|qualif\w*|analy[sz]e\w*|analysis|score|match|want|wanna|become|be|not|no|any|how|what|why)\b/i;

/** Readings this replaces: nothing done, a fit check with no role said, a job saved as held. */
function replaceable(outcome: Outcome, setting: string, labelled: boolean): boolean {
  const names = outcome.calls.map((c) => c.name);
  // "Target: X for an airline": the label is no company the person applied to (the store Target).
  if (labelled && names.join() === "add_application") return true;
  // Asked back, not understood, or asked which application (the words read as one's news).
  if (names.length === 0)
    return ["clarify", "unknown", "ask_application_which"].includes(outcome.say?.kind ?? "");
  // The target set with the setting in its words ("… for a school district"): set as the title.
  if (["analyze_fit", "set_dream_job,analyze_fit", "set_dream_job"].includes(names.join())) return true;
  return names.join() === "add_profile_entry" && /^\s+(?:for|at|with|in)\s+an?\s/i.test(setting);
}

/**
 * "… at 56 (mandatory). Target: X for an airline or the FAA", "Ziel: X": the job wanted written
 * after a label, in a sentence of its own after the story (conv13u, from blind12's misses: asked
 * back). What follows the label is read as the message.
 */
const TARGET_LABEL =
  /(?:^|[.!?]\s+)(?:target(?:\s+job)?|goal|dream\s+job|next\s+job|aiming\s+for|objetivo|meta|objectif|ziel|wunschjob|lakshya)\s*[:：]\s*([^.!?\n]+)[.!]?\s*$/iu;

export async function titleWithSetting(outcome: Outcome, raw: string): Promise<Outcome | undefined> {
  const labelled = TARGET_LABEL.exec(raw.trim())?.[1];
  const line = (labelled ?? raw).trim().replace(/[.!]+$/, "");
  if (line.includes("\n") || line.split(/\s+/).length > 10) return undefined;
  const moved = line.replace(ARROW, "");
  const setting = moved.match(SETTING)?.[0] ?? "";
  const title = moved.slice(0, moved.length - setting.length).trim();
  if (!title || ASKS.test(title)) return undefined;
  // "forget data analyst, i want to be a data engineer": what comes after a comma asks or wants,
  // it is no setting (trial-dialogues-12h).
  if (setting.trimStart().startsWith(",") && ASKS.test(setting)) return undefined;
  if (!replaceable(outcome, setting, labelled !== undefined)) return undefined;
  const find = await loadRoleFinder();
  const found = find(title, { loose: false });
  if (!found) return undefined;
  // One word before the title found is the sector ("nonprofit", "marine"); more is a sentence.
  const words = title.split(/\s+/);
  const whole =
    isOnlyTitle(title, found.matchedTitle) ||
    (words.length >= 2 && isOnlyTitle(words.slice(1).join(" "), found.matchedTitle));
  if (!whole) return undefined;
  // A target already set without the setting's words ("junior data analyst" from "a junior data
  // analyst role at a bank") is kept as read, and so is the fit check asked beside it (the job
  // named when the chat asked which one: utterances-ratchet await_job).
  const set = outcome.calls.find((c) => c.name === "set_dream_job");
  const tail = setting.replace(/^[\s,]+/, "").toLowerCase();
  if (
    set &&
    tail &&
    !labelled &&
    !String(set.args.text ?? "")
      .toLowerCase()
      .includes(tail)
  )
    return undefined;
  const others = outcome.calls.filter((c) => c.name === "analyze_fit");
  return { calls: [call("set_dream_job", { text: title }), ...(set ? others : [])] };
}
