/**
 * Several applications said in one breath: "I also applied to Amazon, Meta, Stripe and
 * Figma", "and Amazon SDE intern, Meta, Notion PM intern and Datadog", "applied to Meta and
 * Stripe yesterday, both for software engineering intern". A student tracking eight
 * internships says them this way; reading only the first name logged "Meta at Amazon".
 *
 * Each item is a capitalised company, optionally followed by its own role ("Notion PM
 * intern"); a role said once for all ("both for …", "all as …") applies to every item that
 * names none.
 */

import { mayNameCompany } from "./applied-lowercase-name.ts";
import { SAME_ROLE } from "./plans/same-role.ts";

/** Words that start a role inside an item ("Amazon SDE intern" -> Amazon, "SDE intern"). */
const ROLE_WORD =
  /^(?:intern|internship|interns|co-?op|swe|sde|sde\d|pm|apm|ux|ui|qa|ml|data|software|product|backend|back-end|frontend|front-end|full-?stack|junior|senior|jr|sr|graduate|grad|summer|analyst|engineer|engineering|developer|designer|manager|associate|research|researcher|marketing|sales|business|operations|consultant|scientist|nurse|teacher|ae|sdr|bdr|csm|rn|lpn|cna|role|position|job|for|as|apprentice|apprenticeship|trainee|helper|night|shift|seasonal|part-?time|full-?time|cashier|stocker|picker|packer|driver|clerk|supervisor)$/i;

