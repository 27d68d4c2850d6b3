/**
 * What the conversation is about right now. Tools update it from their results and the
 * planner reads it to resolve "it", "that job", "why?" and to know what it asked for.
 */
import type { ScoreKey } from "../../contract/conversation.ts";

export type Awaiting =
  /** Asked which job to compare against: the next message is a posting or role description. */
  | "job"
  /** Asked for a resume: the next attachment is it. */
  | "resume"
  /** Asked "are you sure?" before deleting everything. */
  | "delete_confirmation"
  /** Asked "are you sure?" before deleting one resume and what came only from it. */
  | "forget_resume_confirmation"
  /** A practice question is on the table: the next message is the answer. */
  | "practice_answer";

/** The kinds of list the chat shows a page at a time (agent/tools/list-pages.ts). */
export type ListKind = "questions" | "applications" | "skills" | "reminders" | "gaps";

/** A list longer than one page, for "more": what it lists and how far it was shown. */
export interface ListPage {
  kind: ListKind;
  title: string;
  total: number;
  /** Items shown so far: the list goes on from here ("more") unless a page is named. */
  shown: number;
  /** Questions: the whole list's ids in order (a search is not run again for the next page). */
  ids?: string[];
  /** Applications: the listing's filters (the list is read again from where it stopped). */
  status?: string;
  company?: string;
  /** Reminders: only those due within this many days. */
  withinDays?: number;
  /** Gaps: the analysis they belong to. */
  analysisId?: string;
}

export interface Focus {
  jobId?: string;
  jobTitle?: string;
  analysisId?: string;
  verdict?: "FIT" | "UNFIT";
  roadmapId?: string;
  questionId?: string;
  questionText?: string;
  lastScore?: ScoreKey;
  hasProfile?: boolean;
  awaiting?: Awaiting;
  /**
   * A deletion asked "are you sure?" about and not answered yet. It outlives `awaiting` by a few
   * messages, so a "nein" after another message in between still answers it, naming what it
   * answers (agent/planner/pending-answer.ts). `left`: messages it still waits through.
   */
  pending?: { action: "delete_data" | "forget_resume"; resumeId?: string; label?: string; left: number };
  /** What the last exchange was about; the same words mean different things after each. */
  topic?: "job" | "analysis" | "roadmap" | "question" | "application";
  /**
   * The application last logged, updated or listed first ("they", "it"), and its last change.
   * Its id and day applied let a company corrected right after logging be logged again as said.
   */
  application?: {
    company: string;
    position?: string;
    status?: string;
    previousStatus?: string;
    id?: string;
    appliedOn?: string;
    /** Logged again while already tracked: the last request changed nothing, so "undo" has nothing to take back. */
    unchanged?: boolean;
  };
  /**
   * A company named in news about an application no tracked one matched ("rejected by
   * salesforce smh"): the next "I applied there last week" logs it.
   */
  untracked?: string;
  /**
   * An application asked about because its company was described, not named ("a startup for
   * analyst" -> "Which startup was it?"): the role and day said, kept so that the answer
   * ("it's Gainsight") logs it. Cleared by any other turn.
   */
  applicationAsked?: { position: string; appliedOn?: string };
  /**
   * A reminder asked for with no day ("remind me to call Ana" -> "When should I remind you?"):
   * its task or application, so a bare day next ("friday", "el viernes") sets it
   * (agent/planner/reminder-answer.ts). Cleared by any other turn.
   */
  reminderAsked?: { task?: string; application?: string };
  /**
   * The last reply asked back ("Just to be sure, which of these?"): the messages its choices
   * send, in order (empty when it asked in words). "the second one" picks a choice; "I mean
   * my resume, what's in it" is read without its lead-in (agent/planner/after-ask-back.ts).
   */
  askedBack?: string[];
  /** Companies of the last application list, in order ("the second one"). */
  applications?: string[];
  /** Names of the last skills list, in order as shown ("remove the last one", "delete the second"). */
  skillsListed?: string[];
  /** Companies of the last reminders list, in order as shown ("cancel that", "stop the 2nd"). */
  remindersListed?: string[];
  /** Ids of the last question list as shown so far, in order ("bookmark the 2nd", "the 7th" after "more"). */
  questionIds?: string[];
  /** The last list longer than a page ("more" shows the next one). */
  page?: ListPage;
  /** The last analysis's top gaps, in order ("the second one", "the terraform one"). */
  gaps?: string[];
  /** The skill last added, changed or asked about ("the language, not the verb"). */
  skill?: string;
  /** The roadmap week the person last named ("what's in week 3?" then "done with all of it"). */
  week?: number;
  /** The roadmap's first unfinished week, as the last roadmap result showed it. */
  currentWeek?: number;
  /** That week's items (skills), in order: "mark the second one done", "did the first two". */
  weekItems?: string[];
  /** The company of the target job set last, when its posting named one. */
  jobCompany?: string;
  /**
   * Analyses run in this conversation, oldest first (the last few), by the company and
   * title of their job: "the Google analysis", "compare it with the Amazon one".
   */
  analyses?: { id: string; company?: string; title?: string }[];
  /** Analyses run in this conversation (a new target clears analysisId, not what "compare the two" means). */
  analysed?: number;
  /** The next step the last reply proposed ("Am I a fit?"): a bare "yes, do it" takes it. */
  offered?: string;
  /** The first call the last message planned, with its arguments ("no, the other one" redoes it). */
  lastCall?: { name: string; args: Record<string, unknown> };
  /** The calls that take back the profile changes of the message whose first call was `lastCall` ("undo"). */
  profileUndo?: {
    lastCall?: { name: string; args: Record<string, unknown> };
    calls: { name: string; args: Record<string, unknown> }[];
  };
  /** The last request planned ("and week 2" continues it). */
  lastIntent?: string;
  /** Languages the person was already told that replies come in English. */
  languagesNoted?: string[];
  /** The language of the person's last message long enough to tell (a prior for short or mixed ones). */
  language?: string;
  /**
   * A removal asked for with "it" beside a listing ("show my skills and delete it"): once
   * the list is shown, ask which one, with its items as choices.
   */
  picking?: "remove_skill" | "delete_application";
  /** Preferences already asked for after an analysis (asked once: agent/tools/preference-question.ts). */
  preferencesAsked?: string[];
}

/** Later keys win; an explicit `undefined` clears a key (e.g. awaiting answered). */
export function mergeFocus(current: Focus, update: Partial<Focus> | undefined): Focus {
  if (!update) return current;
  const next: Focus = { ...current };
  for (const [key, value] of Object.entries(update) as [keyof Focus, unknown][]) {
    if (value === undefined || value === null) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
  }
  return next;
}
