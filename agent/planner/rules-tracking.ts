/** Slot readers for job applications and interview practice (the intent model picks the request). */
import { ROLE_ACRONYMS } from "../../data/roles/role-acronyms.ts";
import { CARDINAL_WORDS } from "../../tools/text/number-words.ts";
import { OTHER_DAYS, pastDayInOtherLanguage } from "./plans/other-days.ts";
import { trackedIn } from "./slot-words.ts";
import { cleanPhrase, extractStatus, originalCase } from "./slots.ts";
import { call, calls, type Outcome, type Rule, say } from "./types.ts";

/** When something happened, as said ("yesterday", "on monday", "3 days ago"); the tool resolves it. */
export const DATE =
  /\b(today|yesterday|this morning|last night|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\d+|a|one|two|three|four|five|six) (?:days?|weeks?) ago|a couple (?:of )?(?:days|weeks) ago|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:on )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?)\b/;

const STOP_COMPANY =
  /^(?:a|an|the|my|it|them|this|that|job|role|position|yesterday|today|last|i|me|as|for|with|at|to)$/;

/** Chat words after a name ("rejected by salesforce smh") that are never part of it. */
export const CHATTER_AFTER =
  /(?:\s+(?:smh|lol|lmao|lmfao|rofl|fr|frfr|tbh|ngl|rn|fml|ugh|bruh|sadly|again|too|haha+|xd|omg|wtf|kkk+|mdr|yaar))+$/;

/**
 * A chat word inside a title and all after it ("stocker lol desperate times"): no role's name
 * holds "lol", so the role ends there (CHATTER_AFTER only took such words off the very end).
 */
export const CHATTER_FROM = /\s+(?:lol|lmao|lmfao|rofl|haha+|smh|ngl|tbh|fml|bruh|omg|wtf|xd|kkk+|mdr)\b.*$/i;

/**
 * A role's title as said, without chat words after it or the day it was applied: "regional
 * sales manager 3 days ago" was logged as the title; "clinic manager ayer" too before.
 */
export function cleanTitle(said: string): string {
  const title = said
    .replace(CHATTER_FROM, "")
    .replace(CHATTER_AFTER, "")
    .replace(new RegExp(`\\s+${DATE.source}.*$`, "i"), "")
    .replace(new RegExp(`\\s+${OTHER_DAYS.source}.*$`, "iu"), "")
    .trim();
  // "senior financial analyst el lunes": a weekday or date in another language ends the title.
  const day = pastDayInOtherLanguage(title);
  const at = day ? title.lastIndexOf(day) : -1;
  return at > 0
    ? title
        .slice(0, at)
        .trim()
        .replace(/\s+(?:el|la|le|am|na|no|em|on|de|à)$/i, "")
        .trim()
    : title;
}

/** A count of applications ("applied to 2 jobs", "to 3 places") is not a company. */
const A_COUNT = /^\d+(?:\s+(?:jobs?|roles?|positions?|places|companies|openings?|more))?$/i;
export const isCountNotCompany = (name: string) => A_COUNT.test(name.trim());

