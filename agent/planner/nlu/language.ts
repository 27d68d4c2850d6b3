/**
 * Which language a message is in. eld (chosen over franc and tinyld by measurement: see
 * the issue-12 note) detects the language; chat messages are short, and eld calls "stats
 * pls" Swedish, so a message whose words are mostly words of our English training data
 * stays English. eld has no Hindi written in Latin letters: a message that is mostly
 * words only the Hinglish training examples use is Hinglish.
 */
import { eld } from "eld/medium";

export type Language = "en" | "es" | "fr" | "de" | "pt" | "hi";
export const SUPPORTED: Language[] = ["en", "es", "fr", "de", "pt", "hi"];

export interface LanguageVocabulary {
  /** Words of the English examples (they include product words: skills, "roadmap", ...). */
  en: string[];
  /** Words only the Hinglish examples use. */
  hi: string[];
  /** Words of the Spanish, French, German and Portuguese examples. */
  other?: string[];
  /** Every word of the Hinglish examples, shared with other languages or not ("ab", "to", "se"). */
  hiAny?: string[];
}

export interface Detected {
  /** A supported language, or the detector's code for another one ("it", "ja"). */
  language: string;
  supported: boolean;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];

export function vocabularyOf(examples: { text: string; lang: string }[]): LanguageVocabulary {
  const by = new Map<string, Set<string>>();
  for (const e of examples) {
    const set = by.get(e.lang) ?? new Set<string>();
    for (const w of words(e.text)) set.add(w);
    by.set(e.lang, set);
  }
  const en = by.get("en") ?? new Set<string>();
  const others = [...by].filter(([l]) => l !== "hi").flatMap(([, s]) => [...s]);
  const notHindi = new Set(others);
  const hi = [...(by.get("hi") ?? [])].filter((w) => !notHindi.has(w));
  const other = [...by].filter(([l]) => l !== "hi" && l !== "en").flatMap(([, s]) => [...s]);
  const hiAny = [...(by.get("hi") ?? [])].sort();
  return { en: [...en].sort(), hi: hi.sort(), other: [...new Set(other)].sort(), hiAny };
}

export class LanguageDetector {
  private readonly en: Set<string>;
  private readonly hi: Set<string>;
  private readonly other: Set<string>;
  private readonly hiAny: Set<string>;
  constructor(vocabulary: LanguageVocabulary) {
    this.en = new Set(vocabulary.en);
    this.hi = new Set(vocabulary.hi);
    this.other = new Set(vocabulary.other ?? []);
    this.hiAny = new Set(vocabulary.hiAny ?? []);
  }

  /**
   * eld knows no Hindi in Latin letters, so on Hinglish its guess is noise it may even call
   * reliable ("ab kya karu" is German at 0.59). The examples' words weigh against it: with a word
   * only the Hinglish examples use, a message whose words are mostly Hinglish examples' words,
   * more of them than the English or the other languages' examples hold, is Hinglish. Without
   * `hiAny` (a model built before it) nothing changes.
   */
  private readsAsHinglish(tokens: string[]): boolean {
    const share = (set: Set<string>) => tokens.filter((w) => set.has(w)).length / tokens.length;
    const hindi = share(this.hiAny);
    return hindi >= HINGLISH_SHARE && hindi > share(this.en) && hindi > share(this.other);
  }

  /** Share of a message's words that any training example uses (0 for gibberish). */
  knownShare(text: string): number {
    const tokens = words(text);
    if (tokens.length === 0) return 0;
    return tokens.filter((w) => this.en.has(w) || this.hi.has(w) || this.other.has(w)).length / tokens.length;
  }

