/**
 * Three things said about one application that the tracker misread in the trial (issue 12,
 * trial findings F14.1, F14.3, F9.6):
 * - "withdraw my Acme application" / "pull my application from Acme": the application is
 *   withdrawn (it was read as a filter, "None of your applications is at withdrawn yet");
 * - "actually make that wednesday" right after an interview day was kept: the interview moves
 *   (right after a follow-up reminder was set, that reminder moves);
 * - "acme: online assessment friday": the assessment is the skills round, kept with its day.
 */
import { futureDayWords, parseFutureInstant } from "../../tools/applications/dates.ts";
import type { Focus } from "../graph/focus.ts";
import { drillForApplication, offerNews, statusCorrected } from "./offer-and-drill-said.ts";
import { savedJobSaid, savedJobsAsked } from "./saved-job-said.ts";
import { trackedIn } from "./slot-words.ts";
import { statusSetBack } from "./status-set-back.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";

/** Up to three words naming the company between "my" and "application" ("pulling my stripe application"). */
const COMPANY_WORDS = String.raw`(?:[\p{L}\p{N}&.'’-]+\s+){0,3}`;
/** Withdrawing said in Spanish, French, German or Portuguese ("retiro mi candidatura", "je retire ma candidature"). */
const WITHDRAW_ELSEWHERE = String.raw`(?<![\p{L}])(?:retir[oaeé]\w*\s+(?:mi|la|ma|minha|a)\s+(?:candidatura|solicitud|postulaci[oó]n|candidature|aplica[cç][aã]o)|ziehe?\s+(?:\S+\s+){0,3}bewerbung\s+zur[üu]ck|bewerbung\s+zur[üu]ckziehen|desist[oi]\w*\s+d[ae]\s+(?:vaga|candidatura|la\s+candidatura|postulaci[oó]n))(?![\p{L}])`;
/** Withdrawing, said as something to do now (not "withdrawn", the status a list filters on). */
const WITHDRAW = new RegExp(
  String.raw`\b(?:withdraw(?:ing)?|pull(?:ing)? (?:out )?(?:my|the) ${COMPANY_WORDS}(?:application|app|candidacy)|pull(?:ing)? out of|take back my ${COMPANY_WORDS}(?:application|app)|retract(?:ing)? my ${COMPANY_WORDS}(?:application|app)|cancel(?:ling)? my ${COMPANY_WORDS}(?:application|app))\b|${WITHDRAW_ELSEWHERE}`,
  "iu",
);
/** A question about withdrawing is advice, not the act ("should I withdraw from Acme?"). */
const ASKS = /\?\s*$|^(?:should|can|could|how|what|when|is it|would)\b/i;
/** Pointing at the application just talked about ("withdraw it", "withdraw that one"). */
const POINTS = new RegExp(
  String.raw`\b(?:it|that(?: one)?|this(?: one)?|them|my application)\b|${WITHDRAW_ELSEWHERE}`,
  "iu",
);

