/**
 * Words that mean the same thing in different spellings: "retries" and "resend", "tokens" and
 * "tokenising" share a stem or sit close in the offline GloVe space the embedder reads. A key
 * point's word is met by the answer's nearest word, so "never charge twice" is found in "not
 * charged a second time" without the point's exact words (trial 2026-12-06 F13: a payments
 * design in the person's own words scored 0).
 */
import { loadGlovePack, unitVector } from "../../../data/embeddings/glove-pack.ts";
import { crudeStem } from "../../../data/embeddings/stem.ts";
import { contentTokens } from "../../../data/embeddings/tokenize.ts";

/** Cosine at which two different words count as the same idea; checked on word pairs in word-meaning.test.ts. */
const SAME_IDEA = 0.68;
/** A word met only by a near word counts this much of a shared word. */
const NEAR_CREDIT = 0.75;

const words = (text: string) => [...new Set(contentTokens(text).filter((t) => /^[a-z]{2,}$/.test(t)))];

/**
 * The most frequent words ("because", "everything", "good") sit near everything in GloVe
 * space: an answer's such word meets a point only as the same word, never as a near one.
 */
const COMMON_RANK = 1500;

/**
 * Function words rarer than COMMON_RANK that sit as near everything: indefinite pronouns,
 * adverbs of frequency and degree, fillers. "everybody" met "noticed" at 0.60 and "problem" at
 * 0.54, so "everybody should take the lead sometimes" covered "The gap or problem you noticed"
 * (trial16 §10, trial17 §6, trial18 §6). An answer's such word meets a point only as itself.
 */
const FUNCTION_WORDS = new Set(
  (
    "everybody everyone anybody anyone somebody someone nobody noone whoever everything anything " +
    "something nothing whatever whichever sometimes always often usually never ever rarely seldom " +
    "somehow anyway anyways whenever wherever really very quite pretty rather somewhat basically " +
    "actually honestly definitely probably maybe perhaps literally totally absolutely certainly " +
    "surely obviously simply lots stuff things thing kinda sorta yeah yes okay ok guess suppose"
  ).split(" "),
);

function vector(word: string, skipCommon = false): Float32Array | undefined {
  if (skipCommon && FUNCTION_WORDS.has(word)) return undefined;
  try {
    const pack = loadGlovePack();
    const i = pack.index.get(word);
    if (i === undefined || (skipCommon && pack.ranks[i]! < COMMON_RANK)) return undefined;
    return unitVector(pack, word);
  } catch {
    return undefined; // no pack: stems alone, as before
  }
}

const dot = (a: Float32Array, b: Float32Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** The answer's words, read once for every key point. */
export interface AnswerWords {
  stems: Set<string>;
  vectors: Float32Array[];
}

export function answerWords(answer: string): AnswerWords {
  const list = words(answer);
  return {
    stems: new Set(list.map(crudeStem)),
    vectors: list.map((w) => vector(w, true)).filter((v): v is Float32Array => v !== undefined),
  };
}

/** Share of the point's content words the answer says: same stem 1, a near word NEAR_CREDIT. */
export function meaningOverlap(point: string, answer: AnswerWords): number {
  const pointWords = words(point);
  if (pointWords.length === 0) return 0;
  let met = 0;
  for (const w of pointWords) {
    if (answer.stems.has(crudeStem(w))) {
      met += 1;
      continue;
    }
    const v = vector(w);
    if (v && answer.vectors.some((a) => dot(v, a) >= SAME_IDEA)) met += NEAR_CREDIT;
  }
  return met / pointWords.length;
}

/**
 * How closely the answer meets the point word by word, graded: per point word 1 for the same
 * stem, else its nearest answer word's cosine (0 when none is known); the mean over the point's
 * words, and the share of them met at least `NEAR_ENOUGH` (a related word: "discovery" and
 * "test", "short" and "quick" sit at 0.5-0.6, under SAME_IDEA). Inputs of the learned key-point
 * reading (key-point-reading.ts), which weighs them against the sentence's own cosine.
 */
const NEAR_ENOUGH = 0.45;
export function softAlignment(point: string, answer: AnswerWords): { mean: number; near: number } {
  const pointWords = words(point);
  if (pointWords.length === 0) return { mean: 0, near: 0 };
  let sum = 0;
  let near = 0;
  for (const w of pointWords) {
    let best = 0;
    if (answer.stems.has(crudeStem(w))) best = 1;
    else {
      const v = vector(w);
      if (v) for (const a of answer.vectors) best = Math.max(best, dot(v, a));
    }
    sum += best;
    if (best >= NEAR_ENOUGH) near++;
  }
  return { mean: sum / pointWords.length, near: near / pointWords.length };
}

/** Cosine of two words in the offline space (for tests and tuning); undefined when unknown. */
export function wordCosine(a: string, b: string): number | undefined {
  const va = vector(a);
  const vb = vector(b);
  return va && vb ? dot(va, vb) : undefined;
}
