/**
 * Beam search over a tag sequence scored by per-token label scores plus a score for each
 * (tag before last, last tag, tag) triple: the decode of the sequence perceptron, used alike
 * when tagging and when training (so the weights are learned for the search that uses them).
 * Hypotheses that end in the same two tags are merged (only the best can win from there on),
 * so a beam of labels² is exact (Viterbi); a narrower one keeps only the best few.
 *
 * Label indices are 0..L-1; L stands for "before the start". A state is the last two tags,
 * numbered prev * (L + 1) + tag.
 */

export interface BeamInput {
  /** Number of labels. */
  L: number;
  /** Number of tokens. */
  n: number;
  /** Writes token t's score for each label into `out`; called once per token, in order. */
  emitAt: (t: number, out: Float64Array) => void;
  /** Score of tag c after state s (its last two tags) at [s * L + c]. */
  trans: Float64Array;
  /** allowed[prev * L + c]: may tag c follow tag prev (prev = L: the start)? */
  allowed: Uint8Array;
  width: number;
}

/**
 * Training (learning as search, LaSO): when no hypothesis in the beam is the gold prefix any
 * more, or the search ends on a wrong path, `update` is given the beam's best path since the
 * last restart (`from`: every tag before it is gold) and may change the scores (weights and
 * `trans`); the search then restarts from the gold prefix. A long resume is so corrected
 * wherever the search goes wrong, not once per pass.
 */
export interface BeamTraining {
  gold: Int32Array;
  update: (from: number, path: Int32Array) => void;
}

/** The best path found. */
export function beamSearch(input: BeamInput, training?: BeamTraining): Int32Array {
  const { L, n, emitAt, trans, allowed, width } = input;
  const gold = training?.gold;
  const S = L + 1;
  const W = Math.max(1, Math.min(width, L * L));
  const states = new Int32Array(n * W);
  const scores = new Float64Array(n * W);
  const back = new Int32Array(n * W);
  const isGold = new Uint8Array(n * W);
  const sizes = new Int32Array(n);
  const best = new Float64Array(S * S).fill(Number.NEGATIVE_INFINITY);
  const from = new Int32Array(S * S);
  const emit = new Float64Array(L);
  const touched: number[] = [];
  const top = new Int32Array(W);
  let restart = 0;
  for (let t = 0; t < n; t++) {
    emitAt(t, emit);
    // Parents: the previous step's hypotheses, or one start hypothesis.
    const parents = t === 0 ? 1 : sizes[t - 1]!;
    for (let k = 0; k < parents; k++) {
      const ps = t === 0 ? L * S + L : states[(t - 1) * W + k]!;
      const pScore = t === 0 ? 0 : scores[(t - 1) * W + k]!;
      const p1 = ps % S;
      for (let c = 0; c < L; c++) {
        if (!allowed[p1 * L + c]) continue;
        const sc = pScore + emit[c]! + trans[ps * L + c]!;
        const key = p1 * S + c;
        if (best[key] === Number.NEGATIVE_INFINITY) touched.push(key);
        if (sc > best[key]!) {
          best[key] = sc;
          from[key] = k;
        }
      }
    }
    // The W best states, best first (ties: lower state first), by insertion: cheaper than
    // sorting every state reached when W is small (tagging is on the warm parse path).
    let size = 0;
    for (const key of touched) {
      const sc = best[key]!;
      if (size === W) {
        const last = top[W - 1]!;
        if (sc < best[last]! || (sc === best[last]! && key > last)) continue;
      } else size++;
      let j = size - 1;
      while (j > 0) {
        const prev = top[j - 1]!;
        if (sc < best[prev]! || (sc === best[prev]! && key > prev)) break;
        top[j] = prev;
        j--;
      }
      top[j] = key;
    }
    let goldKept = false;
    for (let j = 0; j < size; j++) {
      const key = top[j]!;
      const at = t * W + j;
      states[at] = key;
      scores[at] = best[key]!;
      back[at] = from[key]!;
      if (gold) {
        const parentGold = t === 0 ? 1 : isGold[(t - 1) * W + from[key]!]!;
        isGold[at] = parentGold && key % S === gold[t]! ? 1 : 0;
        if (isGold[at]) goldKept = true;
      }
    }
    sizes[t] = size;
    for (const key of touched) best[key] = Number.NEGATIVE_INFINITY;
    touched.length = 0;
    if (training && gold && (!goldKept || (t === n - 1 && !isGold[t * W]))) {
      training.update(restart, backtrack(states, back, W, S, restart, t));
      // Restart from the gold prefix: one hypothesis, the gold state.
      states[t * W] = (t === 0 ? L : gold[t - 1]!) * S + gold[t]!;
      scores[t * W] = 0;
      isGold[t * W] = 1;
      sizes[t] = 1;
      restart = t + 1;
    }
  }
  return n ? backtrack(states, back, W, S, 0, n - 1) : new Int32Array(0);
}

/** The tags from token `start` to `end` of the best hypothesis at token `end`. */
function backtrack(
  states: Int32Array,
  back: Int32Array,
  W: number,
  S: number,
  start: number,
  end: number,
): Int32Array {
  const path = new Int32Array(end - start + 1);
  let j = 0;
  for (let t = end; t >= start; t--) {
    path[t - start] = states[t * W + j]! % S;
    j = back[t * W + j]!;
  }
  return path;
}
