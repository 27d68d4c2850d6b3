/**
 * Replies in words for the intents that need no tool, and the planner's questions back.
 * Career advice is written from the person's data (tools/advice -> advice-words.ts) when
 * the conversation can read it; these general words are for a planner without data
 * behind it (the utterance eval) and for topics with no facts to ground (interview tips).
 * Never a figure we do not have.
 */
import { isApplicationStatus, STATUS_LABELS, STATUS_MEANINGS } from "../../tools/applications/status.ts";
import type { Focus } from "../graph/focus.ts";
import { pendingText } from "./pending-words.ts";
import type { Say } from "./types.ts";
import { pick } from "./variety.ts";

const LANGUAGE_NAMES: Record<string, string> = {
  es: "Spanish",
  fr: "French",
  de: "German",
  pt: "Portuguese",
  hi: "Hindi",
};

/** Said once per language, in that language: we understood, the replies are in English. */
const ENGLISH_NOTICE: Record<string, string> = {
  es: "Te entiendo en español, pero por ahora respondo en inglés.",
  fr: "Je te comprends en français, mais pour l'instant je réponds en anglais.",
  de: "Ich verstehe dich auf Deutsch, antworte aber vorerst auf Englisch.",
  pt: "Eu entendo português, mas por enquanto respondo em inglês.",
  hi: "Main aapki baat samajh raha hoon, lekin abhi jawab English mein doonga.",
};

export const ADVICE: Record<string, string> = {
  salary_negotiation:
    "On pay: I don't have salary data, so I won't guess a number. Before a negotiation, find the range for the role and city from two or three sources, decide your walk-away figure, and answer a first offer with thanks plus a specific counter backed by what you bring. Tell me your expectation (\"I'm expecting around 85k\") and I'll use it in your salary score.",
  career_paths:
    'Set a target role ("I want to be a data analyst") and I\'ll check your fit and show the gaps; try a second target and say "compare the two" to see which path is closer.',
  networking:
    "For networking and referrals: reach out to people in the role you want with a short, specific message (what you admire, one question), ask for 15 minutes rather than a job, and follow up with thanks. Alumni and meetups convert best; ask for a referral only after a real conversation.",
  company_research:
    "To research a company: read its website and recent news (what it sells and to whom), its careers page and, for a tech role, its engineering posts; note what the team you'd join works on, and prepare one question that shows you did. Log the application here so I can remind you to follow up.",
  resume_improvement:
    'Strong resumes lead each bullet with an action and a number (what changed, by how much), keep to one page early in a career, and list skills that your experience backs up. Say "show my profile" to see what I read from yours, and "am I a fit?" to see which gaps a target job cares about.',
  career_gap:
    'A gap is common: put one honest line in your timeline with the dates ("Career break — family care") and anything you did in it; in interviews say in two or three sentences why you stepped away and why you are ready now; refresh with a short recent course in the tools your target uses; and look for "returnship" programmes in your field.',
  pay_question:
    "I don't have pay data for roles (the occupation data I work from lists skills and duties, not wages), so I won't guess a figure. Your country's official earnings statistics (ONS in the UK, the Bureau of Labor Statistics in the US, Eurostat or the national statistics office in the EU) and the ranges real ads state are where to look; paste an ad that states pay and I'll compare it with your expectation.",
  career_growth:
    'Tell me the role you mean ("what can a nurse grow into?") or set a target, and I\'ll lay out the usual steps up: a senior or lead grade of the same work, leading people, or a specialisation.',
  trade_entry:
    "List the schools, firms or workshops near you that do the work, then phone or call in: ask who takes on trainees, what training they give and how it is paid. Where franchises exist, compare their fees and support with going independent, and ask two or three people already doing the job how they started.",
  requirement_disputed:
    "Typical requirements of a role can miss: paste a real job ad for it and I'll judge you against what that employer asks instead.",
  age: "Age isn't part of my analysis: I compare what a job asks for with what you bring. Tell me the job you want and I'll show what you have and what is missing.",
  time_out:
    "A break doesn't take away the experience you have. Whether you qualify depends on the job: tell me the one you want and I'll check it against your profile.",
  experience_counted:
    'I count years from the dated roles on your profile. Say "show my profile" to see them.',
  recap: 'Say "show my profile", "what am I missing?" or "show my roadmap" to pick up where you left off.',
  interview_tips:
    'Use STAR for behavioural answers: situation, task, what you did, and the result with a number. For "tell me about yourself", give present, past and why this role in under a minute. Say "quiz me" to practise and I\'ll give feedback.',
  human_advisor:
    'I can\'t connect you to a person from here yet. If your school or program has a career center, they can book you an advisor; you can bring your export ("export my data") or your fit results to that appointment.',
  follow_up:
    'Yes, a follow-up is fair once a week or two has passed with no answer: one short, polite note to the recruiter or hiring manager, naming the role and the day you applied, saying you are still interested and offering anything they need. If a week after that nothing comes, tell me they ghosted you and put the time into the next applications. Say "remind me to follow up with <company> tomorrow" and I will.',
  side_project_advice:
    'Good side projects are small, finished and close to the job: for your target, pick one gap from your analysis and build something that uses it end to end. Say "what am I missing?" to see the gaps, or "make me a roadmap" for a plan.',
};

