/**
 * Which occupation an ad (or a title a person held) is about, read by meaning: the nearest
 * occupation centroid (tools/ml/occupation-centroids.ts) in the offline embedder's space,
 * learned from O*NET alternate titles and ESCO labels (titles) and O*NET's duties
 * (data/roles/occupation-centroids.json, `npm run build:occupations`). Not a keyword list:
 * "Automation Test Analyst" reads as a software QA analyst though no O*NET title has all its
 * words, and an ad with no title line is read from its opening and duties.
 * The role finder (role-finder.ts) stays the reader of what a person types as a dream role;
 * this is the reader of free ad text and of held titles, over the same role data.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fnv1a } from "../../data/embeddings/char-ngrams.ts";
import { createOfflineEmbedder } from "../../data/embeddings/offline-embedder.ts";
import type { Embedder } from "../../data/embeddings/types.ts";
import { singularTitle } from "../../data/roles/curated-titles.ts";
import { getRoleExtras, type RoleExtras } from "../../data/roles/extras.ts";
import { getRoles } from "../../data/roles/index.ts";
import { titleWords } from "../../data/roles/title-words.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import {
  cosineF32,
  type OccupationCentroids,
  type OccupationExamples,
  parseCentroids,
} from "../ml/occupation-centroids.ts";
import { OPENING_CHARS } from "./ad-opening.ts";
import type { JobOccupation, JobPosting } from "./types.ts";

export const OCCUPATION_CENTROIDS_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/roles/occupation-centroids.json",
);

/** The training examples of each occupation: its O*NET titles, ESCO labels and duties. */
export function occupationExamples(compiled: CompiledRoles, extras?: RoleExtras): OccupationExamples[] {
  return compiled.roles.map((role) => {
    const extra = extras?.roles[role.code];
    const titles = [
      ...role.titles.map(([t, w, key]) => [t, w, key] as const),
      // ESCO labels and reported titles (alsoCalled) weigh as typical titles.
      ...(extra?.alsoCalled ?? []).map((t) => [t, 0.8] as const),
    ];
    return { code: role.code, title: role.title, titles, duties: extra?.duties ?? [] };
  });
}

/**
 * Which occupations' titles use each title word, and how telling the word is (inverse share of
 * occupations using it): "automation" and "test" are rare, "analyst" is everyone's. A query's
 * word share in an occupation's titles adds to its centroid closeness (`wordWeight`, fitted on
 * held-out O*NET titles by the build script).
 */
export interface TitleWordIndex {
  occupations: Map<string, Set<number>>;
  idf: Map<string, number>;
}

const WORD_STOP = new Set(["and", "of", "the", "for", "in", "at", "with", "a", "an", "to", "or", "&"]);
const keep = (words: string[]) => [...new Set(words.filter((w) => !WORD_STOP.has(w)))];
const queryWords = (title: string) => keep(titleWords(title));

export function titleWordIndex(examples: readonly OccupationExamples[]): TitleWordIndex {
  const occupations = new Map<string, Set<number>>();
  examples.forEach((o, index) => {
    for (const [t, , key] of [[o.title, 1] as const, ...o.titles]) {
      // roles.json stores each title's words (its match key): 60k titles need no re-reading.
      for (const w of key ? keep(key.split(" ")) : queryWords(t)) {
        const set = occupations.get(w);
        if (set) set.add(index);
        else occupations.set(w, new Set([index]));
      }
    }
  });
  const idf = new Map([...occupations].map(([w, set]) => [w, Math.log(examples.length / set.size)]));
  return { occupations, idf };
}

/** Per occupation index: the IDF-weighted share of the query's words its titles use. */
export function wordShares(index: TitleWordIndex, title: string, count: number): Float32Array {
  const shares = new Float32Array(count);
  const words = queryWords(title);
  // A word no title uses is as telling as the rarest.
  const unseen = Math.log(count);
  const total = words.reduce((s, w) => s + (index.idf.get(w) ?? unseen), 0);
  if (total === 0) return shares;
  for (const w of words) {
    const idf = index.idf.get(w) ?? unseen;
    for (const o of index.occupations.get(w) ?? []) shares[o]! += idf / total;
  }
  return shares;
}

/**
 * The fixed held-out split that measures the reader: a title is held out when its hash falls in
 * the fifth bucket. `train` keeps each occupation's other titles (and its own name and duties);
 * `test` lists each held-out title with its occupation's index.
 */
export function splitHeldOut(examples: readonly OccupationExamples[]) {
  const held = (title: string) => fnv1a(title.toLowerCase()) % 5 === 0;
  const train = examples.map((e) => ({ ...e, titles: e.titles.filter(([t]) => !held(t)) }));
  const test = examples.flatMap((e, index) => e.titles.filter(([t]) => held(t)).map(([t]) => ({ t, index })));
  return { train, test };
}

export interface OccupationReader {
  readonly model: OccupationCentroids;
  /** The occupation a job title names (nearest title centroid, with the title-word share). */
  fromTitle(title: string): JobOccupation | undefined;
  /**
   * The occupation an ad is about: its title (when it has one) and its opening lines and duties
   * read together, so "Senior Project Manager" over an opening about bridges reads as the
   * bridge builders' project manager, and an ad with no title line is read from its text.
   */
  fromAd(title: string | undefined, text: string): JobOccupation | undefined;
  /**
   * 0..1: how well a held title (and what was done in it) reads as occupation `code`, against
   * the occupation it reads as best: 1 when `code` is its nearest, lower as `code` falls behind.
   */
  readsAs(code: string, title: string, did?: string): number;
}

