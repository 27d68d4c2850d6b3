/**
 * A nearest-centroid (Rocchio) classifier of occupations in the offline embedder's space,
 * learned from the titles each occupation goes by (O*NET alternate and reported titles, ESCO
 * alternative labels) and from its duties (O*NET's description sentences). Each occupation
 * keeps two unit vectors: the weighted mean of its titles' vectors and the mean of its duties'
 * vectors. A title is read against the first, an ad's opening lines or duties against both.
 * Vectors are stored as int8 with a scale per vector (1.2 MB for 1016 occupations), so the
 * shipped file is small and loading needs no embedding of 60k titles (~7 s).
 */
import type { Embedder } from "../../data/embeddings/types.ts";

/**
 * One occupation's training text: titles with how typical each is (0..1) and, when known, the
 * title's match key (roles.json keeps titleWords of each title), and duties.
 */
export interface OccupationExamples {
  code: string;
  title: string;
  titles: readonly (readonly [string, number, string?])[];
  duties: readonly string[];
}

export interface OccupationCentroids {
  version: 1;
  embedderId: string;
  dimensions: number;
  codes: string[];
  titles: string[];
  /** Unit vectors, one per occupation, in `codes` order. */
  titleCentroids: Float32Array[];
  dutyCentroids: Float32Array[];
  /** Weight of a title's word share in an occupation's titles beside the centroid cosine (fitted). */
  wordWeight?: number;
  /** Held-out measurement written by the build script. */
  measured?: Record<string, number>;
}

/** Titles embedded per call: the offline embedder is synchronous, so batches only bound memory. */
const BATCH = 2000;

function unit(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

/** Weighted mean direction of each group's texts (groups of [text, weight]). */
function centroids(embedder: Embedder, groups: (readonly (readonly [string, number])[])[]): Float32Array[] {
  const flat = groups.flatMap((g, gi) => g.map(([text, w]) => ({ gi, text, w })));
  const sums = groups.map(() => new Float32Array(embedder.dimensions));
  for (let start = 0; start < flat.length; start += BATCH) {
    const part = flat.slice(start, start + BATCH);
    const vectors = embedder.embedSync!(part.map((p) => p.text));
    part.forEach((p, i) => {
      const sum = sums[p.gi]!;
      const v = vectors[i]!;
      for (let d = 0; d < v.length; d++) sum[d]! += p.w * v[d]!;
    });
  }
  return sums.map(unit);
}

/** Fits the centroids; titles weigh by typicality (a floor keeps rare titles in). */
export function fitOccupationCentroids(
  embedder: Embedder,
  occupations: readonly OccupationExamples[],
): OccupationCentroids {
  if (!embedder.embedSync) throw new Error("fitting occupation centroids needs an in-process embedder");
  const titleGroups = occupations.map((o) => [
    [o.title, 1] as const,
    ...o.titles.map(([t, w]) => [t, Math.max(0.2, w)] as const),
  ]);
  const dutyGroups = occupations.map((o) => o.duties.map((d) => [d, 1] as const));
  return {
    version: 1,
    embedderId: embedder.id,
    dimensions: embedder.dimensions,
    codes: occupations.map((o) => o.code),
    titles: occupations.map((o) => o.title),
    titleCentroids: centroids(embedder, titleGroups),
    dutyCentroids: centroids(embedder, dutyGroups),
  };
}

export function cosineF32(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

interface Serialised {
  version: 1;
  embedderId: string;
  dimensions: number;
  codes: string[];
  titles: string[];
  /** base64 int8 values, vector after vector; `scales` turns each back into floats. */
  titleCentroids: string;
  dutyCentroids: string;
  titleScales: number[];
  dutyScales: number[];
  wordWeight?: number;
  measured?: Record<string, number>;
}

function quantise(vectors: Float32Array[]): { data: string; scales: number[] } {
  const dims = vectors[0]?.length ?? 0;
  const out = new Int8Array(vectors.length * dims);
  const scales = vectors.map((v, i) => {
    let max = 0;
    for (const x of v) max = Math.max(max, Math.abs(x));
    const scale = max > 0 ? max / 127 : 1;
    for (let d = 0; d < dims; d++) out[i * dims + d] = Math.round(v[d]! / scale);
    return Number(scale.toPrecision(6));
  });
  return { data: Buffer.from(out.buffer).toString("base64"), scales };
}

function dequantise(data: string, scales: number[], dims: number): Float32Array[] {
  const bytes = Buffer.from(data, "base64");
  const values = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return scales.map((scale, i) => {
    const v = new Float32Array(dims);
    for (let d = 0; d < dims; d++) v[d] = values[i * dims + d]! * scale;
    return unit(v);
  });
}

export function serialiseCentroids(model: OccupationCentroids): string {
  const titles = quantise(model.titleCentroids);
  const duties = quantise(model.dutyCentroids);
  const out: Serialised = {
    version: 1,
    embedderId: model.embedderId,
    dimensions: model.dimensions,
    codes: model.codes,
    titles: model.titles,
    titleCentroids: titles.data,
    dutyCentroids: duties.data,
    titleScales: titles.scales,
    dutyScales: duties.scales,
    ...(model.wordWeight !== undefined ? { wordWeight: model.wordWeight } : {}),
    ...(model.measured ? { measured: model.measured } : {}),
  };
  return `${JSON.stringify(out)}\n`;
}

export function parseCentroids(json: string): OccupationCentroids {
  const raw = JSON.parse(json) as Serialised;
  if (raw.version !== 1 || !Array.isArray(raw.codes)) throw new Error("unknown occupation centroid format");
  return {
    version: 1,
    embedderId: raw.embedderId,
    dimensions: raw.dimensions,
    codes: raw.codes,
    titles: raw.titles,
    titleCentroids: dequantise(raw.titleCentroids, raw.titleScales, raw.dimensions),
    dutyCentroids: dequantise(raw.dutyCentroids, raw.dutyScales, raw.dimensions),
    ...(raw.wordWeight !== undefined ? { wordWeight: raw.wordWeight } : {}),
    ...(raw.measured ? { measured: raw.measured } : {}),
  };
}
