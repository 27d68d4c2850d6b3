/**
 * What each agent tool returns to the model and to the offline planner's reply templates:
 * one map from tool name to result shape, shared by both sides, so renaming a field fails
 * the typecheck where it is produced and where it is read. Types and one type guard,
 * no tool code: the planner imports it without loading any tool.
 */
import type { Preferences } from "../../contract/profile.ts";
import type { SavedBackground } from "../../tools/profile/background.ts";
import type { EntryCorrectionResult } from "../../tools/profile/entry-correction.ts";
import type { NameCorrectionResult } from "../../tools/profile/name-correction.ts";
import type { RoleChangeResult } from "../../tools/profile/role-change.ts";
import type { ClaimAgainstGap } from "../../tools/skills/claim-against-gap.ts";
import type { GapBrief, GapListResult } from "./gap-results.ts";
import type {
  ApplicationReminderSet,
  PersonalReminderSet,
  ReminderBrief,
  ReminderCancelled,
} from "./reminder-results.ts";

export type { GapListResult } from "./gap-results.ts";

/** The result a tool gave, when it did not answer "needs ..." (tests and templates narrow with it). */
export function isDone<T extends object>(result: T | NeedsResult): result is T {
  return !("needs" in result);
}

/** A tool that cannot act yet says what it needs first. */
export interface NeedsResult {
  /** known_question: a question the person named that the bank has nothing near (practice_question's asked). */
  needs: "job" | "profile" | "analysis" | "roadmap" | "question" | "bookmarks" | "known_question";
}

/** An analysis in brief (analyze_fit, and explain_score without a score). */
export interface AnalysisBrief {
  analysisId: string;
  jobTitle: string | null;
  verdict: "FIT" | "UNFIT";
  readiness: number;
  confidence: number;
  verdictReason: string;
  /** How many gaps in all, and how many the gap list shows (the rest on "more"). */
  gapCount?: number;
  gapsShown?: number;
  topGaps: GapBrief[];
  strengths: string[];
}

interface ApplicationSummary {
  id: string;
  company: string;
  position: string;
  status: string;
  appliedOn: string | null;
  /** When the interview ahead is, as the person reads it ("Thu, Dec 10 at 09:00 (UTC)"). */
  interview?: string;
  /** The stage's name for the role ("Practical interview" for a cook; tools/applications/interview-kind.ts). */
  stage?: string;
}

interface QuestionBrief {
  id: string;
  text: string;
  type: string;
  difficulty: string;
  role: string;
}

interface Progress {
  done: number;
  total: number;
  currentWeek: { week: number; title: string; items?: string[] } | null;
}

/** A background told instead of a resume: what was saved (tools/profile/background.ts); unread: said back. */
type SavedToldBackground = Omit<SavedBackground, "roles"> & {
  roles: (SavedBackground["roles"][number] & { datesWritten?: boolean })[];
  unread?: string[];
};

