/**
 * Yes and no to a deletion the chat asked "are you sure?" about, in the chat's languages, right
 * after the question or with other messages in between (trial18 §5: a German "nein" after
 * another message was read as a gap's name). Exact words of assent and refusal are a command
 * format, not language to model. A "no" cancels and says which deletion it cancelled; a "yes"
 * after other messages never deletes on its own: the question is asked again, naming what it
 * is about, so a yes meant for something else deletes nothing.
 */
import type { Focus } from "../graph/focus.ts";
import { asksAboutDeletion } from "./deletion-question.ts";
import { asksToForgetResume } from "./resume-forget-asked.ts";
import { call, type Outcome } from "./types.ts";

const YES_WORDS =
  "yes|yep|yeah|yup|y|i am sure|i'm sure|ok|okay|sure|confirm(?:ed)?|do it|go ahead|please do|absolutely|s[ií]|claro|vale|dale|hazlo|adelante|confirmo|oui|ouais|d'accord|vas-y|bien s[uû]r|je confirme|ja|jawohl|jo|klar|genau|mach (?:das|es|schon)|sim|pode|com certeza|faz isso|haan|han|ji haan|theek hai";
const NO_WORDS =
  "no|nope|nah|n|cancel|stop|do not|don't|dont|never ?mind|keep it|mejor no|cancela(?:r|lo)?|d[eé]jalo|non|annule[rz]?|laisse(?: tomber)?|pas question|surtout pas|nein|nee|ne|abbrechen|lieber nicht|doch nicht|stopp|bloß nicht|n[aã]o|deixa(?: pra l[aá])?|melhor n[aã]o|nahi|nahin|mat";
const YES = new RegExp(String.raw`^(?:${YES_WORDS})(?!\p{L})`, "iu");
const NO = new RegExp(String.raw`^(?:${NO_WORDS})(?!\p{L})`, "iu");
/** A refusal inside a yes ("yes, but don't"): not a yes. */
const BUT_NOT = /(?<!\p{L})(?:not|don't|no|nicht|pas|no lo|n[aã]o)(?!\p{L})/iu;

const words = (raw: string) => raw.trim().split(/\s+/).length;
const plain = (raw: string) => raw.trim().replace(/^[¡¿"'«]+/, "");

/** "yes", "ja, mach das", "sí, bórralo", "oui vas-y": assent, at most a few words more. */
export const saysYes = (raw: string) =>
  !/\?\s*$/.test(raw) && // "pode explicar?" asks; it does not assent
  words(raw) <= 8 && // "yes, please delete all of my data"
  YES.test(plain(raw)) &&
  !BUT_NOT.test(plain(raw).replace(YES, ""));
/** "no", "nein", "não", "non merci", "mejor no", "lieber nicht": refusal, short. */
export const saysNo = (raw: string) => words(raw) <= 6 && NO.test(plain(raw)) && !asksToForgetResume(raw);

type Pending = NonNullable<Focus["pending"]>;

const cancelled = (pending: Pending | undefined, action: Pending["action"]): Outcome => ({
  calls: [],
  say: { kind: "pending_cancelled", detail: pending?.label ? `${action}:${pending.label}` : action },
  awaiting: null,
  remember: { pending: null },
});

/** forget_resume on the resume the question was about. */
const forgetCall = (pending: Pending | undefined, confirm: boolean) =>
  call("forget_resume", { ...(pending?.resumeId ? { resumeId: pending.resumeId } : {}), confirm });

/** The message right after "Delete your resume …? Reply yes or no". */
export function answerToForgetResume(raw: string, focus: Focus): Outcome | undefined {
  const pending = focus.pending?.action === "forget_resume" ? focus.pending : undefined;
  if (saysNo(raw)) return cancelled(pending, "forget_resume");
  if (saysYes(raw))
    return { calls: [forgetCall(pending, true)], awaiting: null, remember: { pending: null } };
  // "what exactly gets deleted?", "bleiben meine Fähigkeiten?": the list again, still asking.
  if (asksAboutDeletion(raw)) return { calls: [forgetCall(pending, false)] };
  return undefined;
}

/**
 * A yes or no with nothing asked just before it, while a deletion asked about a few messages
 * ago still waits: the no cancels it (said which), the yes asks again.
 */
export function answerToPending(raw: string, focus: Focus): Outcome | undefined {
  const pending = focus.pending;
  if (!pending) return undefined;
  if (saysNo(raw)) return cancelled(pending, pending.action);
  // The last reply offered a next step: the yes takes that (understand.ts), not the old question.
  if (!saysYes(raw) || focus.offered) return undefined;
  const again =
    pending.action === "forget_resume" ? forgetCall(pending, false) : call("delete_data", { confirm: false });
  const named = pending.label ? `${pending.action}:${pending.label}` : pending.action;
  return { calls: [again], say: { kind: "pending_again", detail: named } };
}

/** Each message the pending deletion waits through counts down; at zero it is dropped. */
export function pendingAged(focus: Focus): { pending?: Pending | null } {
  const pending = focus.pending;
  if (!pending) return {};
  return { pending: pending.left > 1 ? { ...pending, left: pending.left - 1 } : null };
}
