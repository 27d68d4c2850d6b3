/**
 * Plans for tracked job applications: adding one, moving its status (and correcting the
 * last move), listing, stats and removal.
 */

import { futureDayWords } from "../../../tools/applications/dates.ts";
import { ROLE_NOT_GIVEN } from "../../../tools/applications/input.ts";
import { listedApplications } from "../application-list.ts";
import {
  afterSelfCorrection,
  asksSomething,
  asksWhetherToFollowUp,
  withoutDay,
} from "../application-said.ts";
import { withClauseReading } from "../applications-in-clauses.ts";
import { CHATTER_AFTER_COMMA, lowerCaseCompanyAfterApplied } from "../applied-lowercase-name.ts";
import { opensCorrection } from "../correction-opener.ts";
import { NOT_A_NAME } from "../interview-news.ts";
import { jobKeptOnList, KEEPS_ON_LIST } from "../job-kept-on-list.ts";
import { newsSubject } from "../news-subject.ts";
import { normalize } from "../normalize.ts";
import { asksForCount, asksToSee, saysRemoval, takesAway } from "../operation-words.ts";
import { organisationNamed } from "../organisation-named.ts";
import { applicationRule, cleanTitle, DATE, isCountNotCompany } from "../rules-tracking.ts";
import {
  applicationCompany,
  extraStatus,
  nameCandidates,
  nextStage,
  pickFromList,
  saysName,
  trackedIn,
} from "../slot-words.ts";
import { extractStatus } from "../slots.ts";
import { call, calls, type Outcome, type PlanContext, type Segment, say } from "../types.ts";
import { appliedDay } from "./applied-day.ts";
import { withInterviewDay } from "./interview-day.ts";
import { pastDayInOtherLanguage } from "./other-days.ts";
import { fromRule, type Planner } from "./plan-kit.ts";
import { companyBesideSameRole, SAME_ROLE } from "./same-role.ts";

function applicationUpdate(seg: Segment, ctx: PlanContext): Outcome {
  // "show me just the rejected ones": a status to filter the list by, not a change to make.
  if (asksToSee(seg.t)) return listApplications(seg, ctx);
  const ruled = fromRule(applicationRule, seg, ctx, "update_application_status");
  const { focus } = ctx;
  // "no wait, I meant Microsoft": move the last change to the named company, undo it on the other.
  const last = focus.application;
  // "wait no, it was Amazon" corrects too; "no wait, Amazon rejected me" says a status of its own.
  const correcting =
    (/\b(?:i meant|meant|not|wrong one|other one|instead)\b/.test(seg.t) ||
      (opensCorrection(seg.t.replace(/^\W+/, "")) && !extractStatus(seg.t))) &&
    last?.status;
  if (correcting && last) {
    // The last list shown, else every tracked one (logged one after another, none listed yet).
    const candidates = focus.applications?.length ? focus.applications : (ctx.tracked ?? []);
    const others = candidates.filter((c) => c.toLowerCase() !== last.company.toLowerCase());
    // A listed company said in full ("I meant Delivery Hero"), else the first capitalised word.
    const named =
      others.find((c) => saysName(seg.t, c)) ??
      nameCandidates(seg.raw).find(
        (w) => /^\p{Lu}/u.test(w) && w.toLowerCase() !== last.company.toLowerCase(),
      );
    // "no, the other one" with two or more others: which one, offered as quick replies — a guess
    // would move the wrong application's status (a saved change the person must spot and undo).
    if (!named && others.length > 4) return say("ask_application_which");
    if (!named && others.length > 1)
      return {
        calls: [],
        say: {
          kind: "ask_application_which",
          detail: others.join(" or "),
          choices: others.map((c) => ({ label: c, text: `no, I meant ${c}` })),
        },
      };
    const target = named ?? others[0];
    if (target) {
      // The change taken back first, so the application in focus afterwards ("remind me about
      // it") is the one the change moved to, not the one it was taken from.
      const moved = call("update_application_status", { application: target, status: last.status });
      return last.previousStatus
        ? calls(
            call("update_application_status", { application: last.company, status: last.previousStatus }),
            moved,
          )
        : calls(moved);
    }
  }
  if (ruled) return loggedWithNews(ruled, seg, ctx);
  const passed = /\bpassed\b/.test(seg.t) ? nextStage(focus.application?.status) : undefined;
  const status = extraStatus(seg.t) ?? extractStatus(seg.t) ?? passed;
  // "I got an interview on December 20": a month or a weekday is the day, never the company.
  const named = nameCandidates(seg.raw).find(
    (w) =>
      /^\p{Lu}/u.test(w) &&
      !/^(?:I|Update|Got|Passed|Phone|Recruiter|They)$/.test(w) &&
      !NOT_A_NAME.test(w) &&
      // "nächsten Dienstag", "el Martes": a day in any of the chat's languages (chrono reads them all).
      futureDayWords(w) !== w,
  );
  // "starbucks said no to …": the employer in lower case before its news (news-subject.ts).
  const application = applicationCompany(seg.raw, seg.t, focus, named ?? newsSubject(seg.raw), ctx.tracked);
  if (!application) return say("ask_application_which");
  if (!status) return say("ask_status", undefined, application);
  return loggedWithNews(calls(call("update_application_status", { application, status })), seg, ctx);
}

