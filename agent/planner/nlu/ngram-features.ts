/**
 * What the second reader (softmax-regression.ts) sees of a message: its words, word pairs
 * and the letter sequences inside each word (so "anaylse", "skils" and "roadmaps" share
 * most of their features with the spellings the examples use), plus the conversation's
 * context alone and joined with each word ("save" after a question and after a posting
 * mean different things). Reads the same normalised text as the NLP.js reader.
 */
import { crudeStem } from "../../../data/embeddings/stem.ts";
import { normalize } from "../normalize.ts";
import type { Context } from "./corpus.ts";
import { withWordClasses } from "./features.ts";
import type { WordClusters } from "./word-clusters.ts";

export interface NgramOptions {
  /** Shortest and longest letter sequence taken from each word (padded with < and >). */
  charMin: number;
  charMax: number;
  bigrams: boolean;
  /** Context joined with each word. */
  contextWords: boolean;
  /**
   * In a message not in English, the language as a feature and each word joined with it
   * ("lw:es:apto"): a language's few lines get features of their own to be learned on, and
   * the language its own prior over intents. Measured with the 03c68c3 lines (5-fold CV and
   * outside dev, issue-12 note): with 3 averaged orders dev 0.898 vs 0.886 without, CV equal.
   * Keeping letter sequences per language too cost other-language CV 0.10 (no transfer).
   */
  languageWords: boolean;
  /**
   * Each word's groups of like-meaning words (word-clusters.ts), so a synonym no training
   * line uses reads like the words it is grouped with. Off: measured on 2026-12-03 with
   * stems (5-fold CV 0.818 vs 0.817 without, by blocks of 10 paraphrases 0.758 vs 0.758,
   * outside dev at intent level 0.861 vs 0.869; issue-12-intents note). GloVe's groups of
   * frequent words are topical ("start", "stop" and "save" fall in one), and the letter
   * sequences already carry inflections. Kept to measure with `intent-model-cv --clusters 1`.
   */
  clusters: boolean;
  /** Each word's crude stem ("interviews", "interviewing" -> "interview"); off, as above. */
  stems: boolean;
  /**
   * Letter sequences read across word boundaries too ("e m" of "update me", "n tre" of "un
   * entretien"), from the whole message with one space between words: two-word cues that a
   * pair feature only catches when both words are spelt as taught.
   */
  phraseChars?: boolean;
  /** Words read without their accents as well ("entrevista" for "entrevísta", "gespräch" -> "gesprach"). */
  foldAccents?: boolean;
  /**
   * Each word's consonant skeleton (vowels and h dropped, letters doubled once: "mujhe" and
   * "muje" -> "mj", "interveiw" -> "ntrvw"), one feature, so the many spellings of romanised
   * Hindi and typed-fast English read alike.
   */
  skeletons?: boolean;
}

export const DEFAULT_NGRAMS: NgramOptions = {
  charMin: 3,
  charMax: 5,
  bigrams: true,
  contextWords: true,
  languageWords: true,
  clusters: false,
  stems: false,
};

export function tokens(text: string): string[] {
  return withWordClasses(normalize(text).slice(0, 400))
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);
}

/** The word without accents ("gespräch" -> "gesprach"). */
const unaccented = (w: string) => w.normalize("NFD").replace(/\p{M}+/gu, "");

/** The word's consonants, h and doubled letters dropped ("mujhe" -> "mj"); empty for short ones. */
function skeleton(w: string): string {
  const s = unaccented(w)
    .replace(/[aeiouyh]/g, "")
    .replace(/(.)\1+/g, "$1");
  return w.length >= 3 && s.length >= 2 ? s : "";
}

function letterSequences(out: string[], padded: string, o: NgramOptions, prefix: string): void {
  for (let n = o.charMin; n <= o.charMax; n++)
    for (let s = 0; s + n <= padded.length; s++) {
      const g = padded.slice(s, s + n);
      // The whole padded word is already its word feature.
      if (g !== padded) out.push(`${prefix}${g}`);
    }
}

export function ngramFeatures(
  text: string,
  context: Context | undefined,
  o: NgramOptions = DEFAULT_NGRAMS,
  /** The message's language (training: its file's; reading: the detector's). */
  language = "en",
  clusters?: WordClusters,
): string[] {
  const ws = tokens(text);
  const ctx = context ?? "none";
  const out = [`x:${ctx}`];
  const own = o.languageWords && language !== "en" ? language : undefined;
  if (own) out.push(`l:${own}`);
  ws.forEach((w, i) => {
    out.push(`w:${w}`);
    if (own) out.push(`lw:${own}:${w}`);
    if (o.contextWords) out.push(`xw:${ctx}:${w}`);
    if (o.bigrams) out.push(`b:${i ? ws[i - 1] : "^"}_${w}`);
    if (o.stems) {
      const s = crudeStem(w);
      if (s !== w) out.push(`w:${s}`);
    }
    if (o.clusters && clusters) out.push(...clusters.features(w));
    if (o.foldAccents) {
      const plain = unaccented(w);
      if (plain !== w) out.push(`w:${plain}`);
    }
    if (o.skeletons) {
      const k = skeleton(w);
      if (k) out.push(`k:${k}`);
    }
    letterSequences(out, `<${w}>`, o, "c:");
  });
  if (o.bigrams && ws.length) out.push(`b:${ws[ws.length - 1]}_$`);
  // Only the sequences that span a boundary: the others are each word's own.
  if (o.phraseChars && ws.length > 1) {
    const across: string[] = [];
    letterSequences(across, `<${ws.join(" ")}>`, o, "p:");
    for (const g of across) if (g.slice(3, -1).includes(" ")) out.push(g);
  }
  return out;
}
