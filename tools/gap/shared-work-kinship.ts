/**
 * A held role is kindred to a described role when its occupation shares most of its work with
 * the role's (issue 13): a shipping clerk toward a warehouse operative, a copywriter toward a content marketer read as "another field's
 * work" because the titles share no word, their vectors are far apart and their SOC families
 * differ, though the occupations' own words (O*NET descriptions, ESCO duties, the O*NET titles
 * both list and the ISCO groups ESCO files their titles under) say much of the same work. Read
 * from the built table (data/roles/shared-work.ts), not a list of role pairs. The held role's
 * occupations: role-occupations.ts's reading of its title and what the person did there. Read today by the explanation of a
 * described role's verdict (shared-work-note.ts); measured and not read by the gate (SHARED_WORK_BAR).
 * The data do not link every kindred pair: a logistics coordinator (O*NET: logisticians, cargo
 * agents, transportation managers) shares no reading with stockers or hand laborers.
 */
import { workOverlap } from "../../data/roles/shared-work.ts";
import { readsAsTarget } from "./held-work.ts";
import { occupationsOfRole } from "./role-occupations.ts";

/**
 * At or above this overlap a held role's occupation shares the role's work closely. Measured as a
 * reading of the described-role gate (occupation-match.ts titleSimilarity's kinship, beside
 * duty-kinship.ts) on the dream-role resumes (eval --suite fit / tools/gap/eval/dream-roles.ts,
 * 2026-12-07, base 0.969 own-field FIT, 0.104 other fields' FIT): at the bar by Youden's J on the
 * labelled pairs (0.3; shared-work-agreement.ts: 0.875 of own-field pairs, 0.137 of other fields')
 * 0.969 / 0.115, at 0.6 (0.38 / 0.010) 0.969 / 0.106 — no own-field role gained, other fields'
 * roles turned FIT, so the gate does not read it. Exposed for relevant years (verdict19e).
 */
export const SHARED_WORK_BAR = 0.6;
/** The explanation names shared work from the bar by Youden's J (see above): "shares some of its work". */
export const SHARED_WORK_NOTE_BAR = 0.3;
/** The occupations a held role is: its title's, and what its title and bullets read as (role-occupations.ts). */
export const roleOccupations = (heldTitle: string, did: string): string[] =>
  occupationsOfRole({ title: heldTitle, bullets: did ? [did] : [] });

/** The held role's occupation sharing the most work with the role's, at or above the bar. */
export function sharedWorkOf(
  heldTitle: string,
  target: string | undefined,
  did = "",
  bar = SHARED_WORK_BAR,
): { code: string; overlap: number } | undefined {
  if (!target) return undefined;
  let best: { code: string; overlap: number } | undefined;
  for (const code of roleOccupations(heldTitle, did)) {
    // Never the role's own occupation: that is the title closeness's and duty kinship's to read.
    if (code === target || !readsAsTarget(heldTitle, code, target)) continue;
    const overlap = workOverlap(code, target);
    if (overlap >= bar && (!best || overlap > best.overlap)) best = { code, overlap };
  }
  return best;
}