/** "… can u log it", "track that": news asked to be written down as an application. */
/** A role said with its noun ("line cook job"): the noun is no part of the title. */
const TRAILING_ROLE_NOUN = /\s+(?:job|role|position|opening|gig)$/i;

const ASKS_TO_LOG = /\b(?:log|track|add|record|save|note)\s+(?:it|this|that|them|one)\b/;

/**
 * "i got rejected from IBEW local 11 today, can u log it": news about a company not tracked,
 * asked to be logged, is an application logged with that news (it answered "I don't track an
 * application to IBEW local 11 yet. To log it, say …" to someone who had just said it).
 */
function loggedWithNews(out: Outcome, seg: Segment, ctx: PlanContext): Outcome {
  const news =
    out.calls.length === 1 && out.calls[0]!.name === "update_application_status" ? out.calls[0] : undefined;
  if (!news || !ctx.tracked || !ASKS_TO_LOG.test(seg.t)) return out;
  const company = String(news.args.application);
  if (trackedIn(company.toLowerCase(), ctx.tracked)) return out;
  return calls(call("add_application", { company, position: ROLE_NOT_GIVEN, status: news.args.status }));
}

/**
 * "I applied today" / "save this job" right after a posting that names its company: the
 * application is to that job (its company and title), not a question back.
 */
