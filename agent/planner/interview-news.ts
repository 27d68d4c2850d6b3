/**
 * News about an interview said the way people say it, in one message (new-user trial
 * 2026-12-06, finding 5):
 * - "I have an interview at Target next monday at 9am for an assistant store manager role":
 *   the interview logged with its day and time (and so its reminder), the role kept; it was
 *   read as a new career target ("Target set: Store Manager") and the interview was lost.
 * - "Ryder wants an interview next thursday 10am, remind me the day before": the day and hour
 *   kept first, then the reminder before it ("I don't know when your Ryder interview is yet").
 * - "kaiser moved it to friday same time": the interview moved (its reminder moves with it; the
 *   hour kept by the applications service), not a follow-up reminder refused.
 * Everything else about an interview's day is plans/interview-day.ts's.
 * The day is passed as said; the applications service reads it with chrono-node in the
 * person's zone (tools/applications/dates.ts).
 */
import { futureDayWords } from "../../tools/applications/dates.ts";
import { ROLE_NOT_GIVEN } from "../../tools/applications/input.ts";
import { beforeInterviewWords } from "../../tools/applications/interview-dates.ts";
import { interviewDaySaid, interviewDayStated, interviewStageSaid } from "./plans/interview-day.ts";
import { cleanTitle } from "./rules-tracking.ts";
import { trackedIn } from "./slot-words.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";

/** Asking for a reminder, in the chat's languages. */
const REMIND =
  /(?:^|[,.;!]\s*|\b(?:and|pls|please|can you|could you)\s+)(?:remind me|recu[eé]rd(?:a|e)me(?:lo)?|rappelle[- ]moi|erinnere mich|me lembr[ae]|lembra-me|yaad dila)/iu;

/**
 * A move of the interview to another day: "moved it to friday", "pushed the interview to monday";
 * the person moved ("they rescheduled me to friday", "me reprogramaron para el jueves") is the
 * interview moved too (conv12t: asked "What happened with X?").
 */
