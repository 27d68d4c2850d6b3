/** Shapes shared by the offline planner's understanding, replies and evaluation. */
import type { Awaiting, Focus } from "../graph/focus.ts";
import type { PlannedCall, ToolName } from "../tools/schemas.ts";

/** Why the planner answers in words instead of (or before) calling a tool. */
export type SayKind =
  | "greeting"
  | "help"
  | "thanks"
  | "goodbye"
  | "refusal_out_of_scope"
  | "refusal_harmful"
  | "refusal_scores"
  | "ask_job"
  | "ask_resume"
  | "ask_skill"
  | "ask_application"
  /** Applications said in one message whose company could not be read (applications-in-clauses.ts). */
  | "applications_unread"
  /** A correction of an application not tracked, or someone else's: nothing changed (application-corrected.ts). */
  | "correction_not_tracked"
  | "ask_entry"
  /** An entry correction the planner could not read in full (plans/entry-correction-plans.ts). */
  | "ask_correction"
  | "cancelled"
  | "not_available"
  | "unknown"
  | "ask_skill_which"
  | "ask_level"
  | "ask_application_which"
  | "ask_role_which"
  | "current_role"
  /** An employer said with no job title: what they do there (employer-said.ts). */
  | "ask_role_at_employer"
  /** A background told with no resume but no job named (background-said.ts). */
  | "ask_background"
  | "ask_status"
  | "ask_roadmap_first"
  | "ask_progress_which"
  | "ask_question_first"
  | "ask_compare_what"
  | "ask_preference"
  | "nothing_to_confirm"
  /** "undo that" with no last change the tracker can take back exactly (undo-last.ts). */
  | "nothing_to_undo"
  /** What deleting everything takes, asked while the yes is awaited (deletion-question.ts). */
  | "delete_scope"
  /** A pending deletion cancelled by a "no", named (detail "forget_resume:cv.pdf" or "delete_data"; pending-answer.ts). */
  | "pending_cancelled"
  /** A "yes" after other messages: which pending deletion it would answer, before asking again. */
  | "pending_again"
  | "practice_stopped"
  | "hint"
  | "pause"
  | "feelings"
  | "privacy"
  | "advice"
  | "clarify"
  | "language_note"
  | "language_unsupported"
  | "term"
  /** What a role's work is, written from the role data when planned (role-work-question.ts). */
  | "role_work"
  | "confused"
  | "answer_language"
  | "ask_reminder_when";

export interface Say {
  kind: SayKind;
  /** Extra words for the template, e.g. the capability that is not available. */
  detail?: string;
  /** For "clarify": the likeliest readings, offered as quick replies. */
  choices?: { label: string; text: string }[];
}

export interface Plan {
  calls: PlannedCall[];
  says: Say[];
  /** What the next message will answer; null clears it. */
  awaiting?: Awaiting | null;
  /** The main request of this message, so a bare "and ..." next can continue it. */
  lastIntent?: string;
  /** A language the person was told, this turn, that replies come in English. */
  languageNoted?: string;
  /** The language of this message, when it was long enough to tell: the next message's prior. */
  language?: string;
  /** Dialogue state this message sets or clears (null) before any tool runs: the week it named. */
  remember?: { [K in keyof Focus]?: Focus[K] | null };
}

export interface Segment {
  /** As typed (for names and casing). */
  raw: string;
  /** Lower-cased, contractions expanded, keyword typos corrected. */
  t: string;
}

export interface PlanContext {
  focus: Focus;
  attachments: string[];
  available: ReadonlySet<ToolName>;
  /**
   * Companies of the person's tracked applications, as stored: "amazon wants to interview me"
   * names one in lower case, with nothing in focus.
   */
  tracked?: readonly string[];
  /**
   * Names of the skills on the person's profile, read only for a message that takes something
   * away or tells a job held (none yet: a background told is saved, background-said.ts).
   */
  ownSkills?: readonly string[];
}

export type Outcome = {
  calls: PlannedCall[];
  say?: Say;
  awaiting?: Awaiting | null;
  /** Dialogue state this request sets before its tools run (see Plan.remember). */
  remember?: Plan["remember"];
};
export type Rule = (segment: Segment, context: PlanContext) => Outcome | null;

export const call = (name: ToolName, args: Record<string, unknown> = {}): PlannedCall => ({ name, args });
export const calls = (...list: PlannedCall[]): Outcome => ({ calls: list });
export const say = (kind: SayKind, awaiting?: Awaiting | null, detail?: string): Outcome => ({
  calls: [],
  say: { kind, detail },
  awaiting,
});