function focusedJobApplication(seg: Segment, ctx: PlanContext): Outcome | undefined {
  const { jobCompany, jobTitle, jobId } = ctx.focus;
  if (!jobId || !jobCompany || !jobTitle) return undefined;
  const args: Record<string, unknown> = { company: jobCompany, position: jobTitle.slice(0, 200) };
  const when = seg.t.match(DATE)?.[1];
  if (when) args.appliedOn = when;
  // "save this job" keeps it as saved; "save this job, I applied today" is an application.
  const applied = /\bi (?:just |already )?applied\b/i.test(seg.raw);
  if (!applied && /\b(?:haven'?t applied|not applied|save|saving|bookmark)\b/i.test(seg.raw))
    args.status = "saved";
  return calls(call("add_application", args));
}

/**
 * "new app: deliveroo, data analyst", "add an application for Barclays, graduate analyst":
 * company then role after a short label or "application for", in any casing.
 */
const COMPANY_COMMA_ROLE =
  /(?:^\s*(?:(?!(?:to|at|with|for)\b)[a-z]+\s+){0,2}[a-z]+\s*:|\bapp(?:lication)?\s+(?:for|to|at|with))\s*([^,:;]+?)\s*,\s*([^,.;!?]+)/i;

/**
 * The verb of applying said after the role, where a language puts it last: German "… als
 * Datenanalyst beworben (habe)", Hinglish "… data analyst ke liye apply kiya". It ends the
 * message's action, so it is never part of the title.
 */
const APPLYING_VERB_AFTER =
  /\s+(?:(?:mich\s+)?(?:beworben|beworbe|bewerbe|beworben\s+habe?|angemeldet)|(?:ke\s+liye\s+)?(?:apply|applied)(?:\s+(?:kiya|kar\s+diya|kari|kardiya|kia|kr\s+diya))?|postul[eé]|postulado|me\s+candidatei)(?:\s+(?:habe?|hat|hatte|haben))?\s*$/i;

/**
 * The whole capitalised name that starts with `first` ("and Albion Water as a …" is Albion
 * Water, not Albion): up to three more capitalised words right after it, never "I".
 */
function nameFrom(raw: string, first: string): string {
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Letters of any script: "Fundación Jiménez Díaz" was cut at its first accent ("Fundación Jim").
  const run = raw.match(
    new RegExp(
      `(?<![\\p{L}\\p{N}_&.'’-])${escaped}(?:\\s+(?!I(?![\\p{L}]))[\\p{Lu}\\p{N}][\\p{L}\\p{N}_&.'’-]*){0,3}`,
      "u",
    ),
  );
  return run?.[0] ?? first;
}

/** "am Montag", "el lunes", "on Monday": a weekday said as a day, after its little word. */
const dayAfterItsWord = (raw: string, word: string): boolean =>
  new RegExp(
    `(?<![\\p{L}])(?:am|el|on|le|na|no|em)\\s+${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`,
    "u",
  ).test(raw) && Boolean(DATE.test(`on ${word.toLowerCase()}`) || pastDayInOtherLanguage(word));

/** A message that opens by asking to remove something, in the chat's languages. */
const REMOVAL_FIRST =
  /^(?:(?:pls|please|can you|could you|ok|okay|no|and|also|oh)[\s,]+)*(?:delete|remove|erase|drop|scratch|get rid of|take off|borra|elimina|quita|supprime|enl[eè]ve|l[öo]sche|entferne|apaga|remova|exclua)\b/u;

/** German (and Romance) indefinite articles; English "an Amazon warehouse" still names Amazon. */
const INDEFINITE = "(?:einem|einer|eine|ein|una|uma|une|numa)";

/** Whether the company found is only a kind of company, after an indefinite article. */
const describedOnly = (raw: string, company: string): boolean =>
  new RegExp(
    `(?<![\\p{L}])${INDEFINITE}\\s+${company.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`,
    "iu",
  ).test(raw);

/** Words that point back at a company just named. */
const POINTS_BACK = /\b(?:there|them|they|it|that one|that company|to that|at that)\b/;

/** "too", "as well" and their words in the other languages the planner reads. */
const ALSO =
  /(?:\b(?:too|as well|also)|(?<![\p{L}])(?:também|tambem|también|tambien|aussi|auch|bhi))[\s.!]*$/u;

/** A piece that says only when ("last week", "3 days ago"): never a role (trial 2026-12-06e). */
const onlyADay = (piece: string) => withoutDay(piece).trim() === "";

/**
 * "… at ups for …", "… to fedex as …", "… to the city library for …": one to three words
 * between the place word and the role word ("the" kept out of the name).
 */
const COMPANY_BEFORE_ROLE =
  /(?<![\p{L}])(?:to|at|with|na|no|em|en|à|chez|bei)\s+(?:the\s+(?!(?:job|role|position|posting|opening|same|one)\b))?(?!(?:a|an|the|my|this|that|it|them|la|el|le|o|um|uma|un|una|une|ein|eine|einem|einer)\b)([\p{L}\p{N}&.'’-]+(?:\s+[\p{L}\p{N}&.'’-]+){0,2}?)\s+(?:for|as|pra|para|como|pour|comme|als)\s+\S/iu;

/** "(maine) <company> mein/par <role> ke liye apply kiya": company and role in Hinglish order. */
const HINGLISH_APPLIED =
  /^(?:(?:bhai|yaar|arre|are|ok|okay|acha|accha|aur|and|so)[\s,]+)*(?:maine|mene|mainne|main ne)?\s*(?:(?:kal|aaj|parso|abhi|abhi abhi)\s+)?(?:maine|mene)?\s*([\p{L}\p{N}&.'’-]+(?:\s+[\p{L}\p{N}&.'’-]+){0,2}?)\s+(?:mein|me|mai|par|pe)\s+(.+?)\s+(?:ke liye|ki post ke liye|ki job ke liye)\s+(?:apply|application|aavedan)/iu;

