/**
 * Binary logistic regression over sparse string features, trained by AdaGrad with L2: small,
 * deterministic (fixed shuffle seed), stored as plain JSON (feature -> weight), and scored by
 * summing the weights of the features present. Probabilities let the caller pick the
 * operating point (a threshold chosen by cross-validation).
 */

export interface LogisticModel {
  weights: Record<string, number>;
  threshold: number;
  /** The lower bar for a specific known tool (index.ts: isSpecificKnown). */
  veto: number;
}

export interface Example {
  features: string[];
  label: 0 | 1;
}

export function probability(weights: Record<string, number>, features: string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Weights smaller than this are left out of the model (it stays small to load). */
  minWeight?: number;
  /** Features seen in fewer examples are not learned (they would only memorise a resume). */
  minCount?: number;
}

export function trainLogistic(data: Example[], options: TrainOptions = {}): Record<string, number> {
  const { epochs = 6, rate = 0.05, l2 = 0.003, minWeight = 0.05, minCount = 6 } = options;
  const counts = new Map<string, number>();
  for (const { features } of data) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const usable = data.map((e) => ({
    label: e.label,
    features: e.features.filter((f) => counts.get(f)! >= minCount),
  }));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { features, label } = usable[k]!;
      let z = 0;
      for (const f of features) z += w.get(f) ?? 0;
      const err = 1 / (1 + Math.exp(-z)) - label;
      for (const f of features) {
        const wf = w.get(f) ?? 0;
        const g = err + l2 * wf;
        const acc = (g2.get(f) ?? 0) + g * g;
        g2.set(f, acc);
        w.set(f, wf - (rate * g) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = Math.round(w.get(f)! * 1000) / 1000;
    if (Math.abs(v) >= minWeight) out[f] = v;
  }
  return out;
}