/** Opening text read for the occupation (ad-opening.ts). */
const MAX_TEXT = OPENING_CHARS;
const TITLE_CACHE = 5000;
/** Score vectors kept per held role (4 KB each). */
const ROLE_CACHE = 2000;

export function createOccupationReader(
  model: OccupationCentroids,
  embedder: Embedder,
  words?: TitleWordIndex,
): OccupationReader {
  if (!embedder.embedSync || embedder.id !== model.embedderId) {
    throw new Error(`occupation centroids were built with ${model.embedderId}, not ${embedder.id}`);
  }
  const indexOf = new Map(model.codes.map((c, i) => [c, i]));
  const wordWeight = words ? (model.wordWeight ?? 0) : 0;
  const result = (index: number, score: number, via: JobOccupation["via"]): JobOccupation => ({
    code: model.codes[index]!,
    title: singularTitle(model.titles[index]!),
    via,
    score: Math.round(score * 1000) / 1000,
  });
  const vector = (text: string) => embedder.embedSync!([text])[0]!;
  /** Per occupation: the title's closeness, 0..1 (centroid cosine and word share, rescaled). */
  const titleScores = (title: string) => {
    const v = vector(title);
    const shares = words && wordWeight > 0 ? wordShares(words, title, model.codes.length) : undefined;
    return model.titleCentroids.map(
      (c, i) => (cosineF32(c, v) + wordWeight * (shares?.[i] ?? 0)) / (1 + wordWeight),
    );
  };
  /** Per occupation: the text's closeness to its titles and to its duties, 0..1. */
  const textScores = (text: string) => {
    const v = vector(text.slice(0, MAX_TEXT));
    return model.codes.map(
      (_, i) => (cosineF32(model.titleCentroids[i]!, v) + cosineF32(model.dutyCentroids[i]!, v)) / 2,
    );
  };
  const best = (scores: number[], via: JobOccupation["via"]) => {
    let top = 0;
    for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[top]!) top = i;
    return scores[top]! > 0 ? result(top, scores[top]!, via) : undefined;
  };
  // Titles and texts repeat across analyses (the same resume against many ads): read once.
  const byTitle = new Map<string, JobOccupation | undefined>();
  const byText = new Map<string, JobOccupation | undefined>();
  const byRole = new Map<string, Float32Array>();
  return {
    model,
    fromTitle(title) {
      const key = title.trim().toLowerCase();
      if (!key) return undefined;
      if (byTitle.has(key)) return byTitle.get(key);
      const read = best(titleScores(key), "title");
      if (byTitle.size >= TITLE_CACHE) byTitle.clear();
      byTitle.set(key, read);
      return read;
    },
    fromAd(title, text) {
      const key = `${title ?? ""}\u0000${text.slice(0, MAX_TEXT)}`;
      if (byText.has(key)) return byText.get(key);
      const body = textScores(text);
      const head = title?.trim() ? titleScores(title) : undefined;
      const read = head
        ? best(
            head.map((h, i) => (h + body[i]!) / 2),
            "title",
          )
        : best(body, "duties");
      if (byText.size >= TITLE_CACHE) byText.clear();
      byText.set(key, read);
      return read;
    },
    readsAs(code, title, did) {
      const i = indexOf.get(code);
      if (i === undefined || !title.trim()) return 0;
      const key = `${title}\u0000${(did ?? "").slice(0, MAX_TEXT)}`;
      let scores = byRole.get(key);
      if (!scores) {
        const head = titleScores(title.trim().toLowerCase());
        const body = did?.trim() ? textScores(did) : undefined;
        scores = Float32Array.from(head.map((h, k) => (body ? (h + body[k]!) / 2 : h)));
        if (byRole.size >= ROLE_CACHE) byRole.clear();
        byRole.set(key, scores);
      }
      let top = 0;
      for (const x of scores) top = Math.max(top, x);
      return top > 0 ? Math.max(0, scores[i]! / top) : 0;
    },
  };
}

let shipped: OccupationReader | null | undefined;

/**
 * The reader over the shipped centroids and the shipped offline embedder; undefined when the
 * data file is absent (run `npm run build:occupations`) — the analysis then reads no occupation.
 */
export function shippedOccupationReader(): OccupationReader | undefined {
  if (shipped !== undefined) return shipped ?? undefined;
  if (!existsSync(OCCUPATION_CENTROIDS_FILE)) {
    shipped = null;
    return undefined;
  }
  const model = parseCentroids(readFileSync(OCCUPATION_CENTROIDS_FILE, "utf8"));
  const roles = getRoles();
  const examples = occupationExamples(
    { version: 1, builtFrom: [], zones: roles.zones, roles: roles.roles },
    getRoleExtras(),
  );
  // The word index must list occupations in the centroids' order (both from roles.json).
  const aligned =
    examples.length === model.codes.length && examples.every((e, i) => e.code === model.codes[i]);
  shipped = createOccupationReader(
    model,
    createOfflineEmbedder(),
    aligned ? titleWordIndex(examples) : undefined,
  );
  return shipped ?? undefined;
}

/**
 * The occupation a job is about: a described role's own, else read now from the ad's title and
 * opening. Read on demand, not at parse time: reading costs 2-3 ms per new ad and a first load
 * of the centroids, which only a caller that uses the occupation should pay.
 */
export function jobOccupation(job: JobPosting): JobOccupation | undefined {
  if (job.occupation) return job.occupation;
  if (job.source !== "posting" || (!job.opening && !job.title)) return undefined;
  return shippedOccupationReader()?.fromAd(job.title, job.opening ?? "");
}