function company(raw: string, t: string, tracked: readonly string[] = []): string | undefined {
  // The person's own tracked company, as stored, when the message names it in any casing.
  const own = trackedIn(t, tracked);
  if (own) return own;
  const colon = t.match(/\bapplication\s*:\s*([^,]+),/);
  if (colon) return originalCase(colon[1].trim(), raw);
  const named = t.match(
    /\b(?:delete|remove|drop|cancel|forget)\s+(?:my\s+|the\s+)?([\p{L}\p{N}_&.'-]+(?:\s+[\p{L}\p{N}_&.'-]+)?)\s+application\b|\bapplication (?:to|at|with|for)\s+([\p{L}\p{N}_&.'-]+(?:\s+(?!as\b|for\b|on\b|in\b|yesterday\b|today\b|last\b)[\p{L}\p{N}_&.'-]+)?)/u,
  );
  if (named) {
    const name = (named[1] ?? named[2]).trim();
    if (!/^(?:my|the|a|an|this|that|job)$/.test(name)) return originalCase(name, raw);
  }
  const patterns = [
    /\b(?:applied|application|apply|applying|submitted|sent)\b.*?\b(?:to|at|with)\s+([\p{Ll}\p{N}][\p{L}\p{N}_&.'-]*(?:\s+(?!for\b|as\b|on\b|yesterday\b|today\b|last\b|and\b|in\b)[\p{Ll}\p{N}][\p{L}\p{N}_&.'-]*){0,2})/u,
    /\b(?:from|with|at|by)\s+([\p{Ll}\p{N}][\p{L}\p{N}_&.'-]*(?:\s+(?!for\b|as\b|on\b|yesterday\b|today\b|last\b|and\b|to\b|in\b|tomorrow\b|next\b)[\p{Ll}\p{N}][\p{L}\p{N}_&.'-]*){0,2})/u,
    /^(?:so |well |ugh |update: |news: |and |also |oh and )?([\p{Ll}\p{N}][\p{L}\p{N}_&.'-]*(?:\s+[\p{Ll}\p{N}][\p{L}\p{N}_&.'-]*)?)\s+(?:rejected|ghosted|turned|invited|offered|made|sent|called|declined|just|has|have|wants|scheduled|moved)\b/u,
    /\b(?:move|mark|update|set|change)\s+(?:my\s+)?(?:application\s+(?:to|at|for)\s+)?([\p{Ll}\p{N}][\p{L}\p{N}_&.'-]*(?:\s+[\p{Ll}\p{N}][\p{L}\p{N}_&.'-]*)?)\s+(?:application\s+)?(?:to|as)\b/u,
    /\b(?:accepted|withdrew from|pulled out of|backed out of)\s+(?:the\s+)?([\p{Ll}\p{N}][\p{L}\p{N}_&.'-]*)(?:'s|s')?/u,
  ];
  for (const p of patterns) {
    const m = t.match(p);
    if (!m) continue;
    const name = m[1].replace(/'s$/, "").replace(CHATTER_AFTER, "").trim();
    const first = name.split(" ")[0];
    if (
      !STOP_COMPANY.test(first) &&
      !/^(?:offer|interview|applications?|status)$/.test(name) &&
      !isCountNotCompany(name)
    )
      return originalCase(name, raw);
  }
  return undefined;
}

function position(raw: string, t: string): string | undefined {
  const m =
    t.match(/\bfor (?:a |an |the |their )?(.+?)\s+(?:role|position|job|opening|post|internship)\b/) ??
    t.match(
      /\b(?:as (?:a|an)|for (?:a|an|the))\s+(.+?)(?:\s+(?:at|with|in|on|yesterday|today|last)\b|[.,!]|$)/,
    ) ??
    t.match(/\b(?:the|a|an)\s+(.+?)\s+(?:role|position|job|opening)\s+(?:at|with)\b/) ??
    t.match(/\bapplication\s*:\s*[^,]+,\s*([^,]+?)\s*(?:,|$)/) ??
    // "I applied to coursera for instructional designer yesterday": the title right after the
    // company, read from the words as typed (the normalised text may have "corrected" them).
    raw.match(
      /\b(?:applied|applying|apply)\s+(?:to|at|with)\s+[\p{L}\p{N}_&.'-]+(?:\s+[\p{L}\p{N}_&.'-]+)?\s+for\s+(.+?)(?:\s+(?:yesterday|today|last|on|this|earlier)\b|[.,!]|$)/iu,
    );
  if (!m) return undefined;
  const p = cleanPhrase(cleanTitle(m[1]));
  return p && !/^(?:job|role|position|it|that)$/.test(p) ? originalCase(p, raw) : undefined;
}

