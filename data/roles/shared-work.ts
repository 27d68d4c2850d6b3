/**
 * Occupations that share most of their work (data/roles/shared-work.json, built by
 * scripts/build-shared-work.ts from O*NET 29.2 and ESCO v1.1.1): per O*NET occupation, its
 * closest occupations by three readings, each 0..1 —
 *   work:   the share of the smaller occupation's work lines (O*NET description sentences, the
 *           linked ESCO duties and competences) the other's lines say;
 *   titles: the share of the smaller occupation's O*NET titles the two both list;
 *   isco:   how alike the ISCO unit groups are that ESCO files their titles under.
 * Which reading agrees with labelled pairs is measured by tools/gap/eval/shared-work-agreement.ts;
 * `workOverlap` is the reading chosen there. Read by a described role's explanation
 * (tools/gap/shared-work-note.ts); exposed for relevant years (verdict19e).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { jsonFileOnce } from "../json-file-once.ts";

export interface SharedWorkFile {
  version: 1;
  source: string;
  builtBy: string;
  columns: ["code", "work", "titles", "isco"];
  occupations: Record<string, [code: string, work: number, titles: number, isco: number][]>;
}

export interface SharedWork {
  code: string;
  work: number;
  titles: number;
  isco: number;
}

export const SHARED_WORK_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "shared-work.json");

const sharedWorkFile = jsonFileOnce<SharedWorkFile>(SHARED_WORK_FILE);

/** The occupations sharing work with `code` (closest first), [] when the table lists none. */
export function occupationsSharingWork(code: string): SharedWork[] {
  return (sharedWorkFile().occupations[code] ?? []).map(([c, work, titles, isco]) => ({
    code: c,
    work,
    titles,
    isco,
  }));
}

/**
 * How much of their work two occupations share, 0..1 (1 for one occupation): the larger of the
 * work and ISCO readings. On the labelled dream-role pairs (shared-work-agreement.ts, 2026-12-07;
 * pairs whose held occupation is not the role's own: 16 own-field, 1298 other) it parts own field
 * from other fields best: AUC 0.885, against work 0.823, ISCO 0.860, shared titles 0.783 (adding
 * titles changes nothing).
 */
export function workOverlap(a: string, b: string): number {
  if (a === b) return 1;
  const row = sharedWorkRow(a, b);
  return row ? Math.max(row.work, row.isco) : 0;
}

/** The table's row linking two occupations, whichever of the two lists the other. */
export function sharedWorkRow(a: string, b: string): SharedWork | undefined {
  return (
    occupationsSharingWork(a).find((r) => r.code === b) ?? occupationsSharingWork(b).find((r) => r.code === a)
  );
}

/**
 * Work two occupations share through a third both share work with: the weaker of the two links
 * at the best third (issue 13, trial19: a logistics coordinator, O*NET's transportation managers,
 * and a warehouse operative, stockers, share nothing directly; both share work with first-line
 * supervisors of material movers, 0.5 each). 0 when no third links them; the direct overlap when
 * it is larger. Exposed for the verdict's readers (not read by the gate: a reading of it there
 * must be measured on the dream-role and fit pairs first, as workOverlap's was).
 */
export function workOverlapThrough(a: string, b: string): { overlap: number; through?: string } {
  let best: { overlap: number; through?: string } = { overlap: workOverlap(a, b) };
  for (const row of occupationsSharingWork(a)) {
    const hop = Math.min(Math.max(row.work, row.isco), workOverlap(row.code, b));
    if (row.code !== b && hop > best.overlap) best = { overlap: hop, through: row.code };
  }
  return best;
}
