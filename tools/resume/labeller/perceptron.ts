/**
 * An averaged perceptron sequence tagger (greedy left to right, the previous two tags
 * as features): small, deterministic, trained in seconds on the labelled resumes and
 * stored as plain JSON. BIO tags; an I- tag that does not continue its field is read as B-.
 */

export interface TaggerModel {
  labels: string[];
  /** feature -> [label index, weight, label index, weight, ...] (zero weights left out) */
  weights: Record<string, number[]>;
}

export interface TrainingSequence {
  features: string[][];
  tags: string[];
}

function tagFeatures(prev: string, prev2: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`];
}

export class Perceptron {
  readonly labels: string[];
  private readonly index: Map<string, number>;
  /** Dense weights while training. */
  private readonly weights = new Map<string, Float64Array>();
  /**
   * A stored model's weights as read from JSON (feature -> sparse label/weight pairs): looked
   * up in place, so loading does not build ~25k arrays on the cold path, and scoring adds
   * only the non-zero weights. The model's own object, its prototype removed (a feature
   * named "constructor" is then a plain miss): copying its ~25k keys cost a cold start
   * more than tagging a whole resume.
   */
  private readonly stored: Record<string, number[]>;

  /** Takes over `model.weights` (fromJSON is given freshly parsed JSON). */
  constructor(labels: string[], model?: TaggerModel) {
    this.labels = labels;
    this.index = new Map(labels.map((l, i) => [l, i]));
    this.stored = model ? Object.setPrototypeOf(model.weights, null) : Object.create(null);
  }

  /** Adds feature f's weights to the scores s. */
  private addWeights(s: Float64Array, f: string): void {
    const w = this.weights.get(f);
    if (w) {
      for (let i = 0; i < s.length; i++) s[i]! += w[i]!;
      return;
    }
    const pairs = this.stored[f];
    if (pairs) for (let i = 0; i < pairs.length; i += 2) s[pairs[i]!]! += pairs[i + 1]!;
  }

  static fromJSON(model: TaggerModel): Perceptron {
    return new Perceptron(model.labels, model);
  }

  private scores(features: string[], extra: string[] = []): Float64Array {
    const s = new Float64Array(this.labels.length);
    for (const f of features) this.addWeights(s, f);
    for (const f of extra) this.addWeights(s, f);
    return s;
  }

  private best(scores: Float64Array, prev: string): number {
    let best = 0;
    for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
    const label = this.labels[best]!;
    // An I- tag only continues its own field: otherwise it opens one.
    if (label.startsWith("I-") && prev.slice(2) !== label.slice(2))
      return this.index.get(`B-${label.slice(2)}`)!;
    return best;
  }

  tag(features: string[][]): string[] {
    const out: string[] = [];
    const n = this.labels.length;
    // The tag features take few values (label pairs): their weights are summed once per pair,
    // and one score buffer serves every token (tagging is on the warm parse path).
    const tagScores = new Map<string, Float64Array>();
    const s = new Float64Array(n);
    let prev = "<s>";
    let prev2 = "<s>";
    for (const f of features) {
      const pair = `${prev2}|${prev}`;
      let t = tagScores.get(pair);
      if (!t) {
        t = this.scores(tagFeatures(prev, prev2));
        tagScores.set(pair, t);
      }
      s.set(t);
      for (const name of f) this.addWeights(s, name);
      const label = this.labels[this.best(s, prev)]!;
      out.push(label);
      prev2 = prev;
      prev = label;
    }
    return out;
  }

  /** Averaged perceptron training; the order of sequences is shuffled by a fixed seed. */
  static train(labels: string[], data: TrainingSequence[], epochs: number): Perceptron {
    const p = new Perceptron(labels);
    const totals = new Map<string, Float64Array>();
    const stamps = new Map<string, Float64Array>();
    let step = 0;
    const update = (f: string, label: number, delta: number) => {
      let w = p.weights.get(f);
      if (!w) {
        w = new Float64Array(labels.length);
        p.weights.set(f, w);
        totals.set(f, new Float64Array(labels.length));
        stamps.set(f, new Float64Array(labels.length));
      }
      const tot = totals.get(f)!;
      const st = stamps.get(f)!;
      tot[label]! += (step - st[label]!) * w[label]!;
      st[label] = step;
      w[label]! += delta;
    };
    let seed = 1;
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
        const { features, tags } = data[k]!;
        let prev = "<s>";
        let prev2 = "<s>";
        for (let t = 0; t < features.length; t++) {
          step++;
          const feats = [...features[t]!, ...tagFeatures(prev, prev2)];
          const guess = p.best(p.scores(feats), prev);
          const truth = p.index.get(tags[t]!)!;
          if (guess !== truth) {
            for (const f of feats) {
              update(f, truth, 1);
              update(f, guess, -1);
            }
          }
          prev2 = prev;
          prev = tags[t]!;
        }
      }
    }
    // Average: every weight is its mean over all steps.
    for (const [f, w] of p.weights) {
      const tot = totals.get(f)!;
      const st = stamps.get(f)!;
      for (let i = 0; i < w.length; i++) w[i] = (tot[i]! + (step - st[i]!) * w[i]!) / step;
    }
    return p;
  }

  /** JSON with weights rounded and the smallest left out (`minWeight`), so the file stays small. */
  toJSON(minWeight = 0): TaggerModel {
    const weights: Record<string, number[]> = {};
    for (const f of Object.keys(this.stored).sort()) {
      const src = this.stored[f]!;
      const pairs: number[] = [];
      for (let i = 0; i < src.length; i += 2)
        if (Math.abs(src[i + 1]!) > minWeight) pairs.push(src[i]!, src[i + 1]!);
      if (pairs.length) weights[f] = pairs;
    }
    for (const f of [...this.weights.keys()].sort()) {
      const w = this.weights.get(f)!;
      const pairs: number[] = [];
      for (let i = 0; i < w.length; i++) {
        if (Math.abs(w[i]!) > minWeight) pairs.push(i, Math.round(w[i]! * 100) / 100);
      }
      if (pairs.length) weights[f] = pairs;
    }
    return { labels: this.labels, weights };
  }
}
