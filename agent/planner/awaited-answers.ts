/**
 * A message while the conversation waits for something it asked: a yes to deleting data, an
 * answer to a practice question, or the job to compare the person to.
 */
import { namesKnownRole, tooShortForRole } from "../../tools/jobs/target.ts";
import { answersRecapAsked } from "./answers-recap-asked.ts";
import { applicationAskedAbout } from "./application-asked-about.ts";
import { asksAboutDeletion, deletionScope } from "./deletion-question.ts";
import { lacksAnalysis } from "./dialogue-prior.ts";
import { asksForGapList } from "./gap-list-asked.ts";
import { hintAsked } from "./hint-asked.ts";
import { INTENT_PLANS } from "./intent-plans.ts";
import { intentModel } from "./nlu/intent-model.ts";
import { normalize } from "./normalize.ts";
import { answerToForgetResume, answerToPending, saysNo, saysYes } from "./pending-answer.ts";
import { removalByPosition } from "./position-in-list.ts";
import { practiceAside } from "./practice-aside.ts";
import { practiceRecapAsked } from "./practice-recap.ts";
import {
  asksAboutTheQuestion,
  asksForAnotherQuestion,
  asksForAQuestion,
  isOtherRequest,
  keepingPractice,
} from "./practice-request.ts";
import { practiceTopicAsked } from "./practice-topic-asked.ts";
import { questionDuringPractice } from "./question-during-practice.ts";
import { CONFIDENCE, outcomeOf, read, SURE, toSegment } from "./reading.ts";
import { resumeForgetAsked } from "./resume-forget-asked.ts";
import { call, type Outcome, type PlanContext, say } from "./types.ts";

/** Exact answers to a yes/no question or during practice: commands, not language to model. */
const STOP = /^(?:stop|quit|enough|cancel|exit|no more|end (?:practice|the interview))\b/;
const SKIP = /^(?:skip|next|pass|another(?: one)?|next one|give me another)\b[.!]*$/;

export async function whileAwaiting(raw: string, context: PlanContext): Promise<Outcome | undefined> {
  const t = normalize(raw);
  // "delete my resume" (whatever else was asked): that one resume, never everything (trial18 §5).
  const forget =
    context.focus.awaiting === "practice_answer" ? undefined : resumeForgetAsked(raw, context.attachments);
  if (forget) return forget;
  switch (context.focus.awaiting) {
    case "forget_resume_confirmation":
      return answerToForgetResume(raw, context.focus) ?? (await readAsAnswer(raw, context));
    case "delete_confirmation": {
      if (saysNo(raw))
        return { calls: [], say: { kind: "cancelled" }, awaiting: null, remember: { pending: null } };
      if (saysYes(raw))
        return {
          calls: [call("delete_data", { confirm: true })],
          awaiting: null,
          remember: { pending: null },
        };
      if (asksAboutDeletion(raw)) return deletionScope;
      const r = await read(raw, context);
      if (r.intent === "confirm" && r.score >= CONFIDENCE)
        return { calls: [call("delete_data", { confirm: true })], awaiting: null };
      if (r.intent === "cancel" || r.score < CONFIDENCE)
        return { calls: [], say: { kind: "cancelled" }, awaiting: null };
      return outcomeOf(r, context);
    }
    case "practice_answer": {
      if (STOP.test(t)) return { calls: [], say: { kind: "cancelled", detail: "practice" }, awaiting: null };
      // "when is my Acme interview?", "how's Siemens going?": the applications answer, the question
      // stays open. A long message is an answer, whatever company or "status" it names.
      const recap =
        answersRecapAsked(raw, context.focus) ??
        practiceRecapAsked(raw, context.focus) ?? // "so how would you grade me on this" (conv16u)
        hintAsked(raw) ?? // "how did I do on my answers so far?"
        (t.split(/\s+/).length <= 14 ? applicationAskedAbout(raw, context.tracked) : undefined);
      if (recap) return keepingPractice(recap);
      // "ok next, give me one about fintech or payments": a question on that topic, not a bare skip.
      const onTopic = practiceTopicAsked(raw, context);
      if (onTopic) return onTopic;
      // "that's a dumb question, give me another": a skip, never a bookmark or an answer.
      if (SKIP.test(t) || asksForAnotherQuestion(raw)) return { calls: [call("practice_question")] };
      // "gimme a hard behavioral q for a hotel GM role": a new question of that kind (practice-request.ts).
      if (asksForAQuestion(raw))
        return INTENT_PLANS.practice_question!(toSegment(raw.replace(/\bq(s?)\b/gi, "question$1")), context);
      // "how do i explain the gap on my resume?", "what does STAR mean": answered, the question kept open.
      const asked = await questionDuringPractice(raw, context.focus);
      if (asked) return asked;
      const r = await read(raw, context);
      const words = raw.trim().split(/\s+/).length;
      const answer = INTENT_PLANS.answer_question(r.seg, context);
      if (r.intent === "cancel")
        return { calls: [], say: { kind: "cancelled", detail: "practice" }, awaiting: null };
      const practice = [
        "practice_question",
        "bookmark_question",
        "hint",
        "search_questions",
        "questions_for_gaps",
      ];
      // Commands about the practice itself win when the model reads them so (it reads the
      // message as said to the open question, so an answer reads as one).
      const other = isOtherRequest(r, context.focus.questionText);
      if (practice.includes(r.intent) && r.score >= CONFIDENCE) {
        // "bookmark it" keeps the question open: "stop" afterwards ended nothing ("nothing
        // changed") while the person meant the practice (trial12e).
        const o = outcomeOf(r, context);
        return r.intent === "bookmark_question" ? keepingPractice(o) : o;
      }
      // "take it off the list" under the bookmarks shown while the question stayed open: that
      // item of the list just shown, as outside practice (conv12n: it asked "Which application?").
      const positioned = removalByPosition(r.seg, context.focus);
      if (positioned) return keepingPractice(positioned);
      // Another request typed while the question is open ("actually show my applications"):
      // run it and keep the question on the table.
      if (other) return keepingPractice(outcomeOf(r, context));
      // "what does a good answer include?", "can you give me an example?": help with the
      // question, never scored as the answer to it (the question stays open).
      const help = asksAboutTheQuestion(raw);
      if (help) return { calls: [], say: { kind: "hint", detail: help }, awaiting: "practice_answer" };
      // "lol my cat just sat on the keyboard": an aside, not an answer to score (practice-aside.ts).
      const aside = practiceAside(raw, r.ranked);
      if (aside) return aside;
      if (r.intent === "answer_question" || words >= 6) return withAnswerLanguage(answer, raw, context);
      return outcomeOf(r, context);
    }
    case "job":
      return answerToWhichJob(raw, context);
    default:
      // A yes or no to a deletion asked about a few messages ago (pending-answer.ts).
      return answerToPending(raw, context.focus);
  }
}