/** "withdraw my Acme application", "withdraw the Acme app". */
const NAMED_APPLICATION =
  /\b(?:withdraw(?:ing)?|pull(?:ing)?|take back|retract(?:ing)?|cancel(?:ling)?)\s+(?:my|the)\s+(?!application|app\b)([\p{L}\p{N}][\p{L}\p{N}&.'’ -]{0,60}?)\s+(?:application|app|candidacy)\b/iu;
/** "withdraw from Acme", "pull my application from Acme", "withdraw my application to Acme". */
const NAMED_AFTER = /\b(?:from|to|at|with)\s+([\p{L}\p{N}][\p{L}\p{N}&.'’ -]{0,60}?)\s*[.!]*$/iu;

/** "withdraw my JPMorgan application": that application moved to withdrawn. */
export function withdrawalRequest(raw: string, context: PlanContext): Outcome | undefined {
  const t = raw.trim();
  if (!WITHDRAW.test(t) || ASKS.test(t)) return undefined;
  // The company named, tracked as written, or a part of a tracked name ("JPMorgan" for
  // "JPMorgan Chase"; the tool matches it against the tracked names).
  const named =
    trackedIn(t, context.tracked ?? []) ??
    (NAMED_APPLICATION.exec(t)?.[1] ?? NAMED_AFTER.exec(t)?.[1])?.trim().replace(/['’]s$/i, "");
  const inFocus = context.focus.application?.company;
  const application = named ?? (inFocus && POINTS.test(t) ? inFocus : undefined);
  return application
    ? { calls: [call("update_application_status", { application, status: "withdrawn" })] }
    : undefined;
}

const INTERVIEW_STAGES = new Set(["phone_screen", "technical_interview", "final_interview"]);
/** "make that wednesday", "actually move it to thu 2pm", "change it to friday", "no, monday instead". */
const RESCHEDULE =
  /^(?:(?:oh |no |sorry |wait |actually |oops )*,?\s*)(?:make (?:that|it)|move (?:that|it)(?: to)?|change (?:that|it) to|push (?:that|it) to|(?:it'?s|it is) (?:actually |now )?(?:on )?)?\s*(.+?)(?:\s+instead)?[.!]*$/i;

/** A day ahead in the words, or undefined. */
function dayAhead(words: string): string | undefined {
  const day = futureDayWords(words);
  if (!day) return undefined;
  try {
    parseFutureInstant(day);
    return day;
  } catch {
    return undefined;
  }
}

/**
 * Right after an interview day was kept (or a follow-up set), a message that is only a new day
 * with words that change it: the same call with that day.
 */
export function dayChanged(raw: string, focus: Focus): Outcome | undefined {
  const last = focus.lastCall;
  if (!last || raw.split(/\s+/).length > 8) return undefined;
  const m = RESCHEDULE.exec(raw.trim());
  const rest = m?.[1];
  // The words left are the day alone ("wednesday", "thu at 2pm"), nothing else asked.
  if (!rest || !/\b(?:make|move|change|push|actually|instead|no|it'?s|it is)\b/i.test(raw)) return undefined;
  const day = dayAhead(rest);
  if (
    !day ||
    rest
      .replace(day, "")
      .replace(/\b(?:on|at|the|next)\b/gi, "")
      .trim().length > 3
  )
    return undefined;
  if (last.name === "update_application_status" && last.args.interviewAt) {
    const status = String(last.args.status);
    return {
      calls: [
        call("update_application_status", {
          application: String(focus.application?.company ?? last.args.application),
          status: INTERVIEW_STAGES.has(status) ? status : "phone_screen",
          interviewAt: day,
        }),
      ],
    };
  }
  if (last.name === "set_reminder")
    return { calls: [call("set_reminder", { application: String(last.args.application), when: day })] };
  return undefined;
}

/** An online assessment, a coding test, a take-home: the skills round of a hiring process. */
const ASSESSMENT =
  /\b(?:online assessment|OA|coding (?:test|challenge|assessment|round)|take[- ]home(?: test| assignment| task)?|hackerrank|codility|skills? test|aptitude test|assessment(?: test)?)\b/i;

/** "meta: online assessment friday", "got an OA from Stripe, due thursday": that round with its day. */
export function assessmentStated(raw: string, context: PlanContext): Outcome | undefined {
  const t = raw.trim();
  const word = ASSESSMENT.exec(t);
  if (!word || ASKS.test(t)) return undefined;
  const day = dayAhead(t.slice(word.index + word[0].length));
  if (!day) return undefined;
  // The company named (tracked), written before a colon ("meta: …"), or in focus.
  const application =
    trackedIn(t, context.tracked ?? []) ??
    /^([\p{L}\p{N}][\p{L}\p{N}&.' -]{0,60}?)\s*[:\-–]\s/u.exec(t)?.[1] ??
    context.focus.application?.company;
  if (!application) return undefined;
  return {
    calls: [
      call("update_application_status", {
        application,
        status: "technical_interview",
        interviewAt: day,
        stageSaid: /^oa$/i.test(word[0]) ? "online assessment" : word[0].toLowerCase(),
      }),
    ],
  };
}

/** Any of these, in that order. */
export function applicationAction(raw: string, context: PlanContext): Outcome | undefined {
  return (
    savedJobSaid(raw) ?? // "bookmark this job: <title> at <company>, <link>"
    savedJobsAsked(raw) ?? // "mis trabajos guardados"
    withdrawalRequest(raw, context) ??
    dayChanged(raw, context.focus) ??
    assessmentStated(raw, context) ??
    statusSetBack(raw, context) ?? // "put Figma back to applied"
    drillForApplication(raw, context) ?? // "drill me for the Acme phone screen" (offer-and-drill-said.ts)
    statusCorrected(raw, context) ?? // "Acme is an offer, not applied"
    offerNews(raw, context) // "and Acme offered me a return offer!! data engineer"
  );
}
