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
  bookmark_question: "question",
  list_bookmarks: "question",
  remove_bookmark: "question",
  add_application: "application",
  update_application_status: "application",
  list_applications: "application",
  application_stats: "application",
};

type Result = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? (v as Result[]) : []);

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** The focus changes one tool result implies for the offline planner's next turn. */
export function focusAfter(tool: string, result: Result, args: Result, before: Focus = {}): Partial<Focus> {
  if (result.error || result.needs) return {};
  const update: Partial<Focus> = {};
  const topic = TOPIC[tool as ToolName];
  if (topic) update.topic = topic;
  switch (tool) {
    case "add_skill":
    case "update_skill":
    case "remove_skill":
      if (str(args.skill)) update.skill = str(args.skill);
      break;
    case "add_application":
    case "update_application_status": {
      const company = str(result.company) ?? str(args.company);
      if (company)
        update.application = {
          company,
          position: str(result.position) ?? str(args.position),
          status: str(result.to) ?? str(result.status),
          previousStatus: str(result.from),
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
      // "show my roadmap" then "done with all of it": the week in front of them is "it".
      const current = (result.currentWeek ?? result.nextWeek) as Result | null | undefined;
      const week = num(current?.week);
      if (week) update.currentWeek = week;
      break;
    }
    case "analyze_fit":
    case "reanalyze": {
      update.analysed = (before.analysed ?? 0) + 1;
      const gaps = list(result.topGaps)
        .map((g) => str(g.skill))
        .filter(Boolean) as string[];
      update.gaps = gaps;
      break;
    }
  }
  return update;
}
