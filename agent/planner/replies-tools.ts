/**
 * Replies written from tool results. Each template reads the structured result (never
 * free text from a document) and says what happened and what to do next.
 */

import { ROLE_NOT_GIVEN } from "../../tools/applications/input.ts";
import { THIN_ROLE_NOTE } from "../../tools/jobs/esco-own-role.ts";
import type { AnalysisBrief, ToolResults } from "../tools/results.ts";
import type { ToolArgs, ToolName } from "../tools/schemas.ts";
import {
  alreadyTrackedWords,
  applicationMovedWords,
  nextReminderWords,
  stageWords,
  statusWords,
} from "./application-reply-words.ts";
import { backgroundWords } from "./background-words.ts";
import { BOOKMARK_REPLIES, savedJobsWords } from "./bookmark-replies.ts";
import { entryCorrectionWords } from "./entry-correction-words.ts";
import { forgetResumeWords } from "./forget-resume-words.ts";
import { gapClaimWords } from "./gap-claim-words.ts";
import { gapListWords } from "./gap-list-words.ts";
import { learnFirstWords } from "./learn-first-words.ts";
import { namedQuestionWords } from "./named-question-words.ts";
import { PRACTICE_RECAP_REPLIES } from "./practice-recap-replies.ts";
import { preferenceWords, rolePreferences, statedPreferences } from "./preference-words.ts";
import { reminderCancelledWords, reminderSetWords } from "./reminder-reply-words.ts";
import { hoursAssumedWords, oldTargetWords } from "./roadmap-hours-words.ts";
import { roleChangeWords } from "./role-change-words.ts";
import { strongestSkills } from "./strongest-skills-words.ts";
import { unevidencedGapWords } from "./unevidenced-gap-words.ts";
import { listWords, pick, plural } from "./variety.ts";

type Template<N extends ToolName> = (r: ToolResults[N], args: ToolArgs<N>, seed: string) => string;

const pct = (n: unknown) => (typeof n === "number" ? `${Math.round(n)}` : "–");
const gapNames = (r: Pick<AnalysisBrief, "topGaps">) => (r.topGaps ?? []).map((g) => g.skill);

/** What a score used, named ("Accounting: only listed; logistics: not in your history"), when it has evidence. */
function evidenceWords(evidence: unknown[] | undefined): string {
  const lines = (evidence ?? [])
    .filter((e): e is string => typeof e === "string" && e.length > 0)
    .slice(0, 4);
  return lines.length
    ? ` What it used: ${lines.map((l) => l.slice(0, 160).replace(/[.;]+$/, "")).join("; ")}.`
    : "";
}

/** "Able to cook fish" (a trade's competence as the role data words it) said as "Cook fish". */
const asDuty = (ask: string) => ask.replace(/^Able to (\p{L})/u, (_, c: string) => c.toUpperCase());

/** Ends the new-target reply; left out when the same reply goes on to give the fit. */
export const ASK_FIT_HINT = ' Ask "am I a fit?" when you\'re ready.';

/** "5 of 23 questions" when a list is longer than its first page, else "5 questions". */
const ofTotal = (count: number, total: number | undefined, noun: string) =>
  total && total > count ? `${count} of ${plural(total, noun)}` : plural(count, noun);

/** After a page of a list: how many more there are and how to see them ("" when it was all). */
const moreLeft = (shown: number, total: number | undefined, also = "") =>
  total && total > shown ? ` ${total - shown} more: say "more" for the next${also}.` : "";

/** What to say after a page of questions: how to get the next one, or `otherwise` when the list is all shown. */
const nextPage = (count: number, total: number | undefined, otherwise: string) =>
  moreLeft(count, total, ', or "quiz me" to practise one') || otherwise;

const KIND_WORDS: Record<NonNullable<ToolResults["show_more"]["kind"]>, string> = {
  questions: "Questions",
  applications: "Applications",
  skills: "Skills",
  reminders: "Reminders",
  gaps: "Gaps",
};

/** A page asked for by number that the list does not have ("page 9" of 12 items). */
const noSuchPage = (r: ToolResults["show_more"], page: number | undefined) =>
  page && r.from > r.total
    ? `There is no page ${page}: the list has ${plural(r.total, "item")}. Say "page 1" to start again.`
    : `That was all ${r.total} — there are no more.`;