function applicationAdd(seg: Segment, ctx: PlanContext): Outcome {
  // "delete the designer at Monzo one, i didn't apply for that": a removal never logs one (trial14 §2).
  if (REMOVAL_FIRST.test(seg.t)) return deleteApplication(seg, ctx);
  // "I applied to kroger twice by accident, I mean I applied to Kroger for …": the corrected part.
  const corrected = afterSelfCorrection(seg.raw);
  if (corrected) return applicationAdd({ raw: corrected, t: normalize(corrected) }, ctx);
  const logged = applicationAddSaid(seg, ctx);
  // "…, should I follow up?": answered as well as logged.
  return logged.calls.length && asksWhetherToFollowUp(seg.raw)
    ? { ...logged, say: { kind: "advice", detail: "follow_up" } }
    : logged;
}

function applicationAddSaid(seg: Segment, ctx: PlanContext): Outcome {
  const listed = severalApplications(seg) ?? jobKeptOnList(seg.raw); // "save the X data analyst job to my list"
  if (listed) return listed;
  const ruled = fromRule(applicationRule, seg, ctx, "add_application");
  if (ruled) return withClauseReading(ruled, seg.raw);
  const pair = seg.raw.match(COMPANY_COMMA_ROLE);
  // A company is a few words and not a sentence of its own ("Note: I applied to Stripe, …").
  const paired =
    pair &&
    /^\S+(?:\s+\S+){0,3}$/.test(pair[1].trim()) &&
    !/\b(?:i|applied|to|at|with)\b/i.test(pair[1]) &&
    nameCandidates(pair[1]).length
      ? { company: pair[1].trim(), role: pair[2] }
      : undefined;
  // Names start with a capital, or are written in camel case ("iFood", "eBay").
  const names = nameCandidates(seg.raw).filter(
    (w) =>
      /^(?:\p{Lu}|\p{Ll}\p{Lu})/u.test(w) &&
      !/^(?:I|Applied|Also|Just|Log|Track|Put|Add|Save)$/.test(w) &&
      // "am Montag bei einem Startup …": a day after its little word is no company (German capitalises it).
      !dayAfterItsWord(seg.raw, w),
  );
  // "to Mayo Clinic for ...": the whole capitalised name after to/at/with, not its first word;
  // "Procter & Gamble", "Johnson and Johnson" are one name (a list of several was read above).
  // "maine flipkart mein data analyst ke liye apply kiya": Hinglish puts the company, then the role.
  const hinglish = seg.raw.match(HINGLISH_APPLIED);
  const company =
    paired?.company ??
    hinglish?.[1] ??
    // "to Kroger 3 weeks ago": the day is no part of the name.
    withoutDay(seg.raw).match(
      /\b(?:to|at|with)\s+((?:[\p{Lu}\p{N}][\p{L}\p{N}_&.'’-]*)(?:\s+(?:(?:&|and)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}_&.'’-]*)*)/u,
    )?.[1] ??
    (names[0] && nameFrom(seg.raw, names[0])) ??
    // "put in an application at ups for logistics coordinator": lower case, between at and for.
    organisationNamed(seg.raw) ?? // "to the county fire marshal's office": longer, ends in "office"
    seg.raw.match(COMPANY_BEFORE_ROLE)?.[1] ??
    // "i applied there last week" right after news about a company not tracked yet.
    (POINTS_BACK.test(seg.t) ? ctx.focus.untracked : undefined) ??
    // "oh and also airbnb, same kinda role": a company written in lower case beside it.
    companyBesideSameRole(seg.raw, ctx.focus) ??
    lowerCaseCompanyAfterApplied(seg.raw);
  if (!company || isCountNotCompany(company))
    return focusedJobApplication(seg, ctx) ?? say("ask_application");
  // "bei einem Startup als Data Analyst": a noun after an indefinite article describes the
  // company, it does not name it (German capitalises nouns; "Startup" was logged as a company).
  if (describedOnly(seg.raw, company)) return withClauseReading(say("ask_application"), seg.raw);
  // "same role", or "and Spotify too" right after logging one: the role just logged.
  // "and Dentsply too, last week": the day after "too" does not hide it.
  const again =
    SAME_ROLE.test(seg.raw) ||
    (ctx.focus.lastIntent === "add_application" && ALSO.test(withoutDay(seg.t).replace(/[\s,;]+$/, "")));
  const sameRole = again ? ctx.focus.application?.position : undefined;
  // "y también a Wizeline, mismo puesto" with no role logged before: the role is not given
  // (it was logged as position "Mismo Puesto"; conv12h trial), never the same-role words.
  const unsaid = !sameRole && SAME_ROLE.test(seg.raw);
  const role = unsaid
    ? undefined
    : (sameRole ??
      paired?.role ??
      hinglish?.[2] ??
      seg.raw.match(
        /\b(?:for|as(?!\s+well\b)|para|pra|como|pour|comme|als)\s+(?:an?\s+|the\s+|una?\s+|une?\s+)?([^,.;!?]+?)(?:\s+(?:role|position|job|internship))?(?:[,.;!?]|$)/i,
      )?.[1] ??
      seg.raw
        .split(/,\s*/)
        .filter(
          (piece, i) =>
            i === 1 && !CHATTER_AFTER_COMMA.test(piece) && !asksSomething(piece) && !onlyADay(piece),
        )[0]);
  // A date said after the role ("for charge nurse yesterday") is when, not part of the title.
  const when = appliedDay(seg.t, seg.raw);
  // "for the junior compositor job on friday": the day comes off in cleanTitle, which leaves the
  // "job" it stood behind (the role pattern only drops it before punctuation or the end).
  const position =
    (role && cleanTitle(role.replace(APPLYING_VERB_AFTER, ""))?.replace(TRAILING_ROLE_NOUN, "")) ||
    ROLE_NOT_GIVEN;
  const args: Record<string, unknown> = { company, position: position.slice(0, 200) };
  if (when) args.appliedOn = when;
  if (/\b(?:haven'?t applied|not applied|save|saving|bookmark)\b/i.test(seg.raw)) args.status = "saved";
  return withClauseReading(calls(call("add_application", args)), seg.raw);
}

/** "applied to Amazon, Meta and Stripe (yesterday), all for SWE intern": one application each. */
function severalApplications(seg: Segment): Outcome | undefined {
  const listed = listedApplications(seg.raw);
  if (!listed) return undefined;
  const when = listed.sharedDay ?? appliedDay(seg.t, seg.raw);
  const saved = /\b(?:haven'?t applied|not applied|save|saving|bookmark)\b/i.test(seg.raw);
  return calls(
    ...listed.items.map(({ company, position, appliedOn }) =>
      call("add_application", {
        company,
        position: (position ?? listed.sharedRole ?? ROLE_NOT_GIVEN).slice(0, 200),
        ...(appliedOn || when ? { appliedOn: appliedOn ?? when } : {}),
        ...(saved ? { status: "saved" } : {}),
      }),
    ),
  );
}

/** Applications listed, filtered by a status when one is named ("just the rejected ones"). */
function listApplications(seg: Segment, ctx: PlanContext): Outcome {
  // "take Apple off my applications list" names the list but asks to remove from it;
  // "what % of my applications get ghosted" asks for a count.
  // Only with the application named: the one in focus is never removed on a guess.
  if (
    takesAway(seg.t) &&
    (namedCompany(seg.raw) ||
      pickFromList(seg.t, ctx.focus.applications) ||
      trackedIn(seg.t, ctx.tracked ?? []))
  )
    return deleteApplication(seg, ctx);
  if (asksForCount(seg.t)) return calls(call("application_stats"));
  // "save the X job to my list, haven't applied yet": a job kept, not the list shown (conv15u).
  if (!asksToSee(seg.t) && KEEPS_ON_LIST.test(seg.t))
    return jobKeptOnList(seg.raw) ?? applicationAdd(seg, ctx);
  const ruled = fromRule(applicationRule, seg, ctx, "list_applications");
  if (ruled) return ruled;
  const status = extraStatus(seg.t) ?? extractStatus(seg.t);
  // "status of my stripe application": one tracked company named narrows the list to it.
  const company = trackedIn(seg.t, ctx.tracked ?? []);
  return calls(call("list_applications", { ...(status ? { status } : {}), ...(company ? { company } : {}) }));
}

/** "how is my Notion application going" names one tracked company: where that one stands, not the totals. */
function applicationStats(seg: Segment, ctx: PlanContext): Outcome {
  const company = trackedIn(seg.t, ctx.tracked ?? []);
  return company ? calls(call("list_applications", { company })) : calls(call("application_stats"));
}

const namedCompany = (raw: string) =>
  nameCandidates(raw).find((w) => /^\p{Lu}/u.test(w) && !/^(?:I|Delete|Remove|Drop|Pls|Take)$/.test(w));

function deleteApplication(seg: Segment, ctx: PlanContext): Outcome {
  const ruled = fromRule(applicationRule, seg, ctx, "delete_application");
  if (ruled) return ruled;
  // "hows the amazon app looking" was read as a deletion: with no word of removing, it asks
  // where that application stands.
  if (!saysRemoval(seg.t)) return listApplications(seg, ctx);
  const application = applicationCompany(seg.raw, seg.t, ctx.focus, namedCompany(seg.raw), ctx.tracked);
  // Deleting cannot be undone: the application in focus is removed only when the message names
  // it or points at it ("that application", "this one"), never because a bare "it" most likely
  // means the one just talked about.
  const guessed =
    application === ctx.focus.application?.company &&
    !seg.t.includes(application?.toLowerCase() ?? "") &&
    !/\b(?:this|that|the) (?:application|app|one|job)\b/.test(seg.t) &&
    !POINTED_ELSEWHERE.test(seg.t); // "apaga essa candidatura"
  return application && !guessed
    ? calls(call("delete_application", { application }))
    : say("ask_application_which");
}

/** "essa candidatura", "esta solicitud", "cette candidature", "diese Bewerbung": the one in focus, pointed at. */
const POINTED_ELSEWHERE =
  /(?<![\p{L}])(?:essa|esta|esa|aquela|aquella|cette|diese[nrs]?) (?:candidatura|solicitud|postulaci[oó]n|aplica[cç][aã]o|vaga|candidature|bewerbung)(?![\p{L}])/iu;

/** Application intents -> their plans. */
export const APPLICATION_PLANS: Record<string, Planner> = {
  add_application: applicationAdd,
  // "they invited me to an interview next thursday!": the day kept with the move (interview-day.ts).
  update_application_status: (seg, ctx) => withInterviewDay(applicationUpdate(seg, ctx), seg.raw),
  list_applications: listApplications,
  application_stats: applicationStats,
  delete_application: deleteApplication,
};
