/**
 * Whether a held role is the trade a managing job leads. O*NET files managers in SOC family 11
 * and the people they lead in the trade's own family (sales representatives in 41, financial
 * analysts in 13, nurses in 29), so the family test alone called an account executive's selling
 * "another trade's work" toward a sales manager and counted it half (trial, 2026-12-03: 5.4
 * relevant years for about 11 years of selling). A manager's occupation names its trade
 * ("Sales Managers", "Financial Managers", "Architectural and Engineering Managers"); a held
 * occupation whose O*NET title names the same trade ("Sales Representatives, Wholesale …",
 * "Civil Engineers") is that trade's work. Occupations of one SOC minor group
 * ("11-2": advertising, marketing, promotions, public relations and sales managers) are one
 * line of work too.
 */
import { getRoles, titleWords } from "../../data/roles/index.ts";
import { occupationsOfTitle, socFamily } from "./occupation-kinship.ts";

/** SOC major group of management occupations. */
const MANAGEMENT = "11";

/** Words of an occupation title that name no trade ("Sales Representatives of Services, Except …"). */
export const NOT_TRADE = new Set([
  "manager",
  "worker",
  "specialist",
  "representative",
  "agent",
  "occupation",
  "service",
  "and",
  "or",
  "of",
  "the",
  "all",
  "other",
  "first",
  "line",
  "supervisor",
  "general",
  "assistant",
  "technician",
  "product",
  "technical",
  "executive",
  "chief",
  "public",
]);

/** SOC minor group: "11-2022.00" -> "11-2". */
const minorGroup = (code: string) => code.slice(0, 4);

let titles: Map<string, string> | undefined;
export const occupationTitle = (code: string) => {
  titles ??= new Map(getRoles().roles.map((r) => [r.code, r.title]));
  return titles.get(code) ?? "";
};

const tradeCache = new Map<string, string[]>();

/** The trade words of an occupation's O*NET title, the ", Except …" tail left out. */
function tradeWords(code: string): string[] {
  const known = tradeCache.get(code);
  if (known) return known;
  const head = occupationTitle(code).split(/,\s*except\b/i)[0]!;
  const words = titleWords(head).filter((w) => w.length >= 4 && !NOT_TRADE.has(w));
  tradeCache.set(code, words);
  return words;
}

/** Two trade words name one trade: the same word or one a longer form of the other ("engineer", "engineering"). */
const sameTrade = (a: string, b: string) => a === b || a.startsWith(b) || b.startsWith(a);

/** The held occupation is the trade a job occupation leads, or in its SOC minor group. */
function leads(jobCode: string, heldCode: string): boolean {
  if (socFamily(jobCode) !== MANAGEMENT) return false;
  if (minorGroup(jobCode) === minorGroup(heldCode)) return true;
  const trade = tradeWords(jobCode);
  return tradeWords(heldCode).some((w) => trade.some((t) => sameTrade(w, t)));
}

/**
 * True when at least half of the held title's occupations are the trade one of the job's
 * management occupations leads (an account executive toward a sales manager), false when the
 * job manages no trade or either side is unknown.
 */
export function isLedTrade(heldTitle: string | undefined, jobCodes: readonly string[]): boolean {
  const managing = jobCodes.filter((c) => socFamily(c) === MANAGEMENT);
  if (managing.length === 0) return false;
  const held = occupationsOfTitle(heldTitle);
  if (held.length === 0) return false;
  const led = held.filter((h) => managing.some((j) => leads(j, h))).length;
  return led / held.length >= 0.5;
}

/** SOC major groups of work outside an office whose minor group "-1" is the first-line supervisors of the group's workers (33-53). */
const SUPERVISED_GROUPS = new Set(["33", "35", "37", "39", "41", "43", "45", "47", "49", "51", "53"]);

/**
 * True when at least half of the held title's occupations are work the job's occupation
 * supervises: in SOC major groups 33-53 the minor group "-1" holds the first-line supervisors
 * and leads of that group's workers (35-1011 chefs and head cooks over 35-2 cooks, 47-1011
 * construction supervisors over 47-2 trades). A line cook toward a sous chef; used by the
 * described-role gate's title closeness (occupation-match.ts), not by the years.
 */
export function isSupervisedTrade(heldTitle: string | undefined, jobCodes: readonly string[]): boolean {
  const supervising = jobCodes.filter((c) => SUPERVISED_GROUPS.has(socFamily(c)) && c.slice(3, 4) === "1");
  if (supervising.length === 0) return false;
  const held = occupationsOfTitle(heldTitle);
  if (held.length === 0) return false;
  const under = held.filter((h) => supervising.some((j) => socFamily(j) === socFamily(h))).length;
  return under / held.length >= 0.5;
}
