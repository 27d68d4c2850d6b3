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
  return { en: [...en].sort(), hi: hi.sort(), other: [...new Set(other)].sort() };
}

export class LanguageDetector {
  private readonly en: Set<string>;
  private readonly hi: Set<string>;
  private readonly other: Set<string>;
  constructor(vocabulary: LanguageVocabulary) {
    this.en = new Set(vocabulary.en);
    this.hi = new Set(vocabulary.hi);
    this.other = new Set(vocabulary.other ?? []);
  }

  /** Share of a message's words that any training example uses (0 for gibberish). */
  knownShare(text: string): number {
    const tokens = words(text);
    if (tokens.length === 0) return 0;
    return tokens.filter((w) => this.en.has(w) || this.hi.has(w) || this.other.has(w)).length / tokens.length;
  }

  detect(text: string): Detected {
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
    if (hindi >= 0.3 && tokens.filter((w) => this.hi.has(w)).length >= 2)
      return { language: "hi", supported: true };
    if (share(this.en) >= 0.6 || tokens.length < 3) return { language: "en", supported: true };
    const guess = eld.detect(sample);
    const code = guess.language;
    if ((SUPPORTED as string[]).includes(code)) return { language: code, supported: true };
    // An unsupported language only when the detector is sure and little of it is English.
    if (code && guess.isReliable() && tokens.length >= 4 && share(this.en) < 0.3)
      return { language: code, supported: false };
    return { language: "en", supported: true };
  }
}