const needs: Record<string, string> = {
  job: 'Which job should I compare you to? Paste the posting or describe the role (e.g. "data engineer at a fintech startup, remote").',
  profile:
    'I don\'t know your background yet — attach your resume, or tell me a few skills ("add Python as advanced").',
  analysis: 'There is no analysis yet. Tell me the job you want and say "am I a fit?".',
  roadmap:
    'There is no roadmap yet. Say "make me a roadmap" (add a time budget like "8 weeks, 5 hours a week" if you like).',
  question: 'There is no question on the table. Say "quiz me" or "ask me a behavioral question".',
  bookmarks:
    'You have no bookmarked questions yet. Ask for some ("SQL interview questions") and say "bookmark the 2nd" to keep one.',
  known_question:
    'I have no question like that in my bank, so here is what works for most: answer the question they asked first, in a sentence, then back it with one real example — the situation, what you did yourself, and the result with a number. Say "quiz me" to practise with one of mine.',
};

const TEMPLATES: { [N in ToolName]: Template<N> } = {
  show_skills: (r, _a, s) =>
    r.count === 0
      ? 'Your profile has no skills yet. Attach your resume or tell me some, like "add SQL as advanced".'
      : r.strongest
        ? strongestSkills(r.skills)
        : `${pick(["Here are your skills", "The skills your profile lists", "Your skills"], s)} (${r.count}). ${
            r.validated ?? r.skills.filter((k) => k.validated).length
          } are backed by your experience or projects.${
            r.shown !== undefined && r.shown < r.count
              ? ` Showing the first ${r.shown};${moreLeft(r.shown, r.count)}`
              : ""
          }`,
  show_profile: (r, _a, s) =>
    (r.empty
      ? "Your profile is empty so far. Attach your resume and I'll fill it in — or tell me about your education and experience."
      : `${pick(["Here's your profile", "This is what I have on file", "Your profile"], s)}${r.name ? `, ${r.name}` : ""}: ${plural(r.experience, "role")}, ${plural(r.education, "education entry", "education entries")}, ${plural(r.projects, "project")}, ${plural(r.certifications, "certification")} and ${plural(r.skills, "skill")}.${r.languages?.length ? ` Languages: ${r.languages.join(", ")}.` : ""}${
          r.skillsShown !== undefined && r.skillsShown < r.skills
            ? ` Skills: the first ${r.skillsShown} shown;${moreLeft(r.skillsShown, r.skills)}`
            : ""
        }`) + statedPreferences(r.preferences),
  add_skill: (r, _a, s) =>
    r.spoken
      ? `${r.spoken.added ? `Added ${r.skill} to your languages` : `${r.skill} is in your languages`}${r.spoken.level ? ` (${r.spoken.level})` : ""}.${r.spoken.level ? "" : ` How well do you speak it: native, fluent, or a level like B2?`}`
      : r.certificate
        ? `${r.certificate === "held" ? `${r.skill} is already in your certifications` : `Added ${r.skill} to your certifications`}. A job that asks for it will count it as held.`
        : `${r.alreadyHad ? `${r.skill} was already there; updated it` : pick([`Added ${r.skill}`, `Done — ${r.skill} is on your profile`, `${r.skill} added`], s)}${r.proficiencyStated ? ` at ${r.proficiency} level.` : ` as ${r.proficiency} — tell me if you're more of a beginner or an expert.`}${r.recognised ? "" : " (I don't know that skill yet, so it won't match job requirements by name.)"}`,
  update_skill: (r) =>
    r.added
      ? `${r.skill} wasn't on your profile, so I added it at ${r.proficiency} level.`
      : r.previous === r.proficiency
        ? `${r.skill} is already at ${r.proficiency} level, so nothing changed.`
        : `Updated ${r.skill}: ${r.previous} → ${r.proficiency}.`,
  remove_skill: (r, _a, s) =>
    r.removed
      ? pick([`Removed ${r.skill}.`, `${r.skill} is off your profile.`], s)
      : `${r.skill} wasn't on your profile, so nothing changed.`,
  add_profile_entry: (r, _a, s) =>
    "roles" in r
      ? backgroundWords(r) // a whole background told (add_profile_entry's background form)
      : `${pick(["Added", "Saved", "On your profile now"], s)} — ${r.kind === "education" ? "education" : r.kind === "experience" ? "experience" : r.kind}: ${r.label}.${r.countedFrom ? ` I counted it from ${r.countedFrom} to now; tell me the real dates if they differ.` : ""} Say "show my profile" to check it.`,
  save_background: (r) => backgroundWords(r),
  change_role: (r, a) => roleChangeWords(r, a),
  correct_profile_entry: (r, a) => entryCorrectionWords(r, a),
  set_name: (r) =>
    r.changed
      ? `Done — your profile now says your name is ${r.name}${r.before ? ` (it read "${r.before}")` : ""}.`
      : `Your profile already says ${r.name}; nothing changed.`,
  read_resume: (r, _a, s) =>
    `${r.reread ? "I read your stored resume again," : pick(["I've read", "Done reading", "Got it — I read"], s)} ${r.pasted ? "the resume you pasted" : (r.filename ?? "your resume")}${r.name ? ` (${r.name})` : ""}: ${plural(r.experience ?? 0, "role")}, ${plural(r.education ?? 0, "education entry", "education entries")} and ${plural(r.skills ?? 0, "skill")}${r.topSkills?.length ? ` including ${listWords(r.topSkills, 5)}` : ""}.${r.quality === "poor" ? " The file parsed poorly, so please check your profile and correct anything I got wrong." : ""}${r.warnings?.length ? ` Note: ${r.warnings.join(" ")}` : ""}${r.reread ? " If you changed the file since, attach the new version and I'll read that instead." : r.target ? ` Your target is ${r.target}: ask "am I a fit?" to check it against your resume.` : " Next, tell me the job you want and I'll check your fit."}`,
  set_dream_job: (r, _a, s) =>
    `${pick(["Target set", "Got it", "Noted"], s)}: ${r.title ?? "that role"}${r.company ? ` at ${r.company}` : ""}. ${
      r.source === "role"
        ? "Since you described the role, I used what it typically asks"
        : "From the posting I found"
    } — ${plural(r.requiredSkills?.length ?? 0, r.source === "role" ? "typical requirement" : "requirement")}${r.source === "role" && r.requiredSkills?.length ? ` (${listWords(r.requiredSkills.map(asDuty), 3)})` : ""}${r.preferredSkills?.length ? ` and ${plural(r.preferredSkills.length, "nice-to-have")}` : ""}.${r.notes?.some((n) => n.includes(THIN_ROLE_NOTE)) ? ` ${THIN_ROLE_NOTE}` : ""}${rolePreferences(r.preferences)}${ASK_FIT_HINT}`,
  analyze_fit: (r, _a, s) => {
    const gaps = gapNames(r);
    const head =
      r.verdict === "FIT"
        ? pick(
            [
              `Good news: you're a FIT for ${r.jobTitle ?? "this job"}`,
              `You're a FIT for ${r.jobTitle ?? "this job"}`,
            ],
            s,
          )
        : pick(
            [
              `Right now you're UNFIT for ${r.jobTitle ?? "this job"}`,
              `Not there yet: UNFIT for ${r.jobTitle ?? "this job"}`,
            ],
            s,
          );
    return `${head} — readiness ${pct(r.readiness)}/100, confidence ${pct((r.confidence ?? 0) * 100)}%.${
      gaps.length ? ` The biggest gaps: ${listWords(gaps, 3)}.${unevidencedGapWords(r.topGaps)}` : ""
    }${r.strengths?.length ? ` Strengths: ${listWords(r.strengths, 3)}.` : ""}${gapsLeft(r)} Ask "why?" for the reasons, or "make me a roadmap" to close the gap.`;
  },
  reanalyze: (r) =>
    `${r.added.length ? `Noted ${listWords(r.added, 4)} and re-ran` : "Re-ran"} the analysis${r.added.length ? "" : " with what is stored now"}: ${r.verdict}, readiness ${pct(r.previousReadiness)} → ${pct(r.readiness)}.${r.changes?.length ? ` What changed: ${listWords(r.changes, 4)}.` : ""}`,
  explain_score: (r) =>
    r.score !== undefined
      ? `${r.label ?? r.score}: ${r.value === null ? "not scored" : `${pct(r.value)}/100`}. ${r.explanation ?? ""}${evidenceWords(r.evidence)}`.trim()
      : `${r.verdict === "FIT" ? "You're a FIT" : "You're UNFIT"}${r.jobTitle ? ` for ${r.jobTitle}` : ""}. The rule: ${String(r.reason ?? "").replace(/^(?:UN)?FIT:\s*/, "")}.${gapNames(r).length ? ` What matters most now: ${listWords(gapNames(r), 3)}.` : ""}${gapsLeft(r)} Ask about any score ("and my experience score?") or gap ("why is ${gapNames(r)[0] ?? "Docker"} a gap?").`,
  explain_gap: (r) =>
    r.isGap === "list"
      ? gapListWords(r)
      : !r.isGap
        ? `${r.rerunForResume ? "I checked your fit again with the resume you sent. " : ""}${r.summary}`
        : r.learnFirst
          ? learnFirstWords(r)
          : `${r.rerunForResume ? "I checked your fit again with the resume you sent. " : ""}${gapStanding(r)}${r.reason ? `: ${r.reason}` : "."}${r.claim ? gapClaimWords(r.claim) : r.resources?.length ? ` A good start: ${r.resources[0].title}${r.resources[0].hours ? ` (~${r.resources[0].hours} h)` : ""}.` : ` "Make me a roadmap" plans the time to learn it.`}`.replace(
              /\s+/g,
              " ",
            ),
  create_roadmap: (r, _a, s) =>
    r.weeks === 0
      ? "There's nothing to plan: this analysis left no skill to learn, so a roadmap would be empty. Practise interview questions for the role, or apply and track the application here."
      : `${pick(["Here's your plan", "Your roadmap is ready", "Here's a week-by-week plan"], s)}: ${plural(r.weeks, "week")} at ${r.hoursPerWeek} hours a week${r.focusSkills?.length ? `, covering ${listWords(r.focusSkills, 4)}` : ""}.${
          r.fits === false
            ? ` It doesn't all fit in ${r.targetWeeks ? plural(r.targetWeeks, "week") : r.horizonWeeks ? `${plural(r.horizonWeeks, "week")} at ${r.hoursPerWeek} hours a week (I keep a plan to about six months)` : "that time"}${r.cut?.length ? ` — I left out ${listWords(r.cut, 3)}` : ""}${r.overflow?.length ? `${r.cut?.length ? ", and" : " —"} ${listWords(r.overflow, 3)} will need more time after that` : ""}. More hours a week or more weeks would cover everything.`
            : r.targetWeeks && r.weeks < r.targetWeeks
              ? ` Everything fits in ${r.weeks} of the ${r.targetWeeks} weeks you gave, so you have ${plural(r.targetWeeks - r.weeks, "week")} to spare for practice or applications.`
              : ""
        }${hoursAssumedWords(r)}${longTermWords(r.longTerm)} Tell me when you finish a week ("finished week 1").`,
  show_roadmap: (r) =>
    oldTargetWords(r) +
    (r.askedWeek === undefined
      ? `Your roadmap: ${r.done ?? 0} of ${r.total ?? 0} items done.${r.currentWeek ? ` This week (${r.currentWeek.week}): ${r.currentWeek.title}.` : ""}`
      : r.shownWeek
        ? `Week ${r.shownWeek.week} of ${r.weeks}${r.shownWeek.done ? " (done)" : ""}: ${r.shownWeek.title}.${r.shownWeek.items.length ? ` Items: ${listWords(r.shownWeek.items, 6)}.` : ""}`
        : `Your roadmap has ${plural(r.weeks, "week")}, so there is no week ${r.askedWeek}.${r.currentWeek ? ` You're on week ${r.currentWeek.week}: ${r.currentWeek.title}.` : ""}`),
  record_progress: (r, _a, s) =>
    `${r.undone ? "Taken back:" : pick(["Nice work!", "Great progress!", "Well done!"], s)} ${r.week ? `Week ${r.week} is marked ${r.undone ? "not done" : "done"}` : `Marked "${r.item}" ${r.undone ? "as not done" : "done"}`} — ${r.done ?? 0} of ${r.total ?? 0} items complete.${r.nextWeek ? ` Next up, week ${r.nextWeek.week}: ${r.nextWeek.title}.` : r.done === r.total ? " That's the whole plan — time to re-run the analysis?" : ""}`,
  list_analyses: (r) =>
    r.count === 0
      ? 'You have no analyses yet. Tell me a job and ask "am I a fit?".'
      : `You have ${plural(r.count, "analysis", "analyses")}; the latest is ${r.analyses[0].verdict} for ${r.analyses[0].jobTitle ?? "a job"} (readiness ${pct(r.analyses[0].readiness)}).`,
  compare_analyses: (r) =>
    `Readiness went ${pct(r.readinessBefore)} → ${pct(r.readinessAfter)}.${r.improved?.length ? ` Improved: ${listWords(r.improved, 4)}.` : ""}${r.stillBlocking?.length ? ` Still blocking: ${listWords(r.stillBlocking, 4)}.` : ""}`,
  link_account: (r) =>
    r.kind === "already_account"
      ? "You're already talking to me through your account, so there is nothing to link."
      : r.kind === "no_identity"
        ? "I can't tell which chat identity this is, so I can't link it. Try from the chat you want to link."
        : `Here is your one-time link code for this ${r.channel === "web" ? "web chat" : r.channel} identity, valid for ${r.minutes} minutes:\n\n${r.token}\n\nSigned in to your CareerCraft account, send it as {"token": "…"} to POST /api/users/link/ (the API docs at /docs show how). From then on this chat and your account share one profile.`,
  export_data: (r) => `Here's everything I store about you as ${r.filename ?? "a JSON file"}.`,
  delete_data: (r) =>
    r.deleted
      ? "Done — your profile, analyses, roadmaps, applications and conversations are deleted."
      : 'This deletes your profile, resumes, analyses, roadmaps, applications and this conversation for good. Are you sure? Reply "yes" to confirm.',
  add_application: (r, _a, s) =>
    r.alreadyTracked
      ? alreadyTrackedWords(r)
      : `${pick(["Tracked", "Added", "Logged"], s)}: ${r.position} at ${r.company} (${String(r.status ?? "applied").replace(/_/g, " ")}${r.appliedOn ? `, ${r.appliedOn}` : ""}).`,
  update_application_status: (r) => applicationMovedWords(r),
  list_applications: (r) =>
    r.count === 0
      ? r.company
        ? `No application to ${r.company} is tracked. Say "I applied to ${r.company} for <the role>" to add it.`
        : r.status === "saved"
          ? 'No saved jobs yet. Say "save the <role> job at <company>" (with its link if you like) to keep one.'
          : r.status
            ? `None of your applications is at ${statusWords(r.status)} yet. Say "show my applications" to see where each stands.`
            : "No applications tracked yet. Tell me when you apply somewhere."
      : // A few are said one by one (where each stands is what "status of my Stripe application"
        // asks); a longer list is counted and shown as the list part.
        r.count <= 3
        ? `${r.company || r.count === 1 ? "" : `You have ${plural(r.count, "application")}${r.status ? ` with status ${statusWords(r.status)}` : ""}: `}${r.applications
            .map((a) => `${a.position} at ${a.company} — ${whereItStands(a)}`)
            .join("; ")}.`
        : `You have ${plural(r.count, "application")}${r.status ? ` with status ${statusWords(r.status)}` : ""}${r.company ? ` at ${r.company}` : ""}.${
            (r.shown ?? r.count) < r.count
              ? ` Here are ${r.shown} of ${r.count};${moreLeft(r.shown, r.count)}`
              : ""
          }`,
  application_stats: (r) =>
    !r.total
      ? 'No applications tracked yet, so there is nothing to count. Tell me when you apply ("I applied to Acme for the analyst role yesterday").'
      : r.responseRate === null || r.responseRate === undefined
        ? `${plural(r.total, "application")} tracked, none sent yet, so there are no response rates to show.`
        : `${plural(r.total, "application")} so far: response rate ${pct(r.responseRate)}%, interview rate ${pct(r.interviewRate)}%, offer rate ${pct(r.offerRate)}%.`,
  delete_application: (r) =>
    `Deleted the ${r.position ?? ""} application at ${r.company}.`.replace(/\s+/g, " "),
  change_application: (r) => {
    const was = (now: string | null, then: string | null) =>
      now !== then ? ` (was ${then ?? "not set"})` : "";
    return `Fixed: ${r.position} at ${r.company}, applied ${r.appliedOn ?? "—"}${was(r.appliedOn, r.before.appliedOn)}${
      r.position === r.before.position
        ? ""
        : r.before.position === ROLE_NOT_GIVEN
          ? "; role added"
          : `; role was ${r.before.position}`
    }${r.company !== r.before.company ? `; company was ${r.before.company}` : ""}. Its status and history are unchanged.`;
  },
  search_questions: (r) =>
    r.count === 0
      ? r.missingTopic
        ? `I have no questions on "${r.missingTopic}" in the bank. Try a role or a skill, like "questions for a data analyst".`
        : `I found no questions${r.role ? ` for ${r.role}` : " for that"}. Try a role or a skill, like "questions for a data analyst".`
      : r.onSkills?.length
        ? `I have no question set for ${r.role} yet, so here are ${ofTotal(r.count, r.total, "question")} on skills it asks (${listWords(r.onSkills, 3)}).${nextPage(r.count, r.total, ' Say "quiz me" to practise one.')}`
        : r.general
          ? `${r.missingTopic ? `I have no questions on "${r.missingTopic}" in the bank` : `I have no questions for ${r.role ?? "that"} yet`}, so here are ${ofTotal(r.count, r.total, "general behavioural question")} that come up in most interviews.${nextPage(r.count, r.total, ' Say "quiz me" to practise one.')}`
          : `Here are ${ofTotal(r.count, r.total, "question")}${r.topic ? ` on "${r.topic}"` : ""}${r.role ? ` for ${r.role}` : ""}.${nextPage(r.count, r.total, ' Say "quiz me" to practise one.')}`,
  questions_for_gaps: (r) =>
    r.general
      ? `I have no questions on your gaps for your field yet, so here are ${plural(r.count ?? 0, "general behavioural question")} that come up in most interviews. Say "quiz me" to practise one.`
      : `Here are ${plural(r.count ?? 0, "question")} aimed at your gaps${r.skills?.length ? ` (${listWords(r.skills, 3)})` : ""}.`,
  practice_question: (r) =>
    r.covers
      ? namedQuestionWords(r.text, r.covers)
      : `${r.forRole ? `Practice for ${r.forRole}: I'll ask its interview questions one at a time. ` : r.forRole === null ? 'You have no target role yet, so here\'s a question that comes up in most interviews (set one with "my target is <role>"). ' : ""}${r.notCovered ? `I have no questions ${r.notCovered.kind === "topic" ? `on "${r.notCovered.name}"` : `for ${r.notCovered.name}`} in the bank yet, so here is one that comes up in most interviews. ` : ""}${r.nearest ? `I have no set for ${r.nearest.asked} yet; this one is from the nearest, ${r.nearest.name}. ` : ""}Here's your question (${[r.type, r.difficulty].filter(Boolean).join(", ")}):\n\n${r.text}\n\nAnswer in your own words; say "skip" for another or "stop" to end.`,
  answer_question: (r, _a, s) =>
    `${r.opener ?? pick(["Thanks — here's my feedback.", "Here's how that answer lands."], s)} ${r.summary ?? ""}${
      r.missing?.length
        ? ` To make it stronger: ${r.missing
            .slice(0, 2)
            .map((m: string) => m.replace(/[.]+$/, ""))
            .join("; ")}.`
        : ""
    }${r.previousBest !== null && r.previousBest !== undefined ? ` (Your best before: ${Math.round(r.previousBest)}.)` : ""}${r.coaching ? ` ${r.coaching}` : ""} Say "next question" to continue.`.replace(
      /\s+/g,
      " ",
    ),
  ...BOOKMARK_REPLIES,
  forget_resume: forgetResumeWords,
  ...PRACTICE_RECAP_REPLIES,
  list_bookmarks: (r) =>
    (r.count === 0
      ? 'You have no bookmarked questions yet. When a question comes up, say "bookmark it" (or "bookmark the 2nd" on a list).'
      : `You have ${plural(r.total ?? r.count, "bookmarked question")}.${nextPage(r.count, r.total ?? r.count, ' Say "quiz me" to practise, or "bookmark the 2nd" on any list to add more.')}`) +
    savedJobsWords(r.savedJobs),
  show_more: (r, a) =>
    !r.kind
      ? "There is no list to go on with. Ask for your skills, reminders, applications, bookmarks or interview questions first."
      : r.count === 0
        ? noSuchPage(r, a.page)
        : `${KIND_WORDS[r.kind]} ${r.from}–${r.to} of ${r.total}${
            r.to < r.total ? ` —${moreLeft(r.to, r.total)}` : " — that's all of them."
          }`,
  list_reminders: (r) =>
    r.count === 0
      ? `You have no reminders ${r.withinDays ? `due in the next ${plural(r.withinDays, "day")}` : "coming up"}. I set them myself: a follow-up when an application has had no answer for a while, and the day before an interview you tell me about. For anything else, say "remind me to <something> on friday".`
      : `You have ${plural(r.count, "reminder")}${r.withinDays ? ` in the next ${plural(r.withinDays, "day")}` : ""}; the next: ${nextReminderWords(r.reminders[0])}.${
          r.shown !== undefined && r.shown < r.count
            ? ` Showing the first ${r.shown};${moreLeft(r.shown, r.count)}`
            : ""
        }`,
  set_reminder: reminderSetWords,
  cancel_reminder: reminderCancelledWords,
  set_preferences: (r) =>
    `Saved: ${preferenceWords(r.preferences, r.changed)}.${r.changed.every((k) => k === "shifts") ? " It's on your profile; fit analyses compare it with the shifts an ad asks for, in the culture-fit score." : " Fit analyses use it for the salary, location and culture-fit scores."}`,
};

