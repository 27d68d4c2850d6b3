import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random.ts";
import { beamSearch } from "./sequence-beam.ts";

/** Every tag sequence of length n over L labels, scored as the beam scores them. */
function bruteForceBest(L: number, n: number, emit: Float64Array, trans: Float64Array, allowed: Uint8Array) {
  const S = L + 1;
  let best = Number.NEGATIVE_INFINITY;
  let bestPath: number[] = [];
  const walk = (path: number[], score: number) => {
    const t = path.length;
    if (t === n) {
      if (score > best) [best, bestPath] = [score, [...path]];
      return;
    }
    const p2 = t >= 2 ? path[t - 2]! : L;
    const p1 = t >= 1 ? path[t - 1]! : L;
    for (let c = 0; c < L; c++) {
      if (!allowed[p1 * L + c]) continue;
      walk([...path, c], score + emit[t * L + c]! + trans[(p2 * S + p1) * L + c]!);
    }
  };
  walk([], 0);
  return bestPath;
}

describe("beamSearch", () => {
  it("with a beam of labels² finds the best path of the second-order scores, allowed transitions only", () => {
    const random = seededRandom(3);
    const L = 3;
    const n = 6;
    const S = L + 1;
    // Label 2 may not follow the start or label 0 (as an I- tag may not open a field).
    const allowed = new Uint8Array(S * L).fill(1);
    allowed[L * L + 2] = 0;
    allowed[0 * L + 2] = 0;
    for (let trial = 0; trial < 20; trial++) {
      const emit = Float64Array.from({ length: n * L }, () => random() * 4 - 2);
      const trans = Float64Array.from({ length: S * S * L }, () => random() * 4 - 2);
      const emitAt = (t: number, out: Float64Array) => out.set(emit.subarray(t * L, t * L + L));
      const path = beamSearch({ L, n, emitAt, trans, allowed, width: L * L });
      expect([...path]).toEqual(bruteForceBest(L, n, emit, trans, allowed));
    }
  });

  it("in training, hands the search's wrong path to the update wherever the gold path leaves the beam", () => {
    const L = 2;
    const n = 4;
    // Label 0 always scores more; gold is all 1s: with a beam of 1 it leaves at every token.
    const emit = new Float64Array(n * L).map((_, i) => (i % L === 0 ? 1 : 0));
    const calls: [number, number[]][] = [];
    beamSearch(
      {
        L,
        n,
        emitAt: (t, out) => out.set(emit.subarray(t * L, t * L + L)),
        trans: new Float64Array((L + 1) * (L + 1) * L),
        allowed: new Uint8Array((L + 1) * L).fill(1),
        width: 1,
      },
      { gold: Int32Array.from([1, 1, 1, 1]), update: (from, path) => calls.push([from, [...path]]) },
    );
    expect(calls).toEqual([
      [0, [0]],
      [1, [0]],
      [2, [0]],
      [3, [0]],
    ]);
  });
});