export const applicationRule: Rule = ({ t, raw }, { tracked }): Outcome | null => {
  const mentionsApplication = /\bapplications?\b/.test(t);
  if (
    /\b(?:application|applications|job search|my) (?:stats|statistics|analytics|numbers|metrics)\b|^(?:stats|statistics|analytics)\??$|\b(?:funnel|response rate|interview rate|offer rate|conversion|how many (?:applications|jobs|places)|how is my (?:job )?(?:search|hunt) going|how am i doing with (?:my )?applications|chart of (?:my )?applications|application (?:numbers|metrics))\b/.test(
      t,
    )
  )
    return calls(call("application_stats"));
  if (/\b(?:delete|remove|drop|cancel|forget)\b/.test(t) && mentionsApplication) {
    const name = company(raw, t, tracked);
    return name ? calls(call("delete_application", { application: name })) : say("ask_application");
  }
  if (
    (/\b(?:show|list|see|view|display|what are|which|all)\b/.test(t) && mentionsApplication) ||
    /\bwhere (?:have|did) i (?:apply|applied)\b|^(?:my )?applications\??$|\bwhat applications\b|\bapplications do i have\b|\bwhat (?:jobs|companies) (?:have i|did i) appl/.test(
      t,
    )
  ) {
    const status =
      /\b(?:rejected|offers?|ghosted|withdrawn|interviews?|saved|accepted|phone screens?|applied)\b/.test(
        t.replace(/\bwhere (?:have|did) i appl\w*|have i applied|did i apply/, ""),
      )
        ? extractStatus(t.replace(/\bapplications?\b/, ""))
        : undefined;
    const named = trackedIn(t, tracked ?? []);
    return calls(
      call("list_applications", { ...(status ? { status } : {}), ...(named ? { company: named } : {}) }),
    );
  }
  const applied =
    /\bi (?:just |already |have |finally )?(?:applied|submitted (?:an |my )?application|sent (?:my|an) application|put in an application)\b|^(?:just |today |yesterday )?(?:applied|sent (?:my |an )?application|submitted (?:my |an )?application)\b|\b(?:add|track|log|record|new|create|save) (?:an |a |my |this |new )?(?:job )?application\b|^application\s*:|\bsave (?:the|this|a) .+ (?:job|role|position) at\b/.test(
      t,
    );
  if (applied) {
    const c = company(raw, t, tracked);
    const p = position(raw, t);
    if (!c || !p) return say("ask_application");
    const args: Record<string, unknown> = { company: c, position: p };
    if (/^\s*(?:save|bookmark)\b|\bsave (?:the|this|a)\b/.test(t)) args.status = "saved";
    const stated = t.match(
      /\bstatus\s*:?\s*(saved|applied|phone[ _]screen|technical[ _]interview|final[ _]interview|offer|accepted|rejected|withdrawn|ghosted)\b/,
    );
    if (stated) args.status = stated[1].replace(" ", "_");
    const date = t.match(DATE);
    if (date && args.status !== "saved") args.appliedOn = date[1];
    return calls(call("add_application", args));
  }
  const statusChange =
    /\b(?:rejected|rejection|turned me down|ghosted|never heard back|withdr[ae]w|withdrawn|pulled out|offer|offered me|final (?:round|interview)|onsite|phone screen|screening call|recruiter call|technical (?:interview|round)|coding (?:interview|test)|interview with|interview at|accepted|move .+ to|mark .+ as)\b/.test(
      t,
    );
  if (statusChange) {
    const status = extractStatus(t);
    const c = company(raw, t, tracked);
    if (status && c) return calls(call("update_application_status", { application: c, status }));
  }
  return null;
};

