/**
 * An averaged perceptron sequence tagger over sparse string features, the previous two tags
 * as features: small, deterministic, trained in seconds and stored as plain JSON
 * (packed-weights.ts keeps it in flat arrays). Used by the resume field labeller
 * (tools/resume/labeller). Tags are BIO: an I- tag only continues its own field.
 *
 * Two ways to train and tag: token by token (greedy left to right), or, with a beam, whole
 * sequences (sequence-beam.ts; trained as search, LaSO). A model is tagged the way it was
 * trained; the stored model says which (`beam`).
 */
import { featureNames, templateTables } from "./feature-names.ts";
import { type PackedWeights, packWeights, type SparseWeights } from "./packed-weights.ts";
import { seededRandom } from "./seeded-random.ts";
import { beamSearch } from "./sequence-beam.ts";

export interface TaggerModel {
  labels: string[];
  /** feature -> [label index, weight, label index, weight, ...] (zero weights left out) */
  weights: SparseWeights;
  /** Trained, and so tagged, whole-sequence with a beam this wide; absent: token by token. */
  beam?: number;
}

export interface TrainOptions {
  epochs: number;
  /** Whole-sequence training (and tagging) with a beam this wide; none: token by token. */
  beam?: number;
  /**
   * Whole-sequence training only: how much a miss of each label costs (default 1). Where the
   * true tag is such a label and the search chose another, the weights move by this much
   * instead of 1 (a cost-sensitive perceptron): more recall for that field, for some precision.
   */
  missCost?: Record<string, number>;
  seed?: number; // whole-sequence training: the visiting order's seed (default 1)
}

/** allowed[prev * L + c] (prev = L: the start): an I- tag only continues its own field. */
function allowedAfter(labels: string[]): Uint8Array {
  const L = labels.length;
  const allowed = new Uint8Array((L + 1) * L);
  for (let prev = 0; prev <= L; prev++)
    for (let c = 0; c < L; c++) {
      const label = labels[c]!;
      allowed[prev * L + c] =
        !label.startsWith("I-") || (prev < L && labels[prev]!.slice(2) === label.slice(2)) ? 1 : 0;
    }
  return allowed;
}

export interface TrainingSequence {
  features: string[][];
  tags: string[];
  missWeights?: number[]; // whole-sequence training: each token's miss weighs this much (x missCost)
}

