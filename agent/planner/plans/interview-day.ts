/**
 * The interview's day said in chat: "they invited me to an interview next thursday!" moved
 * the application to an interview stage but lost Thursday (blind3 trial item 27), and "my
 * Spotify interview is on friday at 2pm" / "the Canva interview got moved to the 14th" were
 * not read at all. The day is passed as said (`interviewAt`) for the tool to read in the
 * person's zone (chrono-node, tools/applications/dates.ts), which keeps it on the application
 * and plans the day-before reminder.
 */
import { futureDayWords, parseFutureInstant } from "../../../tools/applications/dates.ts";
import type { PlannedCall } from "../../tools/schemas.ts";
import { trackedIn } from "../slot-words.ts";
import { call, type Outcome, type PlanContext } from "../types.ts";

const INTERVIEW_STAGES = new Set(["phone_screen", "technical_interview", "final_interview"]);

/** The words for an interview in the six languages, after which its day is said. */
const INTERVIEW_WORD =
  /\b(?:interviews?|phone screen|screen(?:ing)?|onsite|on-site|final round|entrevistas?|entretiens?|vorstellungsgespr[aä]ch|gespr[aä]ch)\b/i;

/** A day that has passed or is counted back: never an interview ahead. */
const PAST = /\b(?:yesterday|ago|last|earlier|this morning|ayer|hier|gestern|ontem|hace|il y a|vor)\b/i;

/** A phrase that is an hour and nothing else ("15h", "14:00", "3 pm"): no day, so no interview day. */
const HOUR_ONLY =
  /^(?:at\s+|à\s+|às\s+|a\s+|a las\s+|um\s+)?\d{1,2}(?:[:h.]\d{2}|h|\s*(?:am|pm|uhr|baje))?$/i;

/** Hindi "ko" after a day ("friday ko", "kal ko") and "baje" after an hour. */
const HINDI_DAY_MARK = /(?<![\p{L}])(?:ko|baje)(?![\p{L}])/iu;
/** A day phrase that carries an hour ("kal 3 baje", "tomorrow at 3pm", "lunes a las 10"). */
const HOUR_SAID = /\d\s*(?:am|pm|h\b|uhr|baje|:\d{2})|(?:at|à|às|a las|um)\s+\d/i;

/** The day said after the interview word, if it is ahead ("next thursday", "friday at 2pm", "el jueves"). */
export function interviewDaySaid(raw: string): string | undefined {
  const word = INTERVIEW_WORD.exec(raw);
  if (!word) return undefined;
  // "es el jueves a las 3", "vendredi à 14h", "kal 3 baje": the day with its hour, in any of the
  // chat's languages (tools/applications/date-readers.ts).
  // Hindi says the day first ("friday ko 11 baje interview hai"): the words before the interview
  // word count when they are a day with "ko" or a day with its hour.
  const before = futureDayWords(raw.slice(0, word.index));
  const day =
    futureDayWords(raw.slice(word.index + word[0].length)) ??
    (before && (HINDI_DAY_MARK.test(raw.slice(0, word.index)) || HOUR_SAID.test(before))
      ? before
      : undefined);
  if (day && HOUR_ONLY.test(day.trim())) return undefined;
  if (!day || PAST.test(day)) return undefined;
  try {
    parseFutureInstant(day);
  } catch {
    return undefined;
  }
  return day;
}

/**
 * A day ahead said anywhere in a message already read as a move to an interview stage: "they
 * want a call next tuesday", "quieren una llamada el martes" name no interview word, and the day
 * was lost (lead's new-user trial, issue 12).
 */
function dayAheadSaid(raw: string): string | undefined {
  const day = futureDayWords(raw);
  if (!day || HOUR_ONLY.test(day.trim()) || PAST.test(day)) return undefined;
  try {
    parseFutureInstant(day);
  } catch {
    return undefined;
  }
  return day;
}

/** Each move to an interview stage in the plan carries the interview's day when the message says it. */
export function withInterviewDay(out: Outcome, raw: string): Outcome {
  const moves = out.calls.some(
    (c) => c.name === "update_application_status" && INTERVIEW_STAGES.has(String(c.args.status)),
  );
  const day = moves ? (interviewDaySaid(raw) ?? dayAheadSaid(raw)) : undefined;
  if (!day) return out;
  const calls = out.calls.map(
    (c): PlannedCall =>
      c.name === "update_application_status" &&
      INTERVIEW_STAGES.has(String(c.args.status)) &&
      !c.args.interviewAt
        ? { ...c, args: { ...c.args, interviewAt: day } }
        : c,
  );
  return { ...out, calls };
}

/**
 * The stage an interview is, by the words said: a phone screen or call is the first, a final
 * round or onsite the last, and an "interview" the interview itself — it was logged as a phone
 * screen (new-user trial 2026-12-06: "applied → phone screen" after "my kaiser interview is …").
 */
export function interviewStageSaid(text: string): string {
  if (
    /\b(?:phone (?:screen|interview|call)|screen(?:ing)?(?: call)?|recruiter call|intro call)\b/i.test(text)
  )
    return "phone_screen";
  if (/\b(?:final (?:round|interview)|onsite|on-site|last round)\b/i.test(text)) return "final_interview";
  return "technical_interview";
}

/** "my Spotify interview is on friday", "the interview got moved to monday 10am": a statement, not a question. */
const SAYS_WHEN =
  /\b(?:is|'s|will be|got (?:moved|rescheduled|pushed|changed)|was (?:moved|rescheduled|pushed|changed)|moved|rescheduled|pushed|is set|set for|scheduled for|es|ist|est|é|será|wurde (?:verschoben|verlegt)|cambió|cambiaron|movieron)\b/i;

/**
 * "my Spotify interview is on friday at 2pm": the interview's day for the application named
 * (tracked) or in focus, at the stage it is at (the tool keeps a stage already reached).
 */
export function interviewDayStated(raw: string, context: PlanContext): Outcome | undefined {
  const t = raw.trim();
  if (/\?\s*$/.test(t) || /^(?:when|what|which|how|is|cu[aá]ndo|quand|wann|quando)\b/i.test(t))
    return undefined;
  const word = INTERVIEW_WORD.exec(t);
  if (!word || !SAYS_WHEN.test(t.slice(word.index))) return undefined;
  const day = interviewDaySaid(t);
  if (!day) return undefined;
  const focus = context.focus.application;
  const application = trackedIn(t, context.tracked ?? []) ?? focus?.company;
  if (!application) return undefined;
  const known = focus && focus.company.toLowerCase() === application.toLowerCase() ? focus.status : undefined;
  const status = known && INTERVIEW_STAGES.has(known) ? known : interviewStageSaid(t);
  return { calls: [call("update_application_status", { application, status, interviewAt: day })] };
}
