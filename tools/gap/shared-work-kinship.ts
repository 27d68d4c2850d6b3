/**
 * A held role is kindred to a described role when its occupation shares most of its work with
 * the role's (issue 13): a logistics coordinator who counted stock and ran the loading dock
 * toward a warehouse operative, a copywriter toward a content marketer read as "another field's
 * work" because the titles share no word, their vectors are far apart and their SOC families
 * differ, though the occupations' own words (O*NET descriptions, ESCO duties, the O*NET titles
 * both list and the ISCO groups ESCO files their titles under) say much of the same work. Read
 * from the built table (data/roles/shared-work.ts), not a list of role pairs. The held role's
 * occupations: those its title names (held-work.ts heldOccupations) and the one the occupation
 * reader reads its title and what the person did there as. The described-role gate's title
 * reading only (occupation-match.ts gateTitleSimilarity), beside duty-kinship.ts: the learned
 * verdict's input and the dream-role ranking keep the plain title closeness.
 */
import { workOverlap } from "../../data/roles/shared-work.ts";
import { shippedOccupationReader } from "../jobs/occupation-reader.ts";
import { heldOccupations, readsAsTarget } from "./held-work.ts";

/**
 * Below this overlap a held role's occupation does not share the role's work for the gate. On the
 * labelled dream-role pairs (tools/gap/eval/shared-work-agreement.ts, 2026-12-07: a resume's own
 * field's role against other fields' roles, pairs whose held occupation is not the role's own)
 * the bar by Youden's J is 0.3 (0.875 of own-field pairs at or above it, 0.137 of other fields');
 * read by the gate at 0.3 it turned no own-field role FIT and 15 other fields' roles FIT
 * (eval --suite fit: described_own_fit_rate 0.969 -> 0.969, described_other_fit_rate 0.104 ->
 * 0.115), so the gate reads only the overlaps that other fields almost never reach (0.6: 0.38 of
 * own-field pairs, 0.010 of other fields').
 */
export const SHARED_WORK_BAR = 0.6;
/** The explanation names shared work from the bar by Youden's J (see above): "shares some of its work". */
export const SHARED_WORK_NOTE_BAR = 0.3;
/** The occupation reader's cosine below which a role's reading names no occupation (held-work.ts). */
const READ_BAR = 0.6;

/** The occupations a held role is: its title's, and what its title and bullets read as. */
function roleOccupations(heldTitle: string, did: string): string[] {
  const codes = heldOccupations(heldTitle);
  const read = did ? shippedOccupationReader()?.fromAd(heldTitle, did) : undefined;
  return read && read.score >= READ_BAR && !codes.includes(read.code) ? [...codes, read.code] : codes;
}

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

/** 0..1: the most work a held role's occupations share with the role's, 0 below the bar. */
export const sharedWorkKinship = (heldTitle: string, target: string | undefined, did = "") =>
  sharedWorkOf(heldTitle, target, did)?.overlap ?? 0;