export function moreText(say: Say, focus: Focus, seed: string): string | undefined {
  switch (say.kind) {
    case "ask_reminder_when":
      // A personal task comes as "to call Ana": "remind you to call Ana", not "about to call Ana".
      // A bare day next is tied back to it (reminder-answer.ts).
      if (say.detail?.startsWith("to "))
        return `When should I remind you ${say.detail}? Say a day, like "friday", "tomorrow 9am" or "in 3 days".`;
      return `When should I remind you about ${say.detail ?? "it"}? Say a day, like "friday", "in 3 days" or "next week".`;
    case "clarify":
      if (say.detail === "which_gap") return "Which gap do you mean?";
      // pointing-at-nothing.ts: "it" with nothing open to point at.
      if (say.detail === "referent")
        return "Which one do you mean? Nothing is open between us yet for that to point to — name it (a job, an application, a practice question), or pick one of these:";
      if (say.detail === "switch_target")
        return `Switch your target${focus.jobTitle ? ` from ${focus.jobTitle}` : ""} to ${say.choices?.[0]?.label.replace(/^Switch to /, "") ?? "that role"}? Your target stays as it is until you say so.`;
      if (say.detail === "two_targets")
        return "Which one should be your target? You can check the other one afterwards.";
      // question-plans.ts: "bookmark this role" with no job ad in focus.
      if (say.detail === "bookmark_role")
        return `Bookmarks keep practice questions, and there is no job ad open to save${focus.jobTitle ? ` (your target, ${focus.jobTitle}, is kept already)` : ""}. To keep a job, say "save the <role> job at <company>" and it goes on your applications list as saved, or paste its ad.`;
      if (say.detail === "not_saved")
        return `I haven't saved anything from that: it reads as a question or as something still to come, not as something that happened.${say.choices?.length ? " Which of these did you want?" : ""}`;
      // "which of these?" over no choices left the person looking for a list that was not there (trial18 §14).
      if (!say.choices?.length)
        return "I'm not sure what you'd like me to do with that. Could you say it another way? (\"help\" lists what I can do.)";
      return pick(
        ["I'm not sure which you mean. Which of these did you want?", "Just to be sure, which of these?"],
        seed,
      );
    case "delete_scope":
      return 'It deletes everything I keep about you, for good: your profile and skills, every resume you sent, your target jobs and analyses, roadmaps and progress, tracked applications with their history and reminders, bookmarked questions and practice answers, and our conversations. It can\'t be undone. Want a copy first? Say "export my data". Reply "yes" to delete it all, or "cancel" to keep everything.';
    case "language_note":
      return ENGLISH_NOTICE[say.detail ?? ""] ?? "";
    case "answer_language":
      return `A note before the feedback: I score practice answers against key points written in English, so an answer in ${languageName(say.detail ?? "")} gets little credit even when the story is good. If you can, answer in English (even simple English works); otherwise use the points below as a checklist.`;
    case "language_unsupported":
      return "Sorry, I can't read that language yet. I understand English, Spanish, French, German, Portuguese and Hindi written in Latin letters, and I reply in English.";
    case "ask_skill_which":
      return 'Which skill? For example: "change Python to advanced" or "remove PHP".';
    case "ask_level":
      return `What level should ${say.detail ?? "it"} be: beginner, intermediate, advanced or expert?`;
    case "nothing_to_undo":
      return 'I can take back the last change right after I make it (an application logged or moved, a week ticked off, a skill, profile entry, name or target saved) — there is no such change to undo now. To change something else, tell me what it should be (e.g. "remove Python", "change Python to advanced", "Stripe is back to applied").';
    case "ask_application_which":
      return say.detail
        ? `Which one did you mean: ${say.detail}? Nothing was changed yet.`
        : 'Which application? Name the company, e.g. "Stripe rejected me".';
    case "current_role":
      return `Good to know: you work as ${say.detail ?? "that"} now. Shall I check how you measure up for ${say.detail ?? "that"} roles, or look at where it can lead? If you have another job in mind, say "I want to be a …" with its title.`;
    case "ask_role_at_employer":
      return `Good to know you work at ${say.detail ?? "that company"}. What's your job there? Say it with the title and since when, e.g. "I'm a shift manager at ${say.detail ?? "that company"} since 2022", and I'll add it to your experience. I saved nothing yet: an employer alone doesn't tell a fit check what you do.`;
    case "ask_background":
      return "Thanks, that helps. I saved nothing yet, because I couldn't tell which job you do or did. Tell me its title and how long, for example \"I'm a line cook, 4 years, good with grill and sauté\", and I'll build your profile from it. You can attach a resume later.";
    case "ask_role_which":
      return `Do you mean ${say.detail ?? "which role"}? Pick one and I'll set it as your target.`;
    case "ask_status":
      return `What happened with ${say.detail ?? "it"}: a phone screen, an interview, an offer, a rejection?`;
    case "ask_roadmap_first":
      return 'You don\'t have a roadmap yet, so there is nothing to tick off. Want one? Say "make me a roadmap".';
    case "ask_progress_which":
      return 'Which part did you finish? Say the week ("finished week 2") or the item ("done with the Docker tutorial").';
    case "ask_question_first":
      return 'There is no question to bookmark yet. Say "quiz me" or "show me SQL interview questions" first.';
    case "ask_compare_what":
      return 'Compare what with what? Run an analysis for two targets first ("am I a fit for data engineer?", then another role), and I\'ll put them side by side.';
    case "ask_preference":
      return 'What would you like me to keep in mind? For example "at least 90000 EUR a year", "remote only", "open to relocating to Berlin" or "I value mentoring".';
    case "pending_cancelled":
    case "pending_again":
      return pendingText(say);
    case "nothing_to_confirm":
      return "There's nothing waiting for a yes right now. What would you like to do?";
    case "cancelled":
      if (say.detail !== "practice") return undefined;
      return pick(
        [
          'Practice stopped. Say "quiz me" any time to pick it up again.',
          "Okay, we'll stop there. Good work today.",
        ],
        seed,
      );
    case "practice_stopped":
      return pick(
        [
          'Practice stopped. Say "quiz me" any time to pick it up again.',
          "Okay, we'll stop there. Good work today.",
        ],
        seed,
      );
    case "hint":
      // An example's shape, never an invented story: the person fills it with their own.
      if (say.detail === "example")
        return `A strong answer${focus.questionText ? ` to "${focus.questionText}"` : ""} has this shape: "At <where>, <the situation in one line>. I <what you did yourself, step by step>. As a result, <the outcome, with a number if you can>." Fill it with your own story, then type your answer.`;
      return focus.questionText
        ? `A hint for "${focus.questionText}": name a concrete situation, what you did yourself, and the result (a number if you can). Then type your answer.`
        : "Structure it as situation, what you did, and the result, with a number if you can. Then type your answer.";
    case "pause":
      // practice-aside.ts: an aside during practice; the question is still open.
      if (say.detail === "practice")
        return `No problem, the question is still open${focus.questionText ? `: "${focus.questionText}"` : ""}. Type your answer when you're ready, or say "skip" for another or "stop" to end.`;
      return "Sure, take your time. I'll be here.";
    case "feelings":
      // job-ended-said.ts: a job lost, told with the background saved just after.
      if (say.detail === "job_ended")
        return "I'm sorry about the job, that's a hard change. I've noted that it ended, and your years there still count.";
      return pick(
        [
          'That sounds hard, and it\'s common: most applications end in silence or a no, and it says little about you. Want to see where your funnel drops ("show my stats") or work on one gap today?',
          "I'm sorry, that's exhausting. A small next step helps: check your application stats, or practise one interview question.",
        ],
        seed,
      );
    case "privacy":
      return 'Your profile, analyses, roadmaps and applications are stored for you only and never shared with employers. You can download everything ("export my data") or erase it ("delete my data") at any time.';
    case "advice":
      return ADVICE[say.detail ?? ""];
    case "role_work":
      return say.detail;
    case "term": {
      const status = say.detail ?? "";
      if (!isApplicationStatus(status)) return undefined;
      return `"${STATUS_LABELS[status]}" in your application tracker means ${STATUS_MEANINGS[status]} Say "show my applications" to see yours.`;
    }
    default:
      return undefined;
  }
}

export const languageName = (code: string) => LANGUAGE_NAMES[code] ?? code;