/** Not a yes or no word: the model's reading of assent or refusal, else another request (the question stays pending). */
async function readAsAnswer(raw: string, context: PlanContext): Promise<Outcome | undefined> {
  const r = await read(raw, context);
  if (r.score < CONFIDENCE) return undefined;
  if (r.intent === "confirm") return answerToForgetResume("yes", context.focus);
  if (r.intent === "cancel") return answerToForgetResume("no", context.focus);
  return undefined;
}

/** Readings that give or analyse the job asked for. */
const GIVES_JOB = new Set(["set_dream_job", "analyze_fit", "unclear"]);

/**
 * The message after "Which job should I compare you to?". A request the model is sure of
 * runs ("show my skills"); a role the role data knows is the job, even when the model reads
 * its words as something else ("java developer" as a skill); a request of its own that needs
 * the job ("wat skils am i misssing": what is missing needs something to miss it for) asks for
 * the job again instead of being matched as a role's name; anything else is tried as the job.
 */
async function answerToWhichJob(raw: string, context: PlanContext): Promise<Outcome | undefined> {
  // "Welche Lücken habe ich?", "what am I missing": the gaps need the job first, so it is asked for
  // again; the question is no role's name (conv12q, a blind7 dialogue).
  if (asksForGapList(normalize(raw))) return say("ask_job", "job");
  const r = await read(raw, context);
  const asJob: Outcome = {
    calls: [call("set_dream_job", { text: raw.trim() }), call("analyze_fit")],
    awaiting: null,
  };
  if (GIVES_JOB.has(r.intent) && !r.ruledOut) {
    if (tooShortForRole(raw)) return undefined;
    // "am I a fit for a UX lead role?": the role the question names, not the whole question
    // as a role's name ("I could not match 'am I a fit for a UX lead role?'").
    const planned = r.intent === "unclear" ? undefined : outcomeOf(r, context);
    const named = planned?.calls[0]?.name === "set_dream_job" ? planned.calls[0] : undefined;
    if (named) return { calls: [named, call("analyze_fit")], awaiting: null };
    // "how do I look?" asks the fit question again: the job is still missing, and the question
    // is no role's name (it was matched to a physician by the acronym "DO").
    if (r.intent === "analyze_fit" && !(await namesKnownRole(raw))) return say("ask_job", "job");
    return asJob;
  }
  // The model's own reading needs what this conversation lacks: an analysis, so the job first.
  const needsJob = lacksAnalysis(r.own.intent, context.focus) && r.own.score >= CONFIDENCE;
  if (r.score >= SURE && !needsJob) return outcomeOf(r, context);
  if (tooShortForRole(raw)) return undefined;
  if (await namesKnownRole(raw)) return asJob;
  if (needsJob) return say("ask_job", "job");
  if (r.score >= CONFIDENCE && !GIVES_JOB.has(r.intent)) return outcomeOf(r, context);
  // A request of its own whose subject is missing ("give me a hint" with no question): that
  // request, whose reply says what is missing, rather than a role named "give me a hint".
  if (r.ruledOut && r.own.score >= CONFIDENCE && !GIVES_JOB.has(r.own.intent))
    return outcomeOf({ ...r, intent: r.own.intent, score: r.own.score }, context);
  return asJob;
}

/**
 * An answer typed in Spanish, French, German, Portuguese or Hindi is scored against the bank's
 * English key points, so a good story gets "0 of 4 points covered". Found trying the chat in
 * Spanish (trial12f): the feedback read as a verdict on the story. The answer is still scored
 * (nothing is lost), and the reply says first why the score is low and what to do.
 */
function withAnswerLanguage(answer: Outcome, raw: string, context: PlanContext): Outcome {
  const said = intentModel().language.detect(raw, context.focus.language);
  if (!said.supported || said.language === "en" || raw.trim().split(/\s+/).length < 6) return answer;
  return { ...answer, say: { kind: "answer_language", detail: said.language } };
}