/** After an analysis whose gap list is longer than one page: how many more gaps there are. */
/**
 * Where a gap stands, in words a job seeker reads without the analysis's vocabulary: "TechSmith
 * Camtasia is your top gap — the job requires it (high priority)", not "a high required gap".
 */
function gapStanding(r: { skill: string; kind: string; severity: string; priority: number }): string {
  const which = r.priority === 1 ? "your top gap" : "a gap";
  const need = r.kind === "required" ? "the job requires it" : "the job would like it (a nice-to-have)";
  return `${r.skill} is ${which} — ${need}${r.severity ? ` (${r.severity} priority)` : ""}`;
}

const gapsLeft = (r: Pick<AnalysisBrief, "gapCount" | "gapsShown">) =>
  r.gapCount && r.gapsShown !== undefined && r.gapCount > r.gapsShown
    ? ` The list shows ${r.gapsShown} of ${r.gapCount} gaps; ${r.gapCount - r.gapsShown} more: say "more" for the next.`
    : "";

/** "applied 2026-12-02", "phone screen (applied 2026-11-20)", "saved". */
const whereItStands = (a: {
  status: string;
  appliedOn: string | null;
  interview?: string;
  stage?: string;
}) =>
  a.status === "applied" && a.appliedOn
    ? `applied ${a.appliedOn}`
    : `${stageWords(a.status, a.stage)}${a.interview ? `, interview on ${a.interview}` : ""}${a.appliedOn ? ` (applied ${a.appliedOn})` : ""}`;