const MOVED =
  /\b(?:moved|rescheduled|pushed|bumped|shifted|changed|movieron|cambiaron|pasaron|reprogramaron|reagendaron|d[ée]plac[ée]|d[ée]cal[ée]|report[ée]|verschoben|verlegt|mudaram|remarcaram|passaram|reagendaram)\b(?:\s+(it|me|us|the interview|my interview|the call|the screen|the date|that|la entrevista|l'entretien|das gespr[aä]ch|a entrevista))?(?:\s+back)?\s+(?:to|for|till|until|al|a|para|à|au|auf|pra)\b/iu;

/** The interview named, in the chat's languages. */
const INTERVIEW_NAMED =
  /\b(?:interviews?|phone screen|screen(?:ing)?|entrevistas?|entretiens?|vorstellungsgespr[aä]ch|gespr[aä]ch)\b/i;

/** Words that are never a company, though written with a capital (months, weekdays, "I"). */
export const NOT_A_NAME =
  /^(?:I|I'm|I've|My|The|A|An|Hi|Hey|So|And|Also|Got|Have|Had|Just|Next|This|On|At|In|For|With|Tomorrow|Today|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*)$/;

/** "an interview at Target", "a phone screen with Acme Corp": the company after at/with/from/bei/chez/con. */
const COMPANY_AFTER =
  /\b(?:at|with|from|con|chez|bei|na|no|em|avec)\s+((?:[\p{Lu}\p{N}][\p{L}\p{N}_&.'’-]*)(?:\s+(?:&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}_&.'’-]*){0,3})/gu;

/** "Ryder wants an interview", "Kaiser invited me": the company first, then the news. */
const COMPANY_FIRST =
  /^(?:(?:so|ok|okay|update|news|and|also|oh|yay|omg)[\s,:!]+)*([\p{L}\p{N}][\p{L}\p{N}_&.'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}_&.'’-]*){0,2})\s+(?:wants|want|invited|scheduled|booked|called|set up|asked)\b/iu;

/** "for an assistant store manager role", "as a buyer": the role said with the interview. */
const ROLE_SAID =
  /\b(?:for|as)\s+(?:an?\s+|the\s+)?([^,.;!?]+?)\s*(?:\b(?:role|position|job|opening)\b|[,.;!?]|$)/i;

/** A company named in the message: tracked, else a capitalised name that is no day or month. */
function companyIn(raw: string, context: PlanContext): string | undefined {
  const tracked = trackedIn(raw, context.tracked ?? []);
  if (tracked) return tracked;
  const first = COMPANY_FIRST.exec(raw)?.[1];
  const found = first && /^[\p{Lu}\p{N}]/u.test(first) ? [first] : [];
  for (const m of raw.matchAll(COMPANY_AFTER)) found.push(m[1]!);
  for (const name of found) {
    const words = name.split(/\s+/);
    const kept = words.slice(
      0,
      Math.max(
        1,
        words.findIndex((w) => NOT_A_NAME.test(w)),
      ),
    );
    if (!NOT_A_NAME.test(kept[0]!)) return kept.join(" ");
  }
  return undefined;
}

/** The role said beside the interview, when it is a title and not the day or the hour. */
function roleIn(raw: string, company: string): string | undefined {
  const rest = raw.replace(company, " ");
  const said = ROLE_SAID.exec(rest)?.[1];
  if (!said) return undefined;
  const title = cleanTitle(said);
  const day = futureDayWords(title);
  const kept = (day ? title.replace(day, " ") : title).replace(/\s+/g, " ").trim();
  return kept && /\p{L}{2,}/u.test(kept) && !/^(?:it|that|this|the interview)$/i.test(kept)
    ? kept
    : undefined;
}

/** "Kaiser moved it to friday (same time)": the interview of the company named, or the one in focus, moved. */
function movedInterview(raw: string, context: PlanContext): Outcome | undefined {
  const moved = MOVED.exec(raw);
  if (!moved || REMIND.test(raw)) return undefined;
  // "moved it", "moved the interview": the interview is what moved ("I moved to Austin" is not).
  const person = /(?:^|\s)(?:me|nos|m['’]ont|m['’]a)\s+$/i.test(raw.slice(0, moved.index)); // "me reprogramaron"
  if (!moved[1] && !person && !INTERVIEW_NAMED.test(raw)) return undefined;
  const day = futureDayWords(raw.slice(moved.index));
  if (!day || /\b(?:yesterday|ago|last|earlier)\b/i.test(day)) return undefined;
  // "they moved me to the night crew": a person moved names a day or an hour, not a part of a day.
  if (
    (person || moved[1] === "me" || moved[1] === "us") &&
    !/\d|day|tomorrow|next|\p{L}+(?:es|di|tag|a-feira)\b|ma[nñ]ana|amanh[aã]|demain|morgen/iu.test(day)
  )
    return undefined;
  const application = trackedIn(raw, context.tracked ?? []) ?? context.focus.application?.company;
  if (!application) return undefined;
  // The lowest interview stage: the service keeps a stage already reached (agent/tools/interview-when.ts).
  return {
    calls: [call("update_application_status", { application, status: "phone_screen", interviewAt: day })],
  };
}

/**
 * An interview with its day said, and maybe a role and a reminder: logged (the application
 * first when it is not tracked and a role is said), then the reminder when one is asked.
 */
function interviewWithDay(raw: string, context: PlanContext): Outcome | undefined {
  const remind = REMIND.exec(raw);
  const news = remind ? raw.slice(0, remind.index) : raw;
  if (
    !remind &&
    !/\b(?:i have|i've got|ive got|i got|got|have|wants?|invited|scheduled|booked)\b/i.test(news)
  )
    return undefined;
  const day = interviewDaySaid(news);
  if (!day) return undefined;
  const company = companyIn(news, context) ?? (remind ? context.focus.application?.company : undefined);
  if (!company) return undefined;
  const status = interviewStageSaid(news);
  const tracked = trackedIn(company, context.tracked ?? []);
  const role = tracked ? undefined : roleIn(news, company);
  const when = remind
    ? (beforeInterviewWords(raw.slice(remind.index)) ?? futureDayWords(raw.slice(remind.index)))
    : undefined;
  return {
    calls: [
      ...(role ? [call("add_application", { company, position: role.slice(0, 200) || ROLE_NOT_GIVEN })] : []),
      call("update_application_status", { application: company, status, interviewAt: day }),
      ...(remind ? [call("set_reminder", { application: company, when: when ?? "the day before" })] : []),
    ],
  };
}

/**
 * A request beside the news ("… on friday, give me some practice questions"): the message is
 * that request (with the news in its pieces), not only the news.
 */
const ASKS_FOR_HELP =
  /\b(?:practi[cs]e|prep(?:are)?|questions?|tips|help me|quiz|mock|advice|what should|how (?:do|should|can) i)\b/i;

/** News about an interview's day, read whole; undefined when the message is something else. */
export function interviewNews(raw: string, context: PlanContext): Outcome | undefined {
  const t = raw.trim();
  const news =
    /\?\s*$/.test(t) || ASKS_FOR_HELP.test(t)
      ? undefined
      : (movedInterview(t, context) ?? interviewWithDay(t, context));
  return news ?? interviewDayStated(t, context);
}
