/** What the planner says when no tool is needed: greetings, help, refusals, questions. */

import type { Focus } from "../graph/focus.ts";
import { unreadApplications } from "./applications-in-clauses.ts";
import { confusedText } from "./confused.ts";
import { correctionNotTrackedText } from "./correction-not-tracked.ts";
import { honestWords, readHonestDetail } from "./honest-words.ts";
import { nextStepFor } from "./next-step.ts";
import { moreText } from "./replies-more.ts";
import type { Say } from "./types.ts";
import { pick } from "./variety.ts";

export const EXAMPLES = [
  "upload your resume (attach a PDF, DOCX, image or text file)",
  '"I want to be a data engineer at a fintech startup" — or paste a job posting',
  '"Am I a fit?" for a FIT/UNFIT verdict with 11 scores, then "why?"',
  '"Make me a roadmap, 8 weeks, 5 hours a week" and later "finished week 1"',
  '"Show my skills", "add Docker as intermediate", "remove PHP"',
  '"I applied to Stripe for the backend role yesterday", "show my applications"',
  '"Quiz me on SQL" or "interview questions for a product manager"',
];

const TOOL_LABELS: Record<string, string> = {
  read_resume: "reading resumes",
  add_profile_entry: "adding education or experience from a sentence",
  set_dream_job: "setting a target job",
  analyze_fit: "FIT/UNFIT analysis",
  explain_score: "explaining scores",
  explain_gap: "explaining gaps",
  reanalyze: "re-analysis",
  create_roadmap: "roadmaps",
  show_roadmap: "roadmaps",
  record_progress: "roadmap progress",
  list_analyses: "analysis history",
  compare_analyses: "comparing analyses",
  export_data: "data export",
  link_account: "linking your account",
  delete_data: "data deletion",
  forget_resume: "deleting a resume",
  add_application: "application tracking",
  update_application_status: "application tracking",
  list_applications: "application tracking",
  application_stats: "application analytics",
  delete_application: "application tracking",
  search_questions: "interview questions",
  questions_for_gaps: "interview questions",
  practice_question: "interview practice",
  answer_question: "interview practice",
  bookmark_question: "interview bookmarks",
};

function helpList(): string {
  return EXAMPLES.map((e) => `• ${e}`).join("\n");
}

export function sayText(say: Say, focus: Focus, seed: string): string {
  const more = moreText(say, focus, seed);
  if (more !== undefined) return more;
  switch (say.kind) {
    case "greeting":
      if (say.detail === "brief") return pick(["Hi!", "Hello!", "Hey there!"], seed);
      return pick(
        [
          `Hi! I'm CareerCraft. I can tell you how you measure up against a job and plan how to close the gap. ${focus.hasProfile ? "What would you like to do?" : "Start by attaching your resume, or tell me the job you want."}`,
          `Hello! Good to see you. ${focus.jobTitle ? `We were looking at ${focus.jobTitle} — want to pick up there?` : focus.hasProfile ? "Tell me the job you want and we'll get going." : "Attach your resume or describe your dream job and we'll get going."}`,
          `Hey there! I can read your resume, compare you with a job (FIT or UNFIT, with the reasons), build a week-by-week roadmap, track applications and run interview practice. Where shall we start?`,
        ],
        seed,
      );
    case "help": {
      const next = nextStepFor(focus)?.text;
      // "what should I do next?": the step alone, with the full list one tap away.
      if (say.detail === "next" && next) return next;
      return `${next ? `${next}\n\n` : ""}${pick(["Here's what I can do:", "Happy to help. You can ask me things like:", "I'm your career agent. Try:"], seed)}\n${helpList()}`;
    }
    case "thanks":
      return pick(
        ["You're welcome! Anything else?", "Glad that helps. What next?", "Any time — shall we keep going?"],
        seed,
      );
    case "goodbye":
      return pick(
        [
          "Good luck! Your profile and plan are saved; come back any time.",
          "Bye for now — everything is saved for next time.",
          "See you soon. Keep going!",
        ],
        seed,
      );
    case "refusal_out_of_scope":
      return pick(
        [
          "That's outside what I can help with — I stick to careers. I can analyse your fit for a job, plan a roadmap, track applications or practise interviews.",
          "Sorry, I only help with careers and job searches. Want to check your fit for a role or work on your roadmap instead?",
        ],
        seed,
      );
    case "refusal_harmful": {
      const claim = readHonestDetail(say.detail);
      if (claim) return honestWords(claim.subject, undefined, claim.skill).text;
      return pick(
        [
          "I can't help with that. I can help you present your real experience well, find the gaps that matter and plan how to close them.",
          "Sorry, that's not something I'll do. I'm glad to help with your own resume, your fit for a job, or a learning plan.",
        ],
        seed,
      );
    }
    case "refusal_scores":
      return pick(
        [
          "I can't change a score or verdict — they're computed from your profile and the job, the same way every time. To move them, add skills or experience I missed, or follow the roadmap.",
          "Scores aren't something I can set by request: they come from your profile against the job. If something is missing from your profile, tell me and I'll re-analyse.",
        ],
        seed,
      );
    case "ask_job":
      return pick(
        [
          'Which job should I compare you to? Paste the posting or describe the role (for example: "data engineer at a fintech startup, remote").',
          'Tell me the job you\'re aiming for — paste the job ad, or describe it in a sentence like "junior UX designer in Berlin".',
        ],
        seed,
      );
    case "ask_resume":
      return pick(
        [
          "Please attach your resume to your next message (PDF, DOCX, PNG/JPEG or plain text) and I'll read it.",
          "Sure — attach the file (PDF, Word, an image, or text) and I'll pull out your experience, education and skills.",
        ],
        seed,
      );
    case "ask_skill":
      return 'Which skill should I add, and how well do you know it? For example: "add Docker as intermediate".';
    case "ask_application": {
      // "a startup|analyst": the company was described, not named (applied-company-role.ts).
      const [kind, role] = (say.detail ?? "").split("|");
      if (kind && role)
        return `Which ${kind} was it? I need its name to track the application: for example "I applied to Acme for ${role}".`;
      return 'Which company and role? For example: "I applied to Stripe for the backend engineer role yesterday".';
    }
    case "ask_correction":
      return 'Which entry should I change, and to what? For example: "change my job title at Stagecoach to Bus Driver", "set the start of my Hilton job to 2015" or "delete the first aid certificate". "show my profile" lists them.';
    case "applications_unread":
      return unreadApplications(say.detail);
    case "correction_not_tracked":
      return correctionNotTrackedText(say.detail);
    case "ask_entry":
      return 'Tell me in a sentence, for example: "I have a BSc in Statistics from Pune University, 2019" or "I worked as a data analyst at Infosys from 2019 to 2022".';
    case "confused":
      return confusedText(focus);
    case "cancelled":
      return pick(["Okay, I've left everything as it was.", "No problem — nothing changed."], seed);
    case "not_available":
      return `${TOOL_LABELS[say.detail ?? ""] ?? "That"} isn't available in this installation yet. Meanwhile you can try:\n${helpList()}`;
    default:
      return `${pick(
        [
          "I didn't quite catch that.",
          "Sorry, I'm not sure what you mean.",
          "Hmm, I didn't understand that one.",
        ],
        seed,
      )} Here's what I can do:\n${helpList()}`;
  }
}
