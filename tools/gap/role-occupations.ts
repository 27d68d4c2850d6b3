/**
 * The one service that says which O*NET occupations a role is — a title the person held or
 * wants, and what they did in it — best first (issue 13). Three readers did this job in three
 * ways before (held-work.ts heldOccupations: the title's listed occupations, else the occupation
 * reader's reading of the title; field-work.ts occupationsDoneIn: the listed ones narrowed to one
 * by the duties, no reading of an unlisted title; shared-work-kinship.ts: the first plus the
 * reader's reading of title and duties). Chosen by measurement on titles the tables were not built
 * from (tools/gap/eval/title-occupations-heldout.ts: ESCO labels no O*NET title nor role-extras
 * alsoCalled holds, gold = the O*NET occupation whose own title is the ESCO occupation's name):
 *   - the occupations that list the title word for word, its curated reading or a one-word swap
 *     (occupation-kinship.ts occupationsOfTitle), ranked by how well title and duties read as
 *     each (the occupation reader's `readsAs`);
 *   - then the reader's own readings (nearest O*NET/ESCO centroid) when their closeness reaches
 *     READ_BAR: of title and duties together first, of the title alone after.
 * Measured 2026-12-07 (4984 titles; top-1 / top-3): title only — heldOccupations 0.359 / 0.368,
 * occupationsDoneIn 0.159 / 0.169, roleOccupations 0.359 / 0.368, this 0.363 / 0.411; with
 * ESCO's description as the duties — 0.359 / 0.368, 0.165 / 0.165, 0.362 / 0.428, this
 * 0.379 / 0.440. A lower bar answers more (0.55: 0.405 / 0.505, answered 0.80 vs 0.70) but the
 * titles it adds are right about one time in three, so 0.6 is kept: a wrong occupation moves a
 * verdict, an unknown one leaves it.
 * Callers keep their own policy on the list (the first one for years of a field; all when few for
 * held work), not a reading of their own.
 */
import type { ExperienceEntry } from "../../contract/profile.ts";
import { shippedOccupationReader } from "../jobs/occupation-reader.ts";
import { occupationsOfTitle } from "./occupation-kinship.ts";

/** The occupation reader's closeness below which its reading names no occupation (measured: see the file comment). */
export const READ_BAR = 0.6;

export type RoleSaid = Pick<ExperienceEntry, "title"> & Partial<Pick<ExperienceEntry, "bullets">>;

const cache = new Map<string, string[]>();

/** The occupations a role is, best first; [] when neither the tables nor the reader place it. */
export function occupationsOfRole(role: RoleSaid): string[] {
  const title = role.title?.trim() ?? "";
  if (!title) return [];
  const did = (role.bullets ?? []).join(" ").trim();
  const key = `${title}\u0000${did}`;
  const known = cache.get(key);
  if (known) return known;
  const codes = rankedOccupations(title, did);
  if (cache.size > 5000) cache.clear();
  cache.set(key, codes);
  return codes;
}

/** occupationsOfRole's reading at a reader bar, the duties' reading first or last (the measurement sweeps both). */
export function rankedOccupations(title: string, did: string, bar = READ_BAR, dutiesFirst = true): string[] {
  const listed = occupationsOfTitle(title);
  const reader = shippedOccupationReader();
  if (!reader) return listed;
  const codes = [...listed];
  if (listed.length > 1) {
    // Ranked by how well title and duties read as each; ties keep O*NET's order.
    const reads = new Map(listed.map((c) => [c, reader.readsAs(c, title, did)]));
    codes.sort((a, b) => reads.get(b)! - reads.get(a)!);
  }
  const byTitle = reader.fromTitle(title);
  const byDuties = did ? reader.fromAd(title, did) : undefined;
  const readings = dutiesFirst ? [byDuties, byTitle] : [byTitle, byDuties];
  for (const read of readings)
    if (read && read.score >= bar && !codes.includes(read.code)) codes.push(read.code);
  return codes;
}