export interface ToolResults {
  read_resume: {
    resumeId: string;
    filename: string;
    /** Pasted as text, not a file: the reply says "the resume you pasted". */
    pasted?: true;
    /** The stored file read again ("re-read my resume"), not a new one. */
    reread: boolean;
    quality: string;
    name: string | null;
    skills: number;
    topSkills: string[];
    experience: number;
    education: number;
    added: Record<string, number>;
    keptHandEdits: number;
    ignoredInstructions: number;
    warnings: string[];
    /** The target set before the resume came (its fit check is the next step). */
    target?: string;
  };
  show_profile: {
    empty: boolean;
    name: string | null;
    headline: string | null;
    totalYearsExperience: number | null | undefined;
    education: number;
    experience: number;
    projects: number;
    certifications: number;
    skills: number;
    /** How many of `skills` the card shows (the rest on "more"). */
    skillsShown?: number;
    topSkills: string[];
    /** Spoken languages with the level written beside them: "German (B1)". */
    languages?: string[];
    preferences?: Preferences;
  };
  show_skills: {
    count: number;
    /** How many of `count` this reply shows (the rest on "more"); `validated`: backed by experience. */
    shown?: number;
    validated?: number;
    /** The skills are ordered strongest first (asked "what are my strongest skills?"). */
    strongest?: boolean;
    skills: { name: string; proficiency: string; validated: boolean; [more: string]: unknown }[];
  };
  add_skill: {
    skill: string;
    proficiency: string;
    proficiencyStated: boolean;
    alreadyHad: boolean;
    recognised: boolean;
    /** Set when the skill is a spoken language: kept with the profile's languages instead. */
    spoken?: { level?: string; added: boolean };
    /** Set when the skill is a certificate the taxonomy knows: kept with the certifications too. */
    certificate?: "added" | "held";
  };
  update_skill: { skill: string; proficiency: string; previous: string | null; added: boolean };
  remove_skill: { skill: string; removed: boolean };
  // One entry from a sentence, or a whole background told (its `background` form: kind "background").
  add_profile_entry:
    | {
        kind: string;
        id: string;
        label: string;
        entry: unknown;
        /** A duration said instead of dates ("3 years as …"), counted back from this month. */
        countedFrom?: string;
      }
    | (SavedToldBackground & { kind: "background" });
  save_background: SavedToldBackground;
  change_role: RoleChangeResult; // a role ended or its length corrected (tools/profile/role-change.ts)
  correct_profile_entry: EntryCorrectionResult; // tools/profile/entry-correction.ts
  set_name: NameCorrectionResult; // tools/profile/name-correction.ts
  set_dream_job: {
    jobId: string;
    title: string | null;
    company: string | null;
    source: "role" | "posting";
    /** A posting's asks by name (skills, years of experience, licences, degree: postingAsks); a role's skills. */
    requiredSkills: string[];
    preferredSkills: string[];
    notes: string[];
    ignoredInstructions: number;
    /**
     * A described role's pay, place or work mode, stored as the person's preferences: `noted`
     * filled empty fields; `kept` names fields an earlier statement of theirs keeps.
     */
    preferences?: { preferences: Preferences; noted: string[]; kept: string[] };
  };
  analyze_fit: AnalysisBrief;
  explain_score:
    | {
        score: string;
        label: string;
        value: number | null;
        enoughData: boolean;
        explanation: string;
        evidence: unknown[];
      }
    | (AnalysisBrief & { reason: string; score?: undefined });
  explain_gap:
    | GapListResult
    | {
        skill: string;
        isGap: false;
        summary: string;
        resources?: { title: string; url: string; hours: number; kind: string }[];
        /** The analysis was run again first: a resume was read after it (fresh-analysis.ts). */
        rerunForResume?: true;
      }
    | {
        skill: string;
        isGap: true;
        kind: string;
        severity: string;
        priority: number;
        reason: string;
        resources: { title: string; url: string; hours: number; kind: string }[];
        /** A skill the person set against the gap, and how the skill data links the two. */
        claim?: ClaimAgainstGap;
        /** The analysis was run again first: a resume was read after it (fresh-analysis.ts). */
        rerunForResume?: true;
        learnFirst?: true; // "what should I learn first?": the gap to start on, the plan offered
      };
  reanalyze: AnalysisBrief & {
    previousReadiness: number;
    added: string[];
    changes: string[];
    summary: string;
  };
  create_roadmap: Progress & {
    roadmapId: string;
    weeks: number;
    hoursPerWeek: number;
    fits: boolean;
    targetWeeks?: number;
    /** No weeks given and the work runs longer: the plan stops at this many weeks. */
    horizonWeeks?: number;
    /** Weeks given without hours: the hours are the person's earlier ones or the default. */
    hoursAssumed?: boolean;
    /** Degrees and licences: the plan holds their first step; `duration` says how long the whole takes. */
    longTerm?: { skill: string; duration?: string }[];
    cut: string[];
    overflow: string[];
    focusSkills: string[];
    message?: string;
  };
  show_roadmap: Progress & {
    roadmapId: string;
    weeks: number;
    /** The week asked for ("what's in week 3?"), null when the roadmap has no such week. */
    shownWeek?: { week: number; title: string; items: string[]; done: boolean } | null;
    askedWeek?: number;
    /** The roadmap was planned for another job than the target now. */
    oldTarget?: { planned: string; target: string };
  };
  record_progress: {
    roadmapId: string;
    week: number | null;
    item: string | null;
    /** Present when the item or week was marked as not done again. */
    undone?: true;
    done: number;
    total: number;
    nextWeek: Progress["currentWeek"];
  };
  list_analyses: {
    count: number;
    analyses: { verdict: string; jobTitle?: string | null; readiness: number; createdAt: string }[];
  };
  compare_analyses: {
    readinessBefore: number | null;
    readinessAfter: number | null;
    verdictBefore: string;
    verdictAfter: string;
    improved: string[];
    worsened: string[];
    stillBlocking: string[];
    summary: string;
  };
  export_data: { filename: string; bytes: number; records: number };
  link_account: import("../../tools/accounts/link.ts").ChatLinkResult;
  delete_data: { deleted: boolean; needsConfirmation?: boolean; conversations?: number };
  forget_resume: import("./forget-resume-tool.ts").ForgetResumeResult;
  /** `alreadyTracked`: the same application was logged before; nothing was added. */
  add_application: ApplicationSummary & { alreadyTracked?: true };
  update_application_status: {
    id: string;
    company: string;
    position: string;
    from: string;
    to: string;
    /** The stages' names for the role applied to ("Applied", "Practical interview"). */
    fromStage?: string;
    toStage?: string;
    /** The move was the latest change taken back (a correction), not a new one. */
    undone?: true;
    /** When the interview is, when one was said with the news ("next thursday"). */
    interview?: string;
    /** Whether the hour was said too (else the interview is kept at 09:00 and the reply asks). */
    hourSaid?: boolean;
    /** The reminder's lead the person chose ("2 days"), kept when the interview moved; absent for the day before. */
    lead?: string;
    /** The news was about an application not tracked before: it was logged at that stage (`from` is "untracked"). */
    logged?: true;
    appliedOn?: string | null;
    [more: string]: unknown;
  };
  list_applications: {
    count: number;
    /** How many of `count` this reply shows (the rest on "more"). */
    shown: number;
    status: string | null;
    company: string | null;
    applications: ApplicationSummary[];
  };
  application_stats: {
    total: number;
    submitted: number;
    responseRate: number | null;
    interviewRate: number | null;
    offerRate: number | null;
    medianDaysToFirstResponse: number | null;
    insights: string[];
  };
  delete_application: { company: string; position: string };
  /** The application as corrected, and what it said before. */
  change_application: ApplicationSummary & {
    before: { appliedOn: string | null; position: string; company: string };
  };
  /**
   * `role`: the role searched for; `general`: none found for it, so behavioural ones instead;
   * `missingTopic`: the topic asked about that the bank has nothing on; `topic`: the topic
   * asked about when questions were found; `onSkills`: the bank has no role for the target
   * `role`, so the questions are on these skills of it. `count` of `total` shown.
   */
  search_questions: {
    count: number;
    total: number;
    questions: QuestionBrief[];
    role?: string;
    onSkills?: string[];
    general?: boolean;
    missingTopic?: string;
    topic?: string;
  };
  questions_for_gaps: {
    count: number;
    /** The gaps the questions are on (gaps with none in the person's field are left out). */
    skills: string[];
    questions: QuestionBrief[];
    /** None in the person's field for the gaps: field-neutral behavioural questions instead. */
    general?: true;
  };
  practice_question: {
    questionId: string;
    text: string;
    type: string;
    difficulty: string;
    /** A topic or role asked for that the bank has no questions on (a field-neutral question came instead). */
    notCovered?: { kind: "topic" | "role"; name: string };
    /** The target the bank has no set for, practised from its nearest set (named). */
    nearest?: { asked: string; name: string };
    /** Asked for the target role ("quiz me for this job"): that role, null when there is none. */
    forRole?: string | null;
    /** A question the person named: what a strong answer covers ([] when the bank lacks it and none was picked). */
    covers?: string[];
  };
  answer_question: {
    questionId: string;
    score: number;
    /** Opening words that fit the score (tools/interviews/feedback openerFor). */
    opener: string;
    summary: string;
    strengths: string[];
    missing: string[];
    attempt: number;
    previousBest: number | null;
    coaching?: string;
  };
  /** The latest practice answer's score and its two main points ("how did I do?"). */
  practice_recap: { needs: "answer" } | { questionId: string; text: string; score: number; points: string[] };
  bookmark_question: { questionId: string; text: string; bookmarked: true; alreadySaved: boolean };
  list_bookmarks: { count: number; total: number; questions: QuestionBrief[]; savedJobs?: number };
  /**
   * A page of the last long list: items `from`-`to` of `total` (kind null: no list to go on
   * with; count 0: the page asked for is past the end).
   */
  show_more: {
    kind: "questions" | "applications" | "skills" | "reminders" | "gaps" | null;
    count: number;
    from: number;
    to: number;
    total: number;
    questions?: QuestionBrief[];
    applications?: ApplicationSummary[];
    skills?: { name: string; proficiency: string; validated: boolean }[];
    reminders?: ReminderBrief[];
    gaps?: GapBrief[];
  };
  remove_bookmark:
    | { questionId: string; text: string; removed: true }
    /** The words fit several bookmarks: nothing removed, the person picks one. */
    | { removed: false; about: string; choices: { questionId: string; text: string; place: number }[] };
  set_preferences: { preferences: Preferences; changed: string[] };
  list_reminders: {
    count: number;
    /** How many of `count` this reply shows (the rest on "more"). */
    shown?: number;
    withinDays: number | null;
    reminders: ReminderBrief[];
  };
  set_reminder: ApplicationReminderSet | PersonalReminderSet;
  cancel_reminder: ReminderCancelled;
}
