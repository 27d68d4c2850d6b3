/**
 * Which language a resume is written in, from common function words and scripts. The
 * parser's headings and field rules are English; other languages still get emails,
 * phones, links, dates and whatever English headings they use, with a warning.
 */
import type { LanguageReport } from "../types.ts";

export const SUPPORTED_LANGUAGES = ["en"];

const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  fr: "French",
  de: "German",
  es: "Spanish",
  pt: "Portuguese",
  it: "Italian",
  nl: "Dutch",
  ru: "Russian",
  zh: "Chinese",
  ja: "Japanese",
  ko: "Korean",
  ar: "Arabic",
  hi: "Hindi",
  el: "Greek",
  he: "Hebrew",
};

const STOPWORDS: Record<string, string[]> = {
  en: [
    "the",
    "and",
    "of",
    "in",
    "to",
    "with",
    "for",
    "experience",
    "skills",
    "education",
    "work",
    "on",
    "at",
  ],
  fr: [
    "le",
    "la",
    "les",
    "et",
    "des",
    "du",
    "une",
    "avec",
    "pour",
    "expérience",
    "compétences",
    "formation",
    "dans",
  ],
  de: [
    "und",
    "der",
    "die",
    "das",
    "mit",
    "für",
    "von",
    "berufserfahrung",
    "kenntnisse",
    "ausbildung",
    "bei",
    "ich",
  ],
  es: [
    "el",
    "la",
    "los",
    "las",
    "y",
    "de",
    "con",
    "para",
    "experiencia",
    "habilidades",
    "formación",
    "en",
    "del",
  ],
  pt: ["o", "os", "as", "e", "de", "com", "para", "experiência", "habilidades", "formação", "em", "do", "da"],
  it: ["il", "la", "di", "e", "con", "per", "esperienza", "competenze", "formazione", "nel", "della", "gli"],
  nl: ["de", "het", "en", "van", "met", "voor", "ervaring", "vaardigheden", "opleiding", "bij", "een", "ik"],
};

/** Scripts by code-unit range [from, to] (BMP blocks), checked in this order. */
const SCRIPTS: [number, number, string][] = [
  [0x0400, 0x04ff, "ru"],
  [0x4e00, 0x9fff, "zh"],
  [0x3040, 0x30ff, "ja"],
  [0xac00, 0xd7af, "ko"],
  [0x0600, 0x06ff, "ar"],
  [0x0900, 0x097f, "hi"],
  [0x0370, 0x03ff, "el"],
  [0x0590, 0x05ff, "he"],
];

/** Each stopword -> the languages that list it, in STOPWORDS' order (built once). */
const STOPWORD_LANGUAGES = new Map<string, string[]>();
for (const [code, words] of Object.entries(STOPWORDS))
  for (const w of new Set(words)) {
    const codes = STOPWORD_LANGUAGES.get(w);
    if (codes) codes.push(code);
    else STOPWORD_LANGUAGES.set(w, [code]);
  }

const LETTER = /\p{L}/u;

/**
 * Letters (code points) and code units of each script in `sample`, in one pass: the parse
 * runs this on every resume, and matching each class into arrays built one string per letter.
 */
function scriptCounts(sample: string): { letters: number; scripts: number[] } {
  const scripts = SCRIPTS.map(() => 0);
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      continue;
    }
    for (let k = 0; k < SCRIPTS.length; k++) if (c >= SCRIPTS[k]![0] && c <= SCRIPTS[k]![1]) scripts[k]!++;
    // A letter outside the BMP is a surrogate pair: one code point, as /\p{L}/gu counts it.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length;
    const next = pair ? sample.charCodeAt(i + 1) : 0;
    if (pair && next >= 0xdc00 && next <= 0xdfff) {
      if (LETTER.test(sample.slice(i, i + 2))) letters++;
      i++;
    } else if (LETTER.test(sample[i]!)) letters++;
  }
  return { letters, scripts };
}

export function detectLanguage(text: string): LanguageReport {
  const sample = text.slice(0, 20_000);
  const counted = scriptCounts(sample);
  const letters = counted.letters || 1;
  for (let k = 0; k < SCRIPTS.length; k++)
    if (counted.scripts[k]! / letters > 0.3) return report(SCRIPTS[k]![2]);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts: Record<string, number> = {};
  for (const w of words) {
    const codes = STOPWORD_LANGUAGES.get(w);
    if (codes) for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  }
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 3) return report("und");
  // English technical words appear in every resume; another language must clearly lead.
  const en = counts.en ?? 0;
  const [top, topCount] = ranked[0];
  return report(top !== "en" && topCount > en * 1.3 ? top : en > 0 ? "en" : top);
}

function report(code: string): LanguageReport {
  return {
    detected: code,
    supported: code === "und" || SUPPORTED_LANGUAGES.includes(code),
    supportedLanguages: [...SUPPORTED_LANGUAGES],
  };
}

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}
