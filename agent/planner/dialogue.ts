/**
 * Dialogue state kept between turns (inside the checkpointed focus): what the last
 * exchange was about, and the things a person may point back to — the application just
 * logged ("they called me back"), the last list of questions ("bookmark the 2nd"), the
 * last gaps ("the terraform one"). Derived from the structured tool results, so it is
 * the same whichever words were used.
 */
import type { Focus } from "../graph/focus.ts";
import type { ToolName } from "../tools/schemas.ts";

const TOPIC: Partial<Record<ToolName, NonNullable<Focus["topic"]>>> = {
  set_dream_job: "job",
  analyze_fit: "analysis",
  reanalyze: "analysis",
  explain_score: "analysis",
  explain_gap: "analysis",
  compare_analyses: "analysis",
  list_analyses: "analysis",
  create_roadmap: "roadmap",
  show_roadmap: "roadmap",
  record_progress: "roadmap",
  practice_question: "question",
  search_questions: "question",
  questions_for_gaps: "question",
  answer_question: "question",
  practice_recap: "question",
  bookmark_question: "question",
  list_bookmarks: "question",
  remove_bookmark: "question",
  add_application: "application",
  update_application_status: "application",
  list_applications: "application",
  application_stats: "application",
  list_reminders: "application",
  set_reminder: "application",
  cancel_reminder: "application",
};

/** The topic a page of each kind of list keeps (skills have none of their own). */
const SHOWN_TOPIC: Record<string, Focus["topic"]> = {
  applications: "application",
  reminders: "application",
  questions: "question",
  gaps: "analysis",
};

type Result = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? (v as Result[]) : []);

/** Enough to name any analysis of one conversation's comparisons; the checkpoint stays small. */
const KEEP_ANALYSES = 6;

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** Focus keys to set, or to clear (null). */
export type FocusUpdate = { [K in keyof Focus]?: Focus[K] | null };

/** The focus changes one tool result implies for the offline planner's next turn. */
/** The skills of a gap list a result carries, in its order. */
const skillsOf = (gaps: unknown): string[] =>
  list(gaps)
    .map((g) => str(g.skill))
    .filter(Boolean) as string[];

export function focusAfter(tool: string, result: Result, args: Result, before: Focus = {}): FocusUpdate {
  if (result.error || result.needs) {
    // News about a company not tracked yet: "I applied there" next means that company.
    const named = str(args.application);
    return tool === "update_application_status" && result.code === "not_found" && named
      ? { untracked: named }
      : {};
  }
  const update: FocusUpdate = {};
  const topic = TOPIC[tool as ToolName];
  if (topic) update.topic = topic;
  switch (tool) {
    case "show_more":
      // The next page keeps the topic of the list it continues.
      if (typeof result.kind === "string" && SHOWN_TOPIC[result.kind])
        update.topic = SHOWN_TOPIC[result.kind];
      break;
    case "add_skill":
    case "update_skill":
    case "remove_skill":
      if (str(args.skill)) update.skill = str(args.skill);
      break;
    case "add_application":
    case "change_application":
    case "update_application_status": {
      // Logged from news with no role said: a bare role next names it (role-for-untracked.ts).
      update.untracked = result.logged === true ? (str(result.company) ?? null) : null;
      const company = str(result.company) ?? str(args.company);
      if (company)
        update.application = {
          company,
          position: str(result.position) ?? str(args.position),
          status: str(result.to) ?? str(result.status),
          previousStatus: str(result.from),
          id: str(result.id),
          appliedOn: str(result.appliedOn),
          ...(result.alreadyTracked === true ? { unchanged: true } : {}),
        };
      break;
    }
    case "list_applications": {
      const companies = list(result.applications)
        .map((a) => str(a.company))
        .filter(Boolean) as string[];
      if (companies.length) update.applications = companies;
      break;
    }
    case "list_reminders": {
      // The person's own reminder has no company: "reminder:<id>" (listed-reminder.ts cancels by it).
      const companies = list(result.reminders)
        .map((r) => str(r.company) ?? (str(r.id) ? `reminder:${str(r.id)}` : undefined))
        .filter(Boolean) as string[];
      update.remindersListed = companies.length ? companies : null;
      break;
    }
    case "explain_gap":
      // "what am I missing" listed every gap: "the second one" next counts that list.
      if (Array.isArray(result.gaps)) update.gaps = skillsOf(result.gaps);
      break;
    case "practice_question":
      // Practice on the target role: "next question" goes on with the role, not an older list.
      if (args.target === true) update.questionIds = null;
      break;
    case "search_questions":
    case "questions_for_gaps":
    case "list_bookmarks": {
      const ids = list(result.questions)
        .map((q) => str(q.id))
        .filter(Boolean) as string[];
      if (ids.length) update.questionIds = ids;
      break;
    }
    case "show_roadmap":
    case "create_roadmap":
    case "record_progress": {
      // "show my roadmap" then "done with all of it": the week in front of them is "it";
      // after "what's in week 3?" that week ("mark the second one done", "the week after that").
      const asked = result.shownWeek as Result | null | undefined;
      if (asked && num(asked.week)) update.week = num(asked.week);
      const current = (result.currentWeek ?? result.nextWeek) as Result | null | undefined;
      const week = num(current?.week);
      if (week) update.currentWeek = week;
      const listed = asked ?? current;
      const items = Array.isArray(listed?.items)
        ? (listed.items as unknown[]).filter((i) => typeof i === "string")
        : [];
      update.weekItems = items.length ? (items as string[]) : null;
      break;
    }
    case "set_dream_job":
      // A new target without a company must not inherit the last one's.
      update.jobCompany = str(result.company) ?? null;
      break;
    case "analyze_fit":
    case "reanalyze": {
      update.analysed = (before.analysed ?? 0) + 1;
      const id = str(result.analysisId);
      if (id) {
        const named = { id, company: before.jobCompany, title: str(result.jobTitle) };
        update.analyses = [...(before.analyses ?? []).filter((a) => a.id !== id), named].slice(
          -KEEP_ANALYSES,
        );
      }
      update.gaps = skillsOf(result.topGaps);
      break;
    }
  }
  return update;
}