/** Lead-in before the list ("and", "also", "I applied to", "applied at"). */
const LEAD_IN =
  /^\s*(?:(?:and|also|plus|oh|ok|okay|then|too|i|i've|ive|have|just|already|also|sent|applied|apps?|applications?|my|to|at|with|for|out|log|logged|note|add)\b[\s,:]*)*/i;

/** A role said once for the whole list, after it. */
const SHARED_ROLE =
  /(?:,\s*|\s+)(?:(?:both|all(?: of them)?|each)(?:\s+(?:for|as))?|for|as)\s+(?:an?\s+|the\s+)?([^,.;!?]+?)(?:\s+(?:roles?|positions?|jobs?))?\s*(?:[.!?]|$)/i;

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/** "on 12/1", "dec 3", "on the 3rd of december" are days too (new-user trial 2026-12-06: each item's date was lost). */
const DAY_WORDS = new RegExp(
  String.raw`\b(?:today|yesterday|this morning|last (?:week|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d+ days? ago|(?:on\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:on\s+)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH})\b`,
  "gi",
);

/** A word joining a company's name ("Bank of America", "Procter & Gamble"), not a role's first. */
const NAME_JOINER = /^(?:of|and|&|de|du|des|la|le|y|the|for)$/;

/** Words that make an item no company's name ("a few places and some startups"). */
const GENERIC =
  /^(?:a|an|the|some|few|many|several|other|others|them|it|there|both|all|places?|companies|compan(?:y|ies)|startups?|jobs?|roles?|positions?|big|small|local)\b/i;

const WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
/**
 * A day said once for the whole list ("…, both monday", "all of them last friday", "both on
 * 12/1"): every item's day (it was lost, and "monday" read as words of the last item's role).
 */
const SHARED_DAY = new RegExp(
  String.raw`[,\s]+(?:both|all(?:\s+of\s+them)?|each)\s+((?:on\s+|last\s+)?${WEEKDAY}|yesterday|today|(?:on\s+)?\d{1,2}/\d{1,2}|(?:on\s+)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)\b`,
  "i",
);

export interface ListedApplication {
  company: string;
  position?: string;
  /** The day said with this item, when each has its own ("… last week"). */
  appliedOn?: string;
}

/** "applied to 3 jobs today: …": the words before the count, then the list after the colon. */
const COUNTED_LIST =
  /^(.*?)\b(?:to\s+|for\s+)?(?:\d+|two|three|four|five|six|seven|eight|a few|some|several)\s+(?:more\s+)?(?:jobs?|roles?|positions?|places|companies|applications?|internships?|openings?)\b[^:]*:\s*(.+)$/i;

/** Where a day word stood in the message (a character no one types). */
const DAY_MARK = "\u0001";
const DAY_MARKS = /\u0001\d+/g;

/** How many words name the company in an item, before its role, bracket or day. */
function nameWords(item: string): number {
  const words = item
    .replace(DAY_MARKS, "")
    .replace(/^(?:to|at|with)\s+/i, "")
    .replace(/\s*\([^()]*\)\s*$/, "")
    .trim()
    .split(/\s+/);
  const roleAt = words.findIndex((w, i) => i > 0 && ROLE_WORD.test(w));
  return roleAt > 0 ? roleAt : words.length;
}

/** The applications named in a list of two or more, or undefined when the message is not one. */
export function listedApplications(
  raw: string,
): { items: ListedApplication[]; sharedRole?: string; sharedDay?: string } | undefined {
  // Each day said is kept by a mark where it stood, so an item keeps its own ("… on monday and
  // to Pine Valley Services last week": the second was logged on monday too).
  const days: string[] = [];
  // "applied to 3 jobs today: Shopify (backend), Plaid (platform)": the list is after the colon
  // (the count was logged as a company named "3").
  const counted = COUNTED_LIST.exec(raw);
  const sharedDay = SHARED_DAY.exec(raw)?.[1]?.replace(/^on\s+(?!(?:mon|tue|wed|thu|fri|sat|sun))/i, "");
  let text = (counted ? `${counted[1]} ${counted[2]}` : raw)
    .replace(SHARED_DAY, "")
    .replace(
      DAY_WORDS,
      (day) => ` ${DAY_MARK}${days.push(day.replace(/^on\s+(?!(?:mon|tue|wed|thu|fri|sat|sun))/i, "")) - 1} `,
    )
    .replace(/\s+/g, " ")
    .trim();
  const shared = text.replace(DAY_MARKS, "").replace(/\s+/g, " ").match(SHARED_ROLE);
  let sharedRole: string | undefined;
  const beforeShared = text.search(SHARED_ROLE);
  if (shared && beforeShared >= 0 && /,|\band\b|&/.test(text.slice(0, beforeShared))) {
    sharedRole = shared[1].trim();
    text = text.slice(0, beforeShared);
  }
  text = text.replace(LEAD_IN, "").replace(/[.!?]+$/, "");
  const parts = text
    // "&" stays inside a name (Procter & Gamble); "and" and commas separate the items.
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  // Two names with only a comma between are a company and its role ("Amazon, Account Executive").
  if (parts.length < 2 || (parts.length === 2 && !/\band\b/i.test(text))) return undefined;
  // "i applied to google and amazon last week for data analyst": names typed in lower case are
  // items too when the list follows "applied to/at" and each is a word or two (it was logged
  // as one company, "google and amazon for"; conv12h trial).
  // The name is what comes before the item's own role ("stripe for backend engineer",
  // "to shopify (data analyst) last week": the second application was dropped).
  const lowerCase =
    /\bappl(?:ied|ying)\s+(?:to|at|with)\s/i.test(raw) &&
    parts.every((p) => nameWords(p) <= 2 && !GENERIC.test(p) && mayNameCompany(p.split(/\s+/)[0]!));
  const items: ListedApplication[] = [];
  for (const marked of parts) {
    const day = days[Number(marked.match(new RegExp(`${DAY_MARK}(\\d+)`))?.[1] ?? Number.NaN)];
    const said = marked.replace(DAY_MARKS, "").replace(/\s+/g, " ").trim();
    // "… for school counselor and to Pine Valley Services": the preposition said again before
    // the next company (that item was read as a sentence and dropped); with no role of its
    // own, that item is for the role just said.
    const again = /^(?:to|at|with)\s+/i.exec(said);
    // "… and the Safeway night crew position": the article is no part of the name (conv12n: the
    // item read as a sentence and the whole list was asked back).
    const part = (again ? said.slice(again[0].length) : said).replace(/^the\s+(?=[\p{Lu}\d])/u, "");
    // "Shopify (backend)": the role in brackets after the name.
    const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(part);
    if (bracketed) {
      items.push({
        company: bracketed[1]!,
        position: bracketed[2]!.trim(),
        ...(day ? { appliedOn: day } : {}),
      });
      continue;
    }
    // "and at XPO same role": the role of the item before (it was logged as "Same" at "XPO").
    const same = SAME_ROLE.exec(part);
    if (same && same.index > 0 && items.at(-1)?.position) {
      const company = part.slice(0, same.index).trim();
      items.push({ company, position: items.at(-1)!.position!, ...(day ? { appliedOn: day } : {}) });
      continue;
    }
    const words = part.split(/\s+/);
    // An item is a short name that starts with a capital (or digit): otherwise it is a sentence.
    // "Notion, PM intern" is one company and its role, not two companies.
    const named = /^(?:[A-Z0-9]|[a-z][A-Z])/.test(words[0]) || lowerCase;
    if (words.length > 6 || !named || ROLE_WORD.test(words[0])) return undefined;
    // "Workday enterprise AE": with the name capitalised, its first lower-case word starts the
    // role when a role word follows ("enterprise" is no role word of the list above); "UA local
    // 12 apprenticeship" keeps "local 12" in the name (a number follows it).
    const capitalised = /^(?:[A-Z0-9]|[a-z][A-Z])/.test(words[0]!);
    const roleWordAt = words.findIndex((w, i) => i > 0 && ROLE_WORD.test(w));
    const lowerAt = words.findIndex(
      (w, i) => i > 0 && /^[a-z]/.test(w) && !NAME_JOINER.test(w) && !/^\d/.test(words[i + 1] ?? ""),
    );
    const roleAt = capitalised && lowerAt > 0 && roleWordAt >= lowerAt ? lowerAt : roleWordAt;
    const company = (roleAt > 0 ? words.slice(0, roleAt) : words).join(" ");
    if (roleAt < 0 && words.length > 3) return undefined;
    const position =
      roleAt > 0
        ? words
            .slice(roleAt)
            .join(" ")
            .replace(/^(?:for|as)\s+/i, "")
            .replace(/(?<=\S)\s+(?:position|role|job)$/i, "")
        : undefined;
    const before = again ? items.at(-1)?.position : undefined;
    const role = position ?? before;
    items.push({ company, ...(role ? { position: role } : {}), ...(day ? { appliedOn: day } : {}) });
  }
  // "Johnson and Johnson" is one company, not the same one twice.
  if (new Set(items.map((i) => i.company.toLowerCase())).size < items.length) return undefined;
  return { items, ...(sharedRole ? { sharedRole } : {}), ...(sharedDay ? { sharedDay } : {}) };
}
