/**
 * From one message (plus what the conversation is about) to a plan: the tool calls to
 * make and/or what to say. The intent comes from a trained model (nlu/intent-model.ts)
 * that reads the message with the conversation's context; rules are kept only for exact
 * formats (a pasted resume or posting, an attachment, the answer to a yes/no question).
 * Below a confidence threshold the planner asks back with the likeliest readings.
 */
import type { PlannedCall } from "../tools/schemas.ts";
import { afterAskBack, ONLY_POSITION } from "./after-ask-back.ts";
import { answerInFocus } from "./answers-in-focus.ts";
import { applicationAction } from "./application-actions.ts";
import { applicationAskedAbout } from "./application-asked-about.ts";
import { applicationAtPosition } from "./application-at-position.ts";
import { applicationCorrected } from "./application-corrected.ts";
import { applicationFollowUp, stageFollowUp } from "./application-follow-up.ts";
import { withCompanyThenRole } from "./applied-company-role.ts";
import { assemblePlan } from "./assemble-plan.ts";
import { attachedFileCall } from "./attached-file.ts";
import { whileAwaiting } from "./awaited-answers.ts";
import { backgroundThenRoleAsked } from "./background-then-role.ts";
import { choicesFor } from "./clarify.ts";
import { confusedSay, saysConfused } from "./confused.ts";
import { currentRoleSaid } from "./current-role-said.ts";
import { correctedAppliedDate } from "./date-correction.ts";
import { inThread } from "./dialogue-prior.ts";
import { employerSaid } from "./employer-said.ts";
import { feelingsAboutApplications } from "./feelings-about-applications.ts";
import { withFitRole } from "./fit-asked-in-story.ts";
import { bareTitleAsTarget, targetThenQuestion } from "./fit-question-role.ts";
import { adAboveOwnLine, framedResume, framingAsksForFit } from "./framing-lines.ts";
import { gapQuestionPlan } from "./gaps-for-role.ts";
import { asksHowTheAgentIs } from "./how-are-you.ts";
import { INTENT_PLANS } from "./intent-plans.ts";
import { interviewNews } from "./interview-news.ts";
import { listedReminderStopped } from "./listed-reminder.ts";
import { meantOtherApplication } from "./meant-application.ts";
import {
  afterReturnLeadIn,
  onlyContext,
  onlyDetails,
  pieces,
  QUOTED_MATERIAL,
  requestPieces,
} from "./message-pieces.ts";
import { clarifyWithNamedRole } from "./named-role-choices.ts";
import { nextPageRequest } from "./next-page.ts";
import { nextStepAsked, nextStepSay } from "./next-step.ts";
import { intentModel } from "./nlu/intent-model.ts";
import { withoutGoCue, withoutPictographs, withTextingDigitsSpelled } from "./normalize.ts";
import { notASkillThenMore } from "./not-a-skill-then-more.ts";
import { otherOfTwo } from "./other-one.ts";
import { removesOwnSkill } from "./own-skill-removal.ts";
import { piecesKept } from "./pieces-kept.ts";
import { pointsAtTwoAnalyses } from "./plans/analysis-plans.ts";
import { pointsAtNothing } from "./pointing-at-nothing.ts";
import { levelByPosition, removalByPosition } from "./position-in-list.ts";
import { namesGapByPosition, ordinalsInEnglish, positionInEnglish } from "./position-in-other-languages.ts";
import { practiceRecapAsked } from "./practice-recap.ts";
import { CHATTER } from "./practice-request.ts";
import { preferenceAdded } from "./preference-added.ts";
import { questionAnswered } from "./questions-answered.ts";
import { CONFIDENCE, CONTINUABLE, ENDINGS, outcomeOf, plannable, read, SURE, toSegment } from "./reading.ts";
import { continuesProgress, relativeWeek } from "./relative-week.ts";
import { LISTING_OF, removalOfListed } from "./removal-of-listed.ts";
import { askWhichRoleForAcronym } from "./role-acronyms.ts";
import { roleForUntracked } from "./role-for-untracked.ts";
import { roleInsteadRequest } from "./role-instead.ts";
import { looksLikePosting } from "./rules-analysis.ts";
import { looksLikePastedResume } from "./rules-profile.ts";
import { saidWithMarks } from "./said-with-marks.ts";
import { changedRequest, correctedDetail, roleAskedAboutAfterFit, sameButChange } from "./same-again.ts";
import { complaintWithPreference } from "./score-complaint.ts";
import { extraStatus, pickFromList, skillNames } from "./slot-words.ts";
import { extractStatus } from "./slots.ts";
import { roleInsteadPlan } from "./switch-target.ts";
import { teamLedSaid } from "./team-led.ts";
import { asksMeaningOfStatus } from "./term-question.ts";
import { mainClauseAlone } from "./time-clause.ts";
import { titleWithSetting } from "./title-with-setting.ts";
import { call, type Outcome, type Plan, type PlanContext, type Segment, say } from "./types.ts";
import { undoLast } from "./undo-last.ts";
import { workSaid } from "./work-said.ts";

