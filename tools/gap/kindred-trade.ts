/**
 * Work held in a kindred trade (issue 13): a line cook toward a sous chef was told "no role held
 * in this trade" for every kitchen competence his own occupation does not list word for word
 * ("direct the preparation of food"), though four years on the line are the kitchen's work.
 * Two O*NET occupations are one trade's kin when the data says so plainly:
 *   - the same SOC broad group ("35-201": the restaurant, institution and short-order cooks), or
 *   - the same SOC major group and a trade word in both titles' heads ("Chefs and Head Cooks"
 *     and "Cooks, Restaurant" share "cook"; "Registered Nurses" and "Licensed Practical and
 *     Licensed Vocational Nurses" share "nurse"; a host's "Restaurant" tail does not count).
 * Kindred work is credited in part (KINDRED_SIMILARITY) and said as such in the gap, never as
 * the competence shown: the ask stays open, with the held role named as near experience.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { titleWords } from "../../data/roles/index.ts";
import { socFamily } from "./occupation-kinship.ts";
import { occupationCodesOf } from "./title-kinship.ts";
import { NOT_TRADE, occupationTitle } from "./trade-kinship.ts";

/** Halfway between "nothing close" and "met" (evidence.ts SIMILARITY_NONE / SIMILARITY_MET): half credit. */
export const KINDRED_SIMILARITY = 0.45;

/** SOC broad group: "35-2014.00" -> "35-201". */
const broadGroup = (code: string) => code.slice(0, 6);

/** The trade words of an occupation title's head, before its first comma ("Cooks, Restaurant" -> cook). */
function headTradeWords(code: string): Set<string> {
  const head = occupationTitle(code).split(",")[0]!;
  return new Set(titleWords(head).filter((w) => w.length >= 4 && !NOT_TRADE.has(w)));
}

/** Two different occupations of one trade, by the rules in the file comment. */
export function kindredOccupations(a: string, b: string): boolean {
  if (a === b || socFamily(a) !== socFamily(b)) return false;
  if (broadGroup(a) === broadGroup(b)) return true;
  const words = headTradeWords(b);
  return [...headTradeWords(a)].some((w) => words.has(w));
}

export interface KindredRole {
  /** "Line Cook, Casa Verde": the role quoted. */
  role: string;
  /** The held title ("Line Cook"). */
  title: string;
  /** The held role's O*NET occupation title ("Cooks, Restaurant"). */
  occupation: string;
  /** The role's own O*NET occupation title ("Chefs and Head Cooks"). */
  of: string;
}

/** The first dated role held in a trade kindred to the occupation `code`, undefined when none is. */
export function kindredRole(code: string, profile: ProfileSnapshot): KindredRole | undefined {
  for (const e of profile.experience) {
    if (!e.title || !(e.start || e.end || e.current)) continue;
    const kin = occupationCodesOf(e.title).find((held) => kindredOccupations(held, code));
    if (kin)
      return {
        role: [e.title, e.company].filter(Boolean).join(", "),
        title: e.title,
        occupation: occupationTitle(kin),
        of: occupationTitle(code),
      };
  }
  return undefined;
}

/** The gap's words for a competence with only kindred work behind it. */
export function kindredReason(ask: string, kindred: KindredRole): string {
  return `The role typically needs: "${ask.slice(0, 120)}"; your experience does not say it, but your ${kindred.title} years are kindred work in the same trade (O*NET: ${kindred.occupation}, kin to ${kindred.of}), so they count in part — say it in a bullet if you did it there.`;
}