/** "The Master's degree is a long-term step: …" for each degree or licence a plan starts. */
const longTermWords = (list: { skill: string; duration?: string }[] | undefined) =>
  (list ?? [])
    .slice(0, 2)
    .map(
      (l) =>
        ` The ${l.skill} is a long-term step: this plan starts it${l.duration ? `, and ${l.duration}` : ""}.`,
    )
    .join("");

/** A tool's JSON result as read back from the conversation (errors come from the tool node). */
export function toolReply(
  name: string,
  result: Record<string, unknown>,
  args: Record<string, unknown>,
  seed: string,
): string {
  // A step not run because the one it depended on failed: that failure is the answer.
  if (typeof result.skipped === "string") return "";
  // An error that asks which one was meant is a question, not an apology.
  if (typeof result.error === "string" && Array.isArray(result.choices)) return result.error;
  if (typeof result.error === "string")
    // Whole sentences: an opener glued onto the message read "Hmm, This file…".
    return `${pick(["Sorry, that didn't work.", "Hmm, I couldn't do that.", "I couldn't do that."], seed)} ${result.error}`;
  if (typeof result.needs === "string" && needs[result.needs]) return needs[result.needs];
  const template = TEMPLATES[name as ToolName] as Template<ToolName> | undefined;
  if (!template) return typeof result.summary === "string" ? result.summary : "Done.";
  try {
    // The result is what the named tool returned (ToolResults); templates still read it defensively.
    return template(result as unknown as ToolResults[ToolName], args as ToolArgs<ToolName>, seed);
  } catch {
    return typeof result.summary === "string" ? result.summary : "Done.";
  }
}
