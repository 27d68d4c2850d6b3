/**
 * When the intent model is unsure, the planner asks back with the two or three most
 * likely readings as quick replies. Each choice is a whole message that works when
 * tapped ("add Java to my skills"), naming the thing the person mentioned when there is one.
 */
import type { QuickRepliesPart } from "../../contract/conversation.ts";

export type Choice = QuickRepliesPart["options"][number];

const CHOICES: Record<string, (term?: string, role?: string) => Choice> = {
  read_resume: () => ({ label: "Read my resume", text: "here is my resume" }),
  show_profile: () => ({ label: "Show my profile", text: "show my profile" }),
  show_skills: (x) => ({ label: x ? `Is ${x} on my skills?` : "Show my skills", text: "show my skills" }),
  add_skill: (x) =>
    x ? { label: `Add ${x}`, text: `add ${x} to my skills` } : { label: "Add a skill", text: "add a skill" },
  update_skill: (x) =>
    x
      ? { label: `Change ${x}'s level`, text: `change the level of ${x}` }
      : { label: "Change a skill level", text: "change a skill level" },
  remove_skill: (x) =>
    x
      ? { label: `Remove ${x}`, text: `remove ${x} from my skills` }
      : { label: "Remove a skill", text: "remove a skill" },
  add_profile_entry: () => ({ label: "Add to my profile", text: "add education or experience" }),
  // Only a role the person wished for ("moving into customer success"), never a skill they
  // named: "hey, i'm in b2b sales and thinking about moving into customer success" offered
  // "I want to be a b2b sales".
  set_dream_job: (_, role) =>
    role
      ? { label: `Target ${role}`, text: `I want to move into ${role}` }
      : { label: "Set a target job", text: "set my target job" },
  analyze_fit: () => ({ label: "Am I a fit?", text: "am I a fit?" }),
  explain_score: () => ({ label: "Why this verdict?", text: "why?" }),
  explain_gap: (x) =>
    x
      ? { label: `Why is ${x} a gap?`, text: `why is ${x} a gap?` }
      : { label: "Explain my gaps", text: "what am I missing?" },
  reanalyze: () => ({ label: "Re-run the analysis", text: "re-run the analysis" }),
  create_roadmap: () => ({ label: "Make a roadmap", text: "make me a roadmap" }),
  show_roadmap: () => ({ label: "Show my roadmap", text: "show my roadmap" }),
  record_progress: () => ({ label: "Mark progress", text: "finished week 1" }),
  list_analyses: () => ({ label: "My past analyses", text: "show my past analyses" }),
  compare_analyses: () => ({ label: "Compare analyses", text: "compare my last two analyses" }),
  export_data: () => ({ label: "Export my data", text: "export my data" }),
  link_account: () => ({ label: "Link my account", text: "link my account" }),
  delete_data: () => ({ label: "Delete my data", text: "delete my data" }),
  forget_resume: () => ({ label: "Delete my resume", text: "delete my resume" }),
  add_application: () => ({ label: "Track an application", text: "track a new application" }),
  update_application_status: () => ({
    label: "Update an application",
    text: "update an application's status",
  }),
  list_applications: () => ({ label: "My applications", text: "show my applications" }),
  application_stats: () => ({ label: "Application stats", text: "show my application stats" }),
  delete_application: () => ({ label: "Delete an application", text: "delete an application" }),
  search_questions: (x) =>
    x
      ? { label: `${x} questions`, text: `interview questions about ${x}` }
      : { label: "Find questions", text: "show me interview questions" },
  questions_for_gaps: () => ({ label: "Questions for my gaps", text: "questions for my gaps" }),
  practice_question: (x) =>
    x ? { label: `Practise ${x}`, text: `quiz me on ${x}` } : { label: "Practise", text: "quiz me" },
  bookmark_question: () => ({ label: "Bookmark it", text: "bookmark this question" }),
  list_bookmarks: () => ({ label: "My bookmarks", text: "show my bookmarks" }),
  remove_bookmark: () => ({ label: "Remove a bookmark", text: "remove this question from my bookmarks" }),
  set_preferences: () => ({ label: "Set my salary expectation", text: "update my salary expectation" }),
  list_reminders: () => ({ label: "My reminders", text: "show my reminders" }),
  set_reminder: () => ({ label: "Set a reminder", text: "remind me to follow up" }),
  cancel_reminder: () => ({ label: "Stop a reminder", text: "stop a reminder" }),
  help: () => ({ label: "What can you do?", text: "what can you do?" }),
  // Answers in words (agent/planner/replies-more.ts ADVICE), each asked as a whole question.
  interview_tips: () => ({ label: "Interview tips", text: "how do I prepare for an interview?" }),
  salary_negotiation: () => ({ label: "Salary advice", text: "how do I negotiate my salary?" }),
  career_paths: () => ({ label: "Career paths", text: "what career paths fit me?" }),
  resume_improvement: () => ({ label: "Improve my resume", text: "how can I improve my resume?" }),
};

/**
 * Quick replies for the likeliest intents (at most three, distinct, only ones with a choice).
 * `term` is the skill or thing the message names; `role` the role it wishes for, if any.
 */
export function choicesFor(intents: string[], term?: string, role?: string): Choice[] {
  const out: Choice[] = [];
  for (const intent of intents) {
    const make = CHOICES[intent];
    if (!make) continue;
    const c = make(term, role);
    if (!out.some((o) => o.text === c.text)) out.push(c);
    if (out.length === 3) break;
  }
  return out;
}