/** Replies that list questions, whose items a bare position picks. */
const QUESTION_LISTS = new Set(["search_questions", "questions_for_gaps", "list_bookmarks"]);

async function requests(raw: string, context: PlanContext): Promise<Outcome[]> {
  const more = nextPageRequest(raw, context.focus); // "more" after a long list: its next page
  if (more) return [more];
  const notSkill = await notASkillThenMore(raw, context, (q) => requests(q, context)); // "X isn't a skill, remove it. I use A"
  if (notSkill) return notSkill;
  const returned = afterReturnLeadIn(raw);
  if (returned) return requests(returned, context);
  // "la primera", "die zweite": a position in the list in focus, counted as in English; "the second one called" names that application.
  const position = positionInEnglish(raw) ?? applicationAtPosition(raw, context.focus, context.tracked);
  if (position) return requests(position, context);
  // Right after asking back: "the second one" is that choice, "i mean …" the rest read alone.
  const meant = afterAskBack(raw, context.focus);
  if (meant) return requests(meant, { ...context, focus: { ...context.focus, askedBack: undefined } });
  // "how are you?" in any topic is small talk, not "how am I doing?"; "how did I do?" after practice, its score.
  if (asksHowTheAgentIs(raw)) return [say("greeting")];
  const recap = practiceRecapAsked(raw, context.focus);
  if (recap) return [recap];
  // "what does a UX designer do?", "how long to become a nurse practitioner?": answered, not a fit check.
  const work = await questionAnswered(raw, context.focus);
  if (work) return [work];
  const whole = await read(raw, context);
  const main = await mainClauseAlone(raw, whole, context); // "see my profile before I start applying"
  if (main) return requests(main, context);
  // "it's Gainsight" after "Which startup was it?", "what about now?" after a profile change.
  const company = answerInFocus(raw, whole, context);
  if (company) return [company];
  // "ok and what if I went for data engineer instead" once a target is set: that role, or asked (switch-target.ts).
  const instead = await roleInsteadRequest(raw, context.focus);
  if (instead) return [await roleInsteadPlan(instead, context.focus)];
  // "yes do it" / "ok run it" with no question pending: the step the last reply proposed.
  const offered = context.focus.offered;
  if (whole.intent === "confirm" && whole.score >= CONFIDENCE && offered)
    return requests(offered, { ...context, focus: { ...context.focus, offered: undefined } });
  const last = context.focus.lastIntent;
  // "what should I do next?" the model is unsure of, or "et maintenant ?" alone: the step that fits where they are.
  const unsure = whole.score < CONFIDENCE || whole.intent === "help" || whole.intent === "unclear";
  if (nextStepAsked(whole.seg.t, raw, unsure)) return [{ calls: [], say: nextStepSay(context.focus) }];
  // "cancel that" right after the reminders list: that reminder, not "never mind".
  const stopped = listedReminderStopped(whole.seg, context.focus);
  if (stopped) return [stopped];
  // "what about offers?" after application stats: those applications, not interview tips.
  const stage = stageFollowUp(raw, context.focus, context.tracked);
  if (stage) return [stage];
  // "and the week after that?" over a roadmap: that week shown; after a progress report ("finished
  // week 1" … "and the week after that", said) that week marked too. A request the model is sure of
  // outside the roadmap's thread ("nudge me next week") is that request; a bare "next" is the week's.
  const elsewhere =
    whole.seg.t.split(/\s+/).length > 3 && whole.score >= SURE && !inThread(context.focus).has(whole.intent);
  const week = elsewhere ? undefined : relativeWeek(whole.seg.t, context.focus);
  if (week !== undefined)
    return [
      {
        calls: [call(continuesProgress(raw, context.focus) ? "record_progress" : "show_roadmap", { week })],
      },
    ];
  // "e pra engenheiro de dados?" after "why?" is the fit for that role (same-again.ts), not "why?" again.
  if (last && CONTINUABLE.has(last) && AND_MORE.test(raw) && whole.intent !== last && !sameButChange(raw)) {
    const plan = INTENT_PLANS[last];
    // Unsure, the last request goes on; sure of another reading, only words that ask nothing of their
    // own go on, when they fill it. A closing word ("and thanks") is never the last request's detail.
    const sure = whole.score >= 0.9;
    const ending = ENDINGS.has(whole.intent) && whole.score >= CONFIDENCE;
    const news = statesNews(whole.seg, last);
    const out = !ending && !news && (!sure || onlyDetails(raw)) ? plan?.(whole.seg, context) : undefined;
    // Going on would only ask back ("Which part did you finish?" for "und jetzt?" after a week
    // was ticked off): a reading of its own the model is confident of answers instead.
    const other = whole.intent !== last && whole.score >= CONFIDENCE && Boolean(INTENT_PLANS[whole.intent]);
    if (out && (out.calls.length || (!sure && !other))) return [out];
  }
  const team = raw.split(/\s+/).length <= 12 ? teamLedSaid(raw) : undefined; // "llevo un equipo de 5 personas"
  if (team) return [team];
  const preference = preferenceAdded(whole, context); // "oh and within 20 min of Tucson" after one
  if (preference) return [preference];
  // "the first one" / "no, the second" / "und die zweite Lücke?" right after an analysis: that gap (the
  // model reads a bare position as whichever list it last saw in training).
  const gap =
    context.focus.topic === "analysis" &&
    (ONLY_POSITION.test(whole.seg.t) || namesGapByPosition(whole.seg.t));
  const picked = gap ? pickFromList(ordinalsInEnglish(whole.seg.t), context.focus.gaps) : undefined;
  if (picked) return [{ calls: [call("explain_gap", { skill: picked })] }];
  // "bookmark the second one" … "and the third": that one kept too.
  if (last === "bookmark_question" && ONLY_POSITION.test(whole.seg.t)) {
    const id = pickFromList(whole.seg.t, context.focus.questionIds);
    if (id) return [{ calls: [call("bookmark_question", { questionId: id })] }];
  }
  // "the second" right after a list of questions: that question, to practise (trial12e; it was
  // read as an application's news, "Which application?").
  if (last && QUESTION_LISTS.has(last) && ONLY_POSITION.test(whole.seg.t)) {
    const id = pickFromList(whole.seg.t, context.focus.questionIds);
    if (id) return [{ calls: [call("practice_question", { questionId: id })] }];
  }
  // "undo that" right after logging an application or moving its status: that change taken back.
  const undone = undoLast(raw, context.focus, context.tracked);
  if (undone) return [undone];
  // "oops Chuy's was actually last friday not yesterday": the day applied corrected.
  const redated = correctedAppliedDate(raw, context.focus, context.tracked);
  if (redated) return [redated];
  // "no wait, it was Spotify not Shopify" right after logging Shopify: logged again under Spotify.
  // "I mixed them up, it was with Adyen not Stripe", later or in another language (application-corrected.ts).
  const corrected = await applicationCorrected(raw, context.focus, context.tracked);
  if (corrected) return [corrected];
  // "my Spotify interview is on friday at 2pm", "kaiser moved it to friday": kept (interview-news.ts).
  const interviewDay = interviewNews(raw, context);
  if (interviewDay) return [interviewDay];
  // "withdraw my Acme application", "make that wednesday", "acme: online assessment friday".
  const action = applicationAction(raw, context);
  if (action) return [action];
  // "how's Siemens going?" in any topic: where that application stands, or "not tracked".
  const asked = applicationAskedAbout(raw, context.tracked);
  if (asked) return [asked];
  // "I'm a cook, no resume yet, 4 years on the line": that background saved, the question answered.
  const background = await workSaid(raw, context, (q) => requests(q, context));
  if (background) return background;
  // "hi, I'm a product designer": the job they have now, not a fit check or a target.
  const current = context.focus.awaiting
    ? undefined
    : ((await currentRoleSaid(raw, context.ownSkills)) ?? employerSaid(raw));
  if (current) return [current]; // "i work at Google": which job there, never a skill (employer-said.ts)
  // "what about Amazon?" after talking about applications: that one, or "not tracked".
  const followUp = applicationFollowUp(raw, context.focus, context.tracked);
  if (followUp) return [followUp];
  // "junior analyst" answering "I don't track an application to N26 yet": log it with that news.
  const logged = roleForUntracked(raw, whole.intent, context.focus);
  if (logged) return [logged];
  // "no, I meant Quill Books" after a status change: the change moved there (application-plans).
  if (meantOtherApplication(raw, context.focus, context.tracked))
    return [INTENT_PLANS.update_application_status!(whole.seg, context)];
  // "no, the other one" after acting on one of two: the same request on the other.
  const other = otherOfTwo(whole.seg.t, context.focus);
  if (other) return [other];
  // "remove the last one" right after a skills or applications list: that item.
  const positioned = removalByPosition(whole.seg, context.focus) ?? levelByPosition(whole.seg, context.focus);
  if (positioned) return [positioned];
  // "location 0??? I said I'd relocate": the preference stored and the job scored again.
  const complaint = complaintWithPreference(whole.seg, context);
  if (complaint) return [complaint];
  // "take swift off the list": a skill on their profile, named with a word that takes away.
  const ownRemoval = removesOwnSkill(whole.seg, context, whole);
  if (ownRemoval) return [ownRemoval];
  // "what does 'ghosted' mean?": one of the tracker's words, explained.
  const term = asksMeaningOfStatus(raw);
  if (term) return [say("term", undefined, term)];
  // "what am I missing for operations manager?": that role's analysis (set as the target first).
  const gaps = gapQuestionPlan(raw, context);
  if (gaps) return [gaps];
  // Two analyses pointed at, unless the model is sure of something else entirely.
  const about = whole.intent === "unclear" || whole.score < SURE || /analy|application/.test(whole.intent);
  const pair = about ? pointsAtTwoAnalyses(whole.seg, context) : undefined;
  if (pair) return [pair];
  // "same thing but in Berlin": the last request again, with that change, however sure the
  // model is of the change alone ("based in London" reads as a location preference).
  const said = sameButChange(raw);
  const change = said ?? correctedDetail(raw, last);
  const [intent, words] = last && change ? changedRequest(last, change, context.focus, !said) : [];
  const again = intent ? INTENT_PLANS[intent] : undefined;
  if (again && words !== undefined) return [again(toSegment(words), context)];
  const otherRole = await roleAskedAboutAfterFit(raw, last, context.focus);
  if (otherRole) return [INTENT_PLANS.analyze_fit!(toSegment(otherRole), context)];
  // A bare name ("Java", "Tableau?") is a topic, not a request: offer what can be done with it.
  const bare = raw.replace(/[?!.]+$/, "").trim();
  const aboutSkills = [
    "add_skill",
    "remove_skill",
    "update_skill",
    "show_skills",
    "search_questions",
    "practice_question",
    "unclear",
  ];
  const sureOfOther = whole.score >= CONFIDENCE && !aboutSkills.includes(whole.intent);
  if (!sureOfOther && /^[\w+#.-]+$/.test(bare) && skillNames(bare).length === 1) {
    const options = [
      "add_skill",
      "search_questions",
      ...(context.focus.analysisId ? ["explain_gap"] : ["practice_question"]),
    ];
    return [{ calls: [], say: { kind: "clarify", choices: choicesFor(options, bare) } }];
  }
  const feeling = feelingsAboutApplications(whole); // "all my applications get rejected, what's wrong with me"
  if (feeling) return [feeling];
  // Quoted material is one thing shown, not several requests.
  const parts = QUOTED_MATERIAL.test(raw.trim()) ? [raw] : pieces(raw);
  const picking = await removalOfListed(parts, context);
  if (picking) return [{ calls: [call(LISTING_OF[picking])], remember: { picking } }];
  if (parts.length > 1 && parts.length <= 4) {
    const readings = await Promise.all(requestPieces(parts).map((p) => read(p, context)));
    // A piece that reads as the whole message does needs less certainty: the whole backs it.
    const confident = readings.filter(
      (r) =>
        (r.score >= SURE || (r.intent === whole.intent && r.score >= CONFIDENCE)) &&
        plannable(r.intent) &&
        !CHATTER.has(r.intent) &&
        !onlyContext(r),
    );
    const distinct = new Set(confident.map((r) => r.intent));
    // Several confident requests, one being the whole's reading: each planned (pieces-kept.ts).
    if (distinct.size >= 2 && distinct.has(whole.intent)) return piecesKept(confident, context);
  }
  // "how much does it pay?" with no job, application or question open: which one, asked back.
  return [pointsAtNothing(whole, context.focus) ?? outcomeOf(whole, context)];
}

/**
 * "and Stripe rejected me" after logging an application is news about an application (a
 * status past "applied"), never another application; "and Stripe as a backend engineer" is one.
 */
function statesNews(seg: Segment, last: string): boolean {
  if (last !== "add_application") return false;
  const status = extraStatus(seg.t) ?? extractStatus(seg.t);
  return status !== undefined && status !== "applied" && status !== "saved";
}

/**
 * A message that goes on with the last request: "and …" in the languages the planner reads
 * ("e na iFood também", "et chez Doctolib aussi", "und bei Zalando auch"); a Spanish "y" only
 * before what is not a question ("y is my score low" is "why").
 */
const AND_MORE =
  /^(?:and|also|plus|oh and|and also|e|et|und|aur|y(?!\s+(?:is|do|does|did|am|are|not|tho|u|would|should|can|cant|won'?t)\b))\s/i;

/** Who a greeting is said to: the product, the bot, everyone. */
const ADDRESSED =
  /^(?:career\s*craft|bot|chatbot|there|everyone|all|again|team|friend|buddy|mate)[\s!.?,]*$/i;

export async function understand(text: string, context: PlanContext): Promise<Plan> {
  const raw = text.trim();
  const prefix: PlannedCall[] = context.attachments.map((filename) => attachedFileCall(raw, filename));
  let outcomes: Outcome[] = [];
  const language = raw
    ? intentModel().language.detect(raw, context.focus.language)
    : { language: "en", supported: true };
  if (raw && !language.supported) {
    outcomes = [{ calls: [], say: { kind: "language_unsupported", detail: language.language } }];
  } else if (raw && looksLikePosting(raw)) {
    const framing = raw.split("\n")[0].toLowerCase();
    const asks =
      /\b(?:am i (?:a )?(?:good )?(?:fit|qualified|ready)|analy[sz]e|how do i (?:compare|match|stack up)|check my fit|do i (?:fit|qualify))\b/.test(
        framing,
      ) || (await framingAsksForFit(framing, context));
    const analyse = asks || context.focus.awaiting === "job" || prefix.length > 0;
    outcomes = [
      {
        calls: [call("set_dream_job", { text: raw }), ...(analyse ? [call("analyze_fit")] : [])],
        awaiting: null,
      },
    ];
  } else if (raw && prefix.length === 0 && looksLikePastedResume(raw)) {
    outcomes = [{ calls: [call("read_resume", { text: raw })], awaiting: null }];
  } else if (raw) {
    const framed = prefix.length === 0 ? await framedResume(raw, context) : undefined;
    if (framed) outcomes = [{ calls: [call("read_resume", { text: framed })], awaiting: null }];
    // "<a short ad>\n\nthat's the one I want": the ad as the target (framing-lines.ts).
    const below = framed || prefix.length ? undefined : await adAboveOwnLine(raw, context);
    if (below) outcomes = [below];
  }
  // "applied at costco 🛒 for cashier": pictographs split the words around them (a message of
  // emoji alone stays whole); "applied 2 costco": the texting digit for "to" spelled out.
  const said = withoutGoCue(withTextingDigitsSpelled(withoutPictographs(raw) || raw));
  // "I'm a bit confused": the last result in plain words, whatever was awaited (the question
  // stays open); a yes/no about deleting everything is answered first.
  if (raw && outcomes.length === 0 && language.supported && context.focus.awaiting !== "delete_confirmation")
    if (saysConfused(said)) outcomes = [{ calls: [], say: confusedSay(context.focus) }];
  if (raw && outcomes.length === 0 && language.supported) {
    const awaited = saidWithMarks(raw, context) ?? (await whileAwaiting(said, context)); // "step 2 ✔" first
    if (awaited) outcomes = [awaited];
    else {
      // "hi, what can you do?": greet back, then answer the request.
      const greeting = said.match(
        /^(?:hi+|hello+|hey+|hiya|good (?:morning|afternoon|evening)|hola|namaste|bonjour|hallo|oi)\b[\s,!.]+(?=\S.{3,})/i,
      );
      const rest = greeting ? said.slice(greeting[0].length) : said;
      // "hello careercraft", "hi bot": the rest only names who is greeted, and asks nothing (the
      // product's name alone read as linking an account once lines naming it were trained).
      const asked = greeting && ADDRESSED.test(rest) ? [] : await requests(rest, context);
      // "hi there": the rest greets too; one greeting, not two in a row.
      // Before a request that acts ("hey! can i become a ux designer?"), a short hello: the
      // full greeting asked for a resume or a dream job just given (trial12e).
      const acts = asked.some((o) => o.calls.length > 0);
      if (greeting && !asked.some((o) => o.say?.kind === "greeting"))
        outcomes.push({ calls: [], say: { kind: "greeting", ...(acts ? { detail: "brief" } : {}) } });
      // "hi again", "hello everyone": a word or two after the greeting that asks nothing is
      // part of the greeting, not a request to ask back about ("I'm not sure which you mean").
      const addressOnly =
        greeting &&
        rest.trim().split(/\s+/).length <= 2 &&
        asked.every((o) => o.calls.length === 0 && (o.say?.kind === "clarify" || o.say?.kind === "unknown"));
      if (!addressOnly) outcomes.push(...asked);
    }
  }

  // "I want to be a PM": product or project manager asked, not guessed.
  outcomes = outcomes.map((o) => askWhichRoleForAcronym(o, said) ?? o);
  // "applied amazon analyst", "put Spark down too, I applied there as …": logged, not asked back (a pasted ad logs none: trial16 §1).
  if (!looksLikePosting(raw)) outcomes = await withCompanyThenRole(outcomes, said);
  // "could I get a job as a data analyst?", a story ending "… a fit for a X job": X set first.
  outcomes = await withFitRole(outcomes, said, context.focus);
  // "people ops manager" read as nothing to do: the title it is, set as the target.
  if (outcomes.length === 1)
    outcomes = [
      (await titleWithSetting(outcomes[0]!, said)) ??
        (await bareTitleAsTarget(outcomes[0]!, said)) ??
        outcomes[0]!,
    ];
  outcomes = await backgroundThenRoleAsked(outcomes, said, context); // "nurse 20 yrs, burnt out. school nurse?"
  // "i wanna switch to ux design, is that realistic?": the role before the question, then its fit.
  if (outcomes.length === 1)
    outcomes = [(await targetThenQuestion(outcomes[0]!, said, context)) ?? outcomes[0]!];
  // "maybe logistics cordinator?" asked back about: the role it names is what is offered.
  if (outcomes.length === 1 && language.supported)
    outcomes = [(await clarifyWithNamedRole(outcomes[0]!, said)) ?? outcomes[0]!];
  return assemblePlan(outcomes, { prefix, raw: said, language }, context);
}
