/** Precision / recall / F1 counters shared by the skill measurements. */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export class Counter {
  tp = 0;
  fp = 0;
  fn = 0;

  /** Adds one document's predicted and gold sets (already canonical). */
  addSets(predicted: Iterable<string>, gold: Iterable<string>): { tp: string[]; fp: string[]; fn: string[] } {
    const p = new Set(predicted);
    const g = new Set(gold);
    const tp = [...p].filter((x) => g.has(x));
    const fp = [...p].filter((x) => !g.has(x));
    const fn = [...g].filter((x) => !p.has(x));
    this.tp += tp.length;
    this.fp += fp.length;
    this.fn += fn.length;
    return { tp, fp, fn };
  }

  result(): PRF {
    return prf(this.tp, this.fp, this.fn);
  }
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