  /**
   * `prior` is the language of the conversation so far: a short or mixed message ("apliqué a
   * Sunrise Family Clinic ayer para clinic manager") keeps it when the detector rates it
   * nearly as high as its first choice, instead of flipping to French for one accent.
   */
  detect(text: string, prior?: string): Detected {
    const sample = text.slice(0, 600);
    const tokens = words(sample);
    const latin = (sample.match(/[a-zA-ZÀ-ÿ]/g) ?? []).length;
    const letters = (sample.match(/\p{L}/gu) ?? []).length;
    if (letters > 0 && latin / letters < 0.5) {
      // Another script: the detector is reliable here even for short messages.
      const code = eld.detect(sample).language || "und";
      return { language: code, supported: false };
    }
    if (tokens.length === 0) return { language: "en", supported: true };
    const share = (set: Set<string>) => tokens.filter((w) => set.has(w)).length / tokens.length;
    const hindi = share(this.hi);
    const hindiOnly = tokens.filter((w) => this.hi.has(w)).length;
    if (hindi >= 0.3 && hindiOnly >= 2) return { language: "hi", supported: true };
    if (hindiOnly >= 1 && this.readsAsHinglish(tokens)) return { language: "hi", supported: true };
    // Names are no language's words: "apliqué a Sunrise Family Clinic ayer para clinic manager"
    // is 6 of 9 English words only by its clinic's name (one English line naming "sunrise" flipped it).
    const unnamed = withoutNames(sample);
    const plain = unnamed.length >= 3 && unnamed.length * 2 >= tokens.length ? unnamed : tokens;
    const englishShare = plain.filter((w) => this.en.has(w)).length / plain.length;
    if (englishShare >= 0.6 || tokens.length < 3) return { language: "en", supported: true };
    // English words and names inside another language ("para clinic manager", "Sunrise
    // Family Clinic") are not evidence of that language: the detector reads the rest.
    const own = ownWords(sample, this.en, this.other);
    const guess = eld.detect(own.length >= 2 ? own.join(" ") : sample);
    const code = guess.language;
    const kept = keepsPrior(guess.getScores(), code, prior, tokens.length, share(this.en));
    if (kept) return { language: kept, supported: true };
    if ((SUPPORTED as string[]).includes(code)) return { language: code, supported: true };
    // An unsupported language only when the detector is sure and little of it is English.
    // Or, in a longer message, one the detector rates far above every language we read, even with
    // some of our English examples' words in it ("a", "come", "ciao": conv12n, an Italian message
    // fell back to "I didn't quite catch that").
    const clearlyOther =
      tokens.length >= 6 && share(this.en) < 0.5 && farAboveSupported(guess.getScores(), code);
    if (code && guess.isReliable() && ((tokens.length >= 4 && share(this.en) < 0.3) || clearlyOther)) {
      // A language next to one of ours rated nearly as high ("salut ! tu fais quoi exactement ?"
      // is Catalan by a hair over French) is ours: telling a French speaker we read no Catalan
      // fails them, while a Catalan speaker read as a neighbour is still understood in part.
      const near = nearestSupported(guess.getScores(), code);
      return near ? { language: near, supported: true } : { language: code, supported: false };
    }
    return { language: "en", supported: true };
  }
}

/** Whether the word at `start` opens a sentence (a capital there names nothing). */
const opensSentence = (sample: string, start: number) =>
  start === 0 || /[.!?¿¡]\s*$/.test(sample.slice(Math.max(0, start - 3), start));

/** A message's words (lower case) without the names written with a capital mid-sentence ("I" stays). */
function withoutNames(sample: string): string[] {
  const out: string[] = [];
  for (const m of sample.matchAll(/[\p{L}']+/gu)) {
    const word = m[0];
    if (word !== "I" && /^\p{Lu}/u.test(word) && !opensSentence(sample, m.index ?? 0)) continue;
    out.push(word.toLowerCase());
  }
  return out;
}

/**
 * Words of a message that are neither words only the English examples use ("manager", but not
 * "en" or "a", which other languages' examples use too) nor names written with a capital mid-sentence.
 */
function ownWords(sample: string, en: Set<string>, other: Set<string>): string[] {
  const out: string[] = [];
  for (const m of sample.matchAll(/[\p{L}']+/gu)) {
    const word = m[0];
    if (!opensSentence(sample, m.index ?? 0) && /^\p{Lu}/u.test(word)) continue;
    if (en.has(word.toLowerCase()) && !other.has(word.toLowerCase())) continue;
    out.push(word.toLowerCase());
  }
  return out;
}

/** A supported language the detector rates within PRIOR_MARGIN of its unsupported first choice. */
function nearestSupported(scores: Record<string, number>, best: string): string | undefined {
  const top = scores[best] ?? 0;
  const [near] = SUPPORTED.filter((l) => (scores[l] ?? 0) >= top * PRIOR_MARGIN).sort(
    (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0),
  );
  return top > 0 ? near : undefined;
}

/** Every supported language (English too) scores below this share of the detector's first choice. */
const FAR_BELOW = 0.75;

function farAboveSupported(scores: Record<string, number>, best: string): boolean {
  const top = scores[best] ?? 0;
  return (
    top > 0 &&
    !(SUPPORTED as string[]).includes(best) &&
    SUPPORTED.every((l) => (scores[l] ?? 0) < top * FAR_BELOW)
  );
}

/** Most of a message's words are Hinglish examples' words. */
const HINGLISH_SHARE = 0.6;
/** Scores within this share of the best one are a tie the conversation's language breaks. */
const PRIOR_MARGIN = 0.95;
/** Messages this short, or this English, are read with the conversation's language as a prior. */
const SHORT = 8;
const MIXED = 0.3;

function keepsPrior(
  scores: Record<string, number>,
  best: string,
  prior: string | undefined,
  length: number,
  englishShare: number,
): string | undefined {
  if (!prior || prior === "en" || prior === best || !(SUPPORTED as string[]).includes(prior))
    return undefined;
  if (length > SHORT && englishShare < MIXED) return undefined;
  const top = scores[best] ?? 0;
  const mine = scores[prior] ?? 0;
  return top > 0 && mine >= top * PRIOR_MARGIN ? prior : undefined;
}