const tagFeatures = (prev: string, prev2: string): string[] => [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`];

export class SequencePerceptron {
  readonly labels: string[];
  /** Whole-sequence tagging by a beam this wide; undefined: greedy, token by token. */
  readonly beam: number | undefined;
  private readonly index: Map<string, number>;
  /** Dense weights while training. */
  private readonly weights = new Map<string, Float64Array>();
  /**
   * A stored model's weights in flat arrays (packed.ts): one Map look-up per feature, then
   * only the non-zero weights are added, in the stored order. Built from model.json, or read
   * from model.bin in the compiled build (no JSON to parse on a cold start).
   */
  private readonly stored: PackedWeights;
  /** The stored features by template, then value (tagParts); built on first use. */
  private byTemplate?: Map<string, Map<string, number>>;
  /** The beam's score of each tag after each tag pair (from the tag features), and which tag may follow which; built on first use. */
  private beamTables?: { trans: Float64Array; allowed: Uint8Array };

  constructor(labels: string[], stored?: PackedWeights, beam?: number) {
    this.labels = labels;
    this.beam = beam || undefined;
    this.index = new Map(labels.map((l, i) => [l, i]));
    this.stored = stored ?? packWeights({});
  }

  /** Adds feature f's weights to the scores s. */
  private addWeights(s: Float64Array, f: string): void {
    const w = this.weights.size ? this.weights.get(f) : undefined;
    if (w) {
      for (let i = 0; i < s.length; i++) s[i]! += w[i]!;
      return;
    }
    this.addRow(s, this.stored.rows.get(f));
  }

  /** Adds a stored feature's weights (its row) to the scores s. */
  private addRow(s: Float64Array, row: number | undefined): void {
    if (row === undefined) return;
    const { offsets, labels, weights } = this.stored;
    for (let i = offsets[row]!, end = offsets[row + 1]!; i < end; i++) s[labels[i]!]! += weights[i]!;
  }

  /** The stored features by template, then value (built once, from the stored names). */
  private templates(): Map<string, Map<string, number>> {
    this.byTemplate ??= this.stored.tables ?? templateTables(this.stored.names);
    return this.byTemplate;
  }

  static fromJSON(model: TaggerModel): SequencePerceptron {
    return new SequencePerceptron(model.labels, packWeights(model.weights), model.beam);
  }

  static fromPacked(labels: string[], packed: PackedWeights, beam?: number): SequencePerceptron {
    return new SequencePerceptron(labels, packed, beam);
  }

  // A stored model's features are looked up in tagParts' tables: a cold parse indexes 25k names once.
  private scores(features: string[]): Float64Array {
    const s = new Float64Array(this.labels.length);
    for (const f of features) {
      const at = f.indexOf("=");
      const byValue = this.weights.size ? undefined : this.templates().get(f.slice(0, at));
      if (byValue) this.addRow(s, byValue.get(f.slice(at + 1)));
      else if (this.weights.size) this.addWeights(s, f);
    }
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
    return this.decode(features.length, (s, i) => {
      for (const name of features[i]!) this.addWeights(s, name);
    });
  }

  /**
   * Like tag, from features as template/value parts (features.ts tokenFeatureParts): a stored
   * model looks each up by its two parts, so no feature name is built (the warm parse path).
   */
  tagParts(parts: string[][]): string[] {
    if (this.weights.size) return this.tag(parts.map(featureNames));
    const tables = this.templates();
    const { offsets, labels, weights } = this.stored;
    return this.decode(parts.length, (s, i) => {
      const p = parts[i]!;
      for (let k = 0; k < p.length; k += 2) {
        const row = tables.get(p[k]!)?.get(p[k + 1]!);
        if (row === undefined) continue;
        for (let j = offsets[row]!, end = offsets[row + 1]!; j < end; j++) s[labels[j]!]! += weights[j]!;
      }
    });
  }

  /** Decoding: `add(s, i)` adds token i's feature weights to the scores s. */
  private decode(tokens: number, add: (s: Float64Array, i: number) => void): string[] {
    if (this.beam) return this.decodeBeam(tokens, add, this.beam);
    const out: string[] = [];
    const n = this.labels.length;
    // The tag features take few values (label pairs): their weights are summed once per pair,
    // kept by the pair's label indexes ("<s>" is 0), and one score buffer serves every token
    // (tagging is on the warm parse path).
    const tagScores: (Float64Array | undefined)[] = [];
    const s = new Float64Array(n);
    let prev = "<s>";
    let prev2 = "<s>";
    let prevState = 0;
    let prev2State = 0;
    for (let i = 0; i < tokens; i++) {
      const pair = prev2State * (n + 1) + prevState;
      let t = tagScores[pair];
      if (!t) {
        t = this.scores(tagFeatures(prev, prev2));
        tagScores[pair] = t;
      }
      s.set(t);
      add(s, i);
      const best = this.best(s, prev);
      const label = this.labels[best]!;
      out.push(label);
      prev2 = prev;
      prev = label;
      prev2State = prevState;
      prevState = best + 1;
    }
    return out;
  }

  /** Whole-sequence decoding by beam search (sequence-beam.ts). */
  private decodeBeam(tokens: number, add: (s: Float64Array, i: number) => void, width: number): string[] {
    const L = this.labels.length;
    const S = L + 1;
    if (!this.beamTables) {
      // The beam numbers the start L; the tag features call it "<s>".
      const names = [...this.labels, "<s>"];
      const trans = new Float64Array(S * S * L);
      for (let p2 = 0; p2 < S; p2++)
        for (let p1 = 0; p1 < S; p1++)
          trans.set(this.scores(tagFeatures(names[p1]!, names[p2]!)), (p2 * S + p1) * L);
      this.beamTables = { trans, allowed: allowedAfter(this.labels) };
    }
    const emitAt = (t: number, out: Float64Array) => {
      out.fill(0);
      add(out, t);
    };
    const { trans, allowed } = this.beamTables;
    const path = beamSearch({ L, n: tokens, emitAt, trans, allowed, width });
    return Array.from(path, (c) => this.labels[c]!);
  }

  /**
   * Averaged perceptron training; the order of sequences is shuffled by a fixed seed.
   * Features are numbered once and the weights kept in flat arrays (feature x label), so
   * a step costs array reads rather than string look-ups: training on a few hundred
   * resumes, text and PDF, takes seconds rather than minutes.
   *
   * Without `beam`, each token is learned on its own, given the true tags before it (greedy
   * decoding). With `beam`, each whole sequence is decoded by the beam search tagging uses,
   * and wherever the true path falls out of the beam the weights move by the beam's best path
   * against the true one since the last such point, and the search goes on from the true path
   * (learning as search, LaSO): a long resume is corrected wherever it goes wrong, not once.
   */
  static train(labels: string[], data: TrainingSequence[], options: TrainOptions): SequencePerceptron {
    const { epochs, beam } = options;
    const L = labels.length;
    const cost = Float64Array.from(labels, (l) => options.missCost?.[l] ?? 1);
    const ids = new Map<string, number>();
    const idOf = (f: string) => {
      let id = ids.get(f);
      if (id === undefined) {
        id = ids.size;
        ids.set(f, id);
      }
      return id;
    };
    const states = ["<s>", ...labels];
    // The tag features of each (previous-but-one, previous) label pair; "<s>" is state 0.
    const tagIds: Int32Array[] = [];
    for (const prev2 of states)
      for (const prev of states) tagIds.push(Int32Array.from(tagFeatures(prev, prev2).map(idOf)));
    const sequences = data.map(({ features, tags, missWeights }) => ({
      features: features.map((f) => Int32Array.from(f.map(idOf))),
      tags: Int32Array.from(tags.map((t) => labels.indexOf(t))),
      weights: missWeights,
    }));
    const F = ids.size;
    const w = new Float64Array(F * L);
    const totals = new Float64Array(F * L);
    const stamps = new Float64Array(F * L);
    const s = new Float64Array(L);
    let step = 0;
    const move = (f: number, label: number, delta: number) => {
      const at = f * L + label;
      totals[at]! += (step - stamps[at]!) * w[at]!;
      stamps[at] = step;
      w[at]! += delta;
    };
    const addAll = (fs: Int32Array) => {
      for (const f of fs) for (let i = 0, at = f * L; i < L; i++, at++) s[i]! += w[at]!;
    };
    const index = new Map(labels.map((l, i) => [l, i]));
    const best = (prev: number): number => {
      let b = 0;
      for (let i = 1; i < L; i++) if (s[i]! > s[b]!) b = i;
      const label = labels[b]!;
      // An I- tag only continues its own field: otherwise it opens one.
      if (label.startsWith("I-") && (prev < 0 || labels[prev]!.slice(2) !== label.slice(2)))
        return index.get(`B-${label.slice(2)}`)!;
      return b;
    };
    let seed = 1; // the token-by-token trainer's own generator: its models stay the same files
    const lcg = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const random = beam ? seededRandom(options.seed ?? 1) : lcg;
    const learnTokens = (features: Int32Array[], tags: Int32Array) => {
      let prev = -1;
      let prev2 = -1;
      for (let t = 0; t < features.length; t++) {
        step++;
        const tagFs = tagIds[(prev2 + 1) * (L + 1) + prev + 1]!;
        s.fill(0);
        addAll(features[t]!);
        addAll(tagFs);
        const guess = best(prev);
        const truth = tags[t]!;
        if (guess !== truth) {
          for (const f of features[t]!) {
            move(f, truth, 1);
            move(f, guess, -1);
          }
          for (const f of tagFs) {
            move(f, truth, 1);
            move(f, guess, -1);
          }
        }
        prev2 = prev;
        prev = truth;
      }
    };
    // The beam numbers labels 0..L-1 and the start L; tagIds number the start 0.
    const S = L + 1;
    const tagIdsOf = (p2: number, p1: number) => tagIds[((p2 + 1) % S) * S + ((p1 + 1) % S)]!;
    const allowed = allowedAfter(labels);
    const trans = new Float64Array(S * S * L);
    const fillTrans = () => {
      for (let p2 = 0; p2 < S; p2++)
        for (let p1 = 0; p1 < S; p1++) {
          s.fill(0);
          addAll(tagIdsOf(p2, p1));
          trans.set(s, (p2 * S + p1) * L);
        }
    };
    const learnSequence = (features: Int32Array[], tags: Int32Array, width: number, weights?: number[]) => {
      step++;
      fillTrans();
      const emitAt = (t: number, out: Float64Array) => {
        s.fill(0);
        addAll(features[t]!);
        out.set(s);
      };
      // Tag t of a path that follows the true tags before `offset` (L before the start).
      const at = (path: Int32Array, offset: number, t: number) =>
        t < 0 ? L : t < offset ? tags[t]! : path[t - offset]!;
      const update = (from: number, guess: Int32Array) => {
        for (let t = from; t < from + guess.length; t++) {
          const truth = tags[t]!;
          const wrong = guess[t - from]!;
          const c = truth !== wrong ? cost[truth]! * (weights?.[t] ?? 1) : 1;
          if (truth !== wrong)
            for (const f of features[t]!) {
              move(f, truth, c);
              move(f, wrong, -c);
            }
          const tp2 = at(tags, 0, t - 2);
          const tp1 = at(tags, 0, t - 1);
          const gp2 = at(guess, from, t - 2);
          const gp1 = at(guess, from, t - 1);
          if (truth === wrong && tp2 === gp2 && tp1 === gp1) continue;
          for (const f of tagIdsOf(tp2, tp1)) move(f, truth, c);
          for (const f of tagIdsOf(gp2, gp1)) move(f, wrong, -c);
        }
        fillTrans();
      };
      beamSearch({ L, n: features.length, emitAt, trans, allowed, width }, { gold: tags, update });
    };
    const order = sequences.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const k of order) {
        const { features, tags, weights } = sequences[k]!;
        if (beam) learnSequence(features, tags, beam, weights);
        else learnTokens(features, tags);
      }
    }
    // Average: every weight is its mean over all steps.
    const p = new SequencePerceptron(labels, undefined, beam);
    for (const [f, id] of ids) {
      const avg = new Float64Array(L);
      let any = false;
      for (let i = 0, at = id * L; i < L; i++, at++) {
        avg[i] = (totals[at]! + (step - stamps[at]!) * w[at]!) / step;
        if (avg[i] !== 0) any = true;
      }
      if (any) p.weights.set(f, avg);
    }
    return p;
  }

  /** JSON with weights rounded and the smallest left out (`minWeight`), so the file stays small. */
  toJSON(minWeight = 0): TaggerModel {
    const weights: Record<string, number[]> = {};
    const { names, rows, offsets, labels, weights: stored } = this.stored;
    for (const f of [...names].sort()) {
      const row = rows.get(f)!;
      const pairs: number[] = [];
      for (let i = offsets[row]!; i < offsets[row + 1]!; i++)
        if (Math.abs(stored[i]!) > minWeight) pairs.push(labels[i]!, stored[i]!);
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
    return this.beam ? { labels: this.labels, weights, beam: this.beam } : { labels: this.labels, weights };
  }
}
