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

const SCRIPTS: [RegExp, string][] = [
  [/[\u0400-\u04ff]/g, "ru"],
  [/[\u4e00-\u9fff]/g, "zh"],
  [/[\u3040-\u30ff]/g, "ja"],
  [/[\uac00-\ud7af]/g, "ko"],
  [/[\u0600-\u06ff]/g, "ar"],
  [/[\u0900-\u097f]/g, "hi"],
  [/[\u0370-\u03ff]/g, "el"],
  [/[\u0590-\u05ff]/g, "he"],
];

export function detectLanguage(text: string): LanguageReport {
  const sample = text.slice(0, 20_000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
  for (const [re, code] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    if (n / letters > 0.3) return report(code);
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts: Record<string, number> = {};
  const sets = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)]));
  for (const w of words) {
    for (const [code, set] of Object.entries(sets)) if (set.has(w)) counts[code] = (counts[code] ?? 0) + 1;
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
