/**
 * A held title is kindred to a described role when its occupation's usual work does most of the
 * role's typical duties (issue 13, new-user trial 2026-12-06): a cashier toward bank teller, a
 * machinist toward quality inspector read as another field's work because their titles share
 * no word with the role's and their vectors are far apart ("Cashier" ~ "Bank Teller" 0.28),
 * though O*NET's own words for a cashier's work ("Receive and disburse money", "Count money in
 * cash drawers") say most of a teller's. A recruiter reads such a feeder role as credible; so
 * does this, from data: the share of the role's required duty asks that the held title's
 * occupation does (held-work.ts `occupationSays`: its O*NET and ESCO duties and competences at
 * the bar a resume line meets an ask). The described-role gate's title reading only
 * (occupation-match.ts gateTitleSimilarity): the learned verdict's input and the dream-role
 * ranking keep the plain title closeness. Read for roles asked for their work (O*NET job zone
 * 1-2, trade-evidence.ts dutiesAreSkills; stages.ts passes no duties otherwise): read for every
 * described role it also let a technical support engineer's held work through toward software
 * developer and QA (dream roles, other fields' described roles called FIT 0.103 -> 0.106).
 */
import type { Embedder } from "../../data/embeddings/types.ts";
import { dutyAsk, heldOccupations, occupationSays, readsAsTarget } from "./held-work.ts";
import type { TypedRequirement } from "./requirements.ts";

/** Below this share of the role's duties done, a held title's usual work is not the role's. */
export const DUTY_KIN_SHARE = 0.5;
/** A role naming fewer required duties than this says too little to read kinship from. */
const MIN_DUTIES = 3;

const cache = new Map<string, number>();

/**
 * 0..1: the share of the described role's required duties the held title's occupation does
 * (the best of its occupations), 0 below DUTY_KIN_SHARE or when the title names no occupation.
 */
export function dutyKinship(
  heldTitle: string,
  requirements: readonly TypedRequirement[],
  target: string | undefined,
  embedder: Embedder,
): number {
  const duties = requirements.filter((r) => r.type === "duty" && r.kind === "required").map(dutyAsk);
  if (duties.length < MIN_DUTIES || !embedder.embedSync) return 0;
  const key = `${heldTitle}\u0000${target ?? ""}\u0000${duties.join("\u0000")}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let best = 0;
  for (const code of heldOccupations(heldTitle)) {
    if (!readsAsTarget(heldTitle, code, target)) continue;
    const done = duties.filter((ask) => occupationSays(code, ask, embedder)).length;
    best = Math.max(best, done / duties.length);
  }
  const kin = best >= DUTY_KIN_SHARE ? Math.round(best * 1000) / 1000 : 0;
  if (cache.size > 5000) cache.clear();
  cache.set(key, kin);
  return kin;
}
