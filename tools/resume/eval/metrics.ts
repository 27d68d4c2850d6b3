/**
 * Precision / recall / F1 per field, micro-averaged over resumes. Values are compared
 * after case-folding and dropping punctuation; multi-word fields (titles, companies,
 * degrees, schools, places) also match when one contains the other as whole words
 * ("B.E." vs "B.E. in ENC"), names and emails must match exactly.
 */

export interface FieldScore {
  field: string;
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function normalizeValue(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9@]+/g, " ")
    .trim();
}

export type MatchMode = "exact" | "contains" | "year";

function matches(pred: string, gold: string, mode: MatchMode): boolean {
  if (mode === "year") return pred === gold;
  if (pred === gold) return true;
  if (mode === "exact" || !pred || !gold) return false;
  const [short, long] = pred.length <= gold.length ? [pred, gold] : [gold, pred];
  return short.length >= 2 && ` ${long} `.includes(` ${short} `);
}

function uniq(values: string[], mode: MatchMode): string[] {
  const out: string[] = [];
  for (const v of values) {
    const n = mode === "year" ? v : normalizeValue(v);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

/** One field's counts for one resume: one-to-one greedy matching of predictions to gold. */
export function countField(
  predicted: string[],
  gold: string[],
  mode: MatchMode,
): { tp: number; predicted: number; gold: number } {
  const p = uniq(predicted, mode);
  const g = uniq(gold, mode);
  const used = new Set<number>();
  let tp = 0;
  for (const value of p) {
    const hit = g.findIndex((gv, i) => !used.has(i) && matches(value, gv, mode));
    if (hit >= 0) {
      used.add(hit);
      tp++;
    }
  }
  return { tp, predicted: p.length, gold: g.length };
}

export class FieldScorer {
  private readonly totals = new Map<string, { tp: number; predicted: number; gold: number }>();

  add(field: string, predicted: string[], gold: string[], mode: MatchMode): void {
    const c = countField(predicted, gold, mode);
    const t = this.totals.get(field) ?? { tp: 0, predicted: 0, gold: 0 };
    t.tp += c.tp;
    t.predicted += c.predicted;
    t.gold += c.gold;
    this.totals.set(field, t);
  }

  scores(): FieldScore[] {
    return [...this.totals.entries()].map(([field, t]) => {
      const precision = t.predicted === 0 ? 0 : t.tp / t.predicted;
      const recall = t.gold === 0 ? 0 : t.tp / t.gold;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { field, ...t, precision: round(precision), recall: round(recall), f1: round(f1) };
    });
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Four-digit years written in a value ("May 2012" -> ["2012"], "2003-2004" -> ["2004"]). */
export function gradYear(value: string): string | undefined {
  const years = value.match(/\b(?:19|20)\d{2}\b/g);
  return years ? years[years.length - 1] : undefined;
}
