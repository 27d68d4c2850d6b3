/**
 * "applied amazon analyst", "just applied to google data analyst yesterday": a company and a
 * role said one after the other with no "for" or comma between them. The application rule
 * finds no position and asks "Which company and role?"; here the words after "applied" are
 * split where the rest is exactly a role title the role data knows (its words, maybe graded:
 * "senior data analyst"), the words before it being the company. Found trying the chat as a
 * new user (trial12d, still wrong in trial12e).
 */

import { GRADE_WORDS, wordKeys } from "../../tools/jobs/role-finder.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import { clauseApplicationsOver, firstClauseApplication } from "./applications-in-clauses.ts";
import { appliedDay } from "./plans/applied-day.ts";
import { OTHER_DAYS } from "./plans/other-days.ts";
import { DATE } from "./rules-tracking.ts";
import { call, type Outcome } from "./types.ts";

/** "(i) (just) applied (to|at|with) <words>" and nothing else but a day. */
const APPLIED_THEN_WORDS =
  /^(?:(?:also|and|oh and|plus|then|ok|okay|so)[\s,]+)?(?:i\s+)?(?:just\s+|already\s+|finally\s+|also\s+)?applied\s+(?:to\s+|at\s+|with\s+|@\s*)?([\p{L}\p{N}&.'\s-]+?)[\s.!]*$/iu;

/** Chat words at a message's end that are never part of a title ("again lol", "fyi", "too"). */
const TRAILING_CHAT =
  /(?:[\s.,!]+(?:again|lol+|lmao|haha+|fyi|btw|too|as well|finally|yay|pls|please|ig|i guess)\b)+[\s.,!]*$/i;

/** Company + role split, or undefined when no split leaves a role title on the right. */
export async function companyThenRole(
  raw: string,
): Promise<{ company: string; position: string } | undefined> {
  const day = raw.match(new RegExp(DATE.source, "i"));
  // "applied amazon fulfillment picker again lol. today": chat words after it end nothing.
  const said = (day ? raw.replace(day[0], " ") : raw).replace(TRAILING_CHAT, "");
  const m = said.trim().match(APPLIED_THEN_WORDS);
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8) return undefined;
  // "a startup for analyst": an article starts no company's name (it was logged as company
  // "a startup", position "for analyst"; trial12g); unnamedCompanyAsk asks for the name.
  if (/^(?:an?|the|some|one|this|that|my)$/i.test(words[0]!)) return undefined;
  const findRole = await loadRoleFinder();
  // The shortest company first: "deutsche bank data analyst" is tried as "deutsche" + "bank
  // data analyst" (refused: "bank" is no word of the title found) before the right split.
  for (let k = 1; k < words.length && k <= 4; k++) {
    const position = words.slice(k).join(" ");
    // A preposition before the role says where the company ended, never part of the title.
    if (/^(?:for|as|at|to|with|in|on)$/i.test(words[k]!)) continue;
    const match = findRole(position, { loose: false, vague: true });
    if (!match) continue;
    const title = new Set(wordKeys(match.matchedTitle));
    if (!wordKeys(position).every((w) => title.has(w) || GRADE_WORDS.has(w))) continue;
    return { company: words.slice(0, k).join(" "), position };
  }
  return undefined;
}

/**
 * "put Lantern down too, I applied there as a leasing agent": the company named by the verb that
 * puts it on the list, the role after "applied there as" (conv12o, a blind5 class: a company
 * that is also a skill's name, Compass or Spark, was added as a skill and the role asked back).
 */
const PUT_DOWN_APPLIED_THERE =
  /^(?:(?:also|and|oh and|plus|ok(?:ay)?)[\s,]+)?(?:please\s+|pls\s+|can you\s+)?(?:put|add|log|track|jot|throw|stick|note|pop)\s+(?:down\s+)?((?!(?:down|too|as|also|in|on)\b)[\p{L}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+(?!(?:down|too|as|also|in|on)\b)[\p{L}\p{N}][\p{L}\p{N}&.'’-]*){0,2})(?:\s+(?:down|too|as\s+well|also|in(?:\s+there)?|on\s+(?:the|my)\s+(?:list|tracker)))*\s*[,.;:—–-]+\s*(?:i\s+)?(?:also\s+|just\s+)?(?:applied|sent\s+(?:them\s+)?(?:my|an?)\s+(?:cv|resume|application))(?:\s+(?:there|to\s+them|with\s+them))?\s+(?:as|for)\s+(?:an?\s+|the\s+)?([^,.;!?]+?)(?:\s+(?:role|position|job|opening|spot))?\s*[.!]*$/iu;

function putDownAppliedThere(raw: string): Outcome | undefined {
  const day = raw.match(new RegExp(DATE.source, "i"));
  const m = (day ? raw.replace(day[0], " ").replace(/\s+/g, " ") : raw).trim().match(PUT_DOWN_APPLIED_THERE);
  // A company's name is capitalised ("put Spark down", not "put it down").
  if (!m || !/^[\p{Lu}\p{N}]/u.test(m[1]!) || m[2]!.split(/\s+/).length > 6) return undefined;
  const args = {
    company: m[1]!,
    position: m[2]!.trim(),
    ...(day ? { appliedOn: day[1]!.toLowerCase() } : {}),
  };
  return { calls: [call("add_application", args)] };
}

/** The outcomes with an application said in one of the shapes above logged, else as planned. */
export async function withCompanyThenRole(outcomes: Outcome[], raw: string): Promise<Outcome[]> {
  const clauses = clauseApplicationsOver(outcomes, raw); // "to A for X, to B (Y) ayer y C hoy"
  if (clauses) return clauses;
  const put = putDownAppliedThere(raw);
  if (put) return [put];
  // "applied @ acme plumbing (service tech) on tuesday": asked back, the clause read whole logs it.
  const one = outcomes.length === 1 && asksBack(outcomes[0]!) ? firstClauseApplication(raw) : undefined;
  if (one?.position && raw.includes(`(${one.position})`))
    return [{ calls: [call("add_application", { ...one })] }];
  return outcomes.length === 1
    ? [(await loggedCompanyThenRole(outcomes[0]!, raw)) ?? outcomes[0]!]
    : outcomes;
}

/** Asked back which company and role (nothing logged). */
const asksBack = (o: Outcome) => o.calls.length === 0 && o.say?.kind === "ask_application";

/** The application logged instead of asking back, when the message is company + role unpunctuated. */
export async function loggedCompanyThenRole(outcome: Outcome, raw: string): Promise<Outcome | undefined> {
  // Asked back, or read as another request ("also applied zendesk account executive" after an
  // analysis was explain_gap {skill: "applied"}); an application already read is kept.
  const logged = outcome.calls.some((c) => c.name === "add_application" && c.args.position);
  if (logged || (outcome.calls.length === 0 && outcome.say?.kind !== "ask_application")) return undefined;
  const split = await companyThenRole(raw);
  if (!split) return unnamedCompanyAsk(outcome, raw);
  const day = appliedDay(raw.toLowerCase(), raw);
  return {
    calls: [call("add_application", { ...split, ...(day ? { appliedOn: day } : {}) })],
  };
}

/**
 * "(applied) to a startup for analyst", "apliqué a una startup para project coordinator",
 * "me candidatei numa fintech como analista", "j'ai postulé dans une start-up comme chef de
 * projet", "bei einem Startup als Data Analyst beworben": a company described, not named, and
 * the role after it (the conv12h trial's Spanish one got the general "Which company and role?").
 */
const UNNAMED_COMPANY =
  /(?<![\p{L}])(?:applied|apply|applying|application|sent\s+(?:my\s+)?(?:cv|resume|app)|apliqu[eé]|postul[eé]|me\s+postul[eé]|mand[eé]\s+(?:mi\s+)?(?:cv|curr[ií]culum)|envi[eé]\s+(?:mi\s+)?(?:cv|curr[ií]culum)|candidatei|me\s+candidatei|apliquei|mandei\s+(?:meu\s+)?(?:cv|curr[ií]culo)|postul[ée]|candidat[ée]|beworben|bewerbung|apply\s+kiya)(?![\p{L}]).*?(?<![\p{L}])(?:(?:to|at|with|a|en|na|no|em|dans|chez|aupr[eè]s\s+d[e']|bei|in)\s+(?:an?|some|one|una?|um|uma|une?|einer?|einem|ek)|numa|num)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:for|as|para|pra|como|pour|comme|en\s+tant\s+que|als|ke\s+liye)\s+(?:an?\s+|the\s+|una?\s+|une?\s+|um\s+|uma\s+)?([^,.;!?]+?)(?:\s+(?:role|position|job|puesto|vaga|poste|stelle))?\s*(?:[,.;!?]|$)/iu;

/** German puts the verb last: "(ich habe mich) bei einem Startup als Data Analyst beworben". */
const UNNAMED_COMPANY_DE =
  /(?<![\p{L}])(?:bei|in)\s+(?:einem|einer|eine|ein)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+als\s+([^,.;!?]+?)\s+(?:beworben|eine\s+bewerbung\s+geschickt)(?![\p{L}])/iu;

/** The little word before a day said in another language: "el lunes", "na segunda-feira", "am Montag". */
const DAY_LEAD = String.raw`(?:(?<![\p{L}])(?:el|la|le|am|na|no|em|on)\s+)?`;
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Asked back for the name, keeping the role said: "Which startup was it? …" instead of the
 * general "Which company and role?" (nothing to log: a tracker entry needs a company).
 */
function unnamedCompanyAsk(outcome: Outcome, raw: string): Outcome | undefined {
  if (outcome.say?.kind !== "ask_application") return undefined;
  // The day in any language (plans/applied-day.ts), cut from the role with the word before it
  // ("… comme chef de projet lundi dernier" kept the day in the role and no day).
  const appliedOn = appliedDay(raw.toLowerCase(), raw);
  const english = raw.match(new RegExp(DATE.source, "i")) ?? raw.match(OTHER_DAYS);
  const spoken = english?.[0] ?? (appliedOn && raw.includes(appliedOn) ? appliedOn : undefined);
  const said = spoken ? raw.replace(new RegExp(`${DAY_LEAD}${escaped(spoken)}`, "iu"), " ") : raw;
  const m = said.match(UNNAMED_COMPANY) ?? said.match(UNNAMED_COMPANY_DE);
  if (!m) return undefined;
  const kind = m[1]!.trim().toLowerCase();
  const role = m[2]!
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\s+(?:beworben|apply\s+kiya)$/i, "");
  // The role and day are kept: the answer ("it's Gainsight") logs it (company-answer.ts).
  return {
    ...outcome,
    say: { kind: "ask_application", detail: `${kind}|${role}` },
    remember: { applicationAsked: { position: role, ...(appliedOn ? { appliedOn } : {}) } },
  };
}