const TYPES: [RegExp, string][] = [
  [/\bbehaviou?ral\b|\bstar\b/, "behavioral"],
  [/\bsystem design\b|\bdesign questions?\b/, "system_design"],
  [/\bsituational\b|\bscenario\b/, "situational"],
  [/\bcase (?:study|questions?|interview)\b/, "case"],
  [/\btechnical\b|\bcoding\b/, "technical"],
];
const DIFFICULTY: [RegExp, string][] = [
  [/\b(?:hard|tough|difficult|advanced|challenging)\b/, "hard"],
  [/\b(?:medium|intermediate|moderate)\b/, "medium"],
  [/\b(?:easy|simple|basic|beginner)\b/, "easy"],
];

const NOT_TOPIC = new Set(
  "show me give find list get some a few any the common typical good hard easy medium tough difficult simple basic behavioral behavioural technical situational system design case interview practice more other my for of".split(
    " ",
  ),
);

/** "some SQL interview questions" -> "sql"; fillers and question types are not topics. */
function topicBefore(phrase: string | undefined): RegExpMatchArray | null {
  // A count ("3 sql questions", "two behavioral ones") says how many, not what about.
  const words = (phrase ?? "")
    .split(" ")
    .filter((w) => w && !NOT_TOPIC.has(w) && !/^\d{1,2}$/.test(w) && !(w in CARDINAL_WORDS));
  return words.length ? ([words.join(" "), words.join(" ")] as unknown as RegExpMatchArray) : null;
}

/** Words that name no role or topic: pronouns, articles, prepositions, the interview itself. */
const NAMES_NOTHING = new Set(
  "me my you your they them their it its that this these those the a an in on at of to for with by from about during what which who some any one ones all each both either interview interviews".split(
    " ",
  ),
);

/**
 * A role or topic read from the words around "for"/"in"/"ask" names something only with a
 * word of its own: "what might they ask me in the interview?" left the role "me in the"
 * and the topic "the", and the search found nothing instead of the person's own role.
 */
function namesSomething(phrase: string): boolean {
  return phrase.split(/\s+/).some((w) => w && !NAMES_NOTHING.has(w));
}

/** What "for …" at the end of a request names when it is no role: a time, a purpose, the person. */
const NOT_A_ROLE =
  /^(?:(?:to|for)?morrow|today|tonight|now|later|next \w+|this \w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|practice|fun|real|me|us|a bit|a while|a minute|my (?:gaps|interview|next interview)|(?:quick |short |full |proper |real )?(?:mock|fake|pretend|trial|test|dry[- ]run|practi[cs]e|quick|short|full|proper))$/;

/** A role said as the acronym of one title ("AE", "sdr"), spelled out for the bank's role filter; else as said. */
function roleSpelledOut(role: string): string {
  const titles = ROLE_ACRONYMS[role.trim().toLowerCase()];
  return titles?.length === 1 ? titles[0]! : role;
}

/** "a quick mock interview", "a dry run interview": the kind of practice session. */
const SESSION_KIND =
  /\b(?:an? )?(?:quick |short |full |proper |real )?(?:mock|fake|pretend|trial|test|dry[- ]run|practi[cs]e) interview\b/g;

function questionFilters(t: string, raw: string): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [p, v] of TYPES)
    if (p.test(t)) {
      args.type = v;
      break;
    }
  for (const [p, v] of DIFFICULTY)
    if (p.test(t)) {
      args.difficulty = v;
      break;
    }
  // "a mock interview for a pharmacy technician role": the kind of session names no role (trial18 §11).
  const role = t
    .replace(SESSION_KIND, "interview")
    .match(
      /\bfor (?:a |an |the |my )?(.+?)\s*(?:role|position|job|interview|roles|positions)\b|\bfor ((?:[a-z]+ )?(?:engineers?|developers?|analysts?|scientists?|managers?|designers?|nurses?|teachers?|accountants?|marketers?|recruiters?|architects?))\b|\bfor (?:a |an )(.+?)(?:[?.!]|$)|\b(?:a|an) (.+?) (?:interview|would be asked|gets asked|might be asked)\b|\bask (?:a |an )?(.+?)s?\b(?:[?.!]|$)|\bfor ([a-z][a-z&/ -]{2,40}?)\s*(?:[?.!]|$)/,
    );
  const skill =
    t.match(/\b(?:about|on|in|covering|around|regarding)\s+(.+?)(?:\s+for\b|[?.!]|$)/) ??
    topicBefore(t.match(/\b([a-z0-9+#.]+(?: [a-z0-9+#.]+)?) (?:interview )?questions\b/)?.[1]);
  const clean = (s: string) =>
    cleanPhrase(
      s
        .replace(
          /\b(?:behaviou?ral|technical|situational|system design|case|hard|harder|easy|easier|medium|tough|tougher|tricky|trickier|difficult|simple|random|interview|questions?)\b/g,
          "",
        )
        .replace(/\s+/g, " "),
    );
  // "ask me in an interview for account executive": the role is what follows the last "for".
  const roleText = role
    ? clean((role.slice(1).find(Boolean) ?? "").replace(/^.*\bfor (?:an? |the )?/, ""))
    : "";
  const skillText = skill ? clean(skill[1]) : "";
  // "…for logistics coordinator" at the end names a role; "…for tomorrow" or "…for practice" does not.
  if (
    roleText &&
    namesSomething(roleText) &&
    !/^(?:my gaps|the job)$/.test(roleText) &&
    !NOT_A_ROLE.test(roleText)
  )
    args.role = roleSpelledOut(originalCase(roleText, raw));
  if (skillText && namesSomething(skillText) && !/^(?:my gaps)$/.test(skillText))
    args.skill = originalCase(skillText, raw);
  const count = questionCount(t);
  if (count) args.count = count;
  // The whole request goes to the hybrid search too: it ranks by meaning, not just filters.
  args.query = raw.trim().slice(0, 500);
  return args;
}

/** "give me 3 sql questions", "two behavioral ones": how many to show first (1-20). */
function questionCount(t: string): number | undefined {
  const m = t.match(
    /\b(\d{1,2}|[a-z]+) (?:(?:more |other |new |good |quick )?[a-z0-9+#.]+ )?(?:(?:interview )?questions|ones)\b/,
  );
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : CARDINAL_WORDS[m[1]!];
  return n && n >= 1 && n <= 20 ? n : undefined;
}

export const interviewRule: Rule = ({ t, raw }, { focus }): Outcome | null => {
  if (/\bbookmark\b|\bsave (?:this|that|the) question\b|\bstar (?:this|that) question\b/.test(t))
    return calls(call("bookmark_question", focus.questionId ? { questionId: focus.questionId } : {}));
  const aboutQuestions = /\bquestions?\b|\binterview\b/.test(t);
  if (
    aboutQuestions &&
    /\b(?:gaps?|weak(?:nesses| spots| areas| points)?|missing skills|what i lack|my analysis)\b/.test(t)
  )
    return calls(call("questions_for_gaps"));
  if (
    /\b(?:practi[cs]e|quiz me|mock interview|drill me|test me|ask me (?:a|an|some|another)|interview me|next question|another question|one more question|prep me|prepare me for (?:an|the|my) interview|let us do (?:an )?interview)\b/.test(
      t,
    )
  ) {
    const { query: _q, difficulty: _d, ...filters } = questionFilters(t.replace(/\bask me\b/, ""), raw);
    return calls(call("practice_question", filters));
  }
  if (
    (aboutQuestions &&
      /\b(?:show|find|search|give|list|what|which|get|common|typical|likely|some|examples?|sample|good)\b/.test(
        t,
      )) ||
    (/\binterview questions?\b|\bquestions? (?:on|about|for|around|covering)\b/.test(t) &&
      !/\bi have a question\b/.test(t)) ||
    /\bwhat (?:might|will|could|would|do) (?:they|interviewers|recruiters|companies) ask\b/.test(t)
  )
    return calls(call("search_questions", questionFilters(t, raw)));
  return null;
};
