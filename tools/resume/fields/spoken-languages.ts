/**
 * The spoken-languages field holds spoken languages only. A "Languages" section in a
 * technical resume often lists programming languages or tools ("Core Java", "Tools:
 * RADTool"); those are skills (the skill extractor reads them), not languages a person
 * speaks. Language names come from the runtime's ICU data (Intl.DisplayNames over the
 * ISO 639-1 codes), plus the other English names resumes use for the same languages.
 *
 * Asking ICU costs ~30 ms (creating Intl.DisplayNames loads its data), most of a cold
 * `careercraft parse-resume`'s field reading (issue 14): the compiled build writes ICU's
 * names beside this file (language-names.json, scripts/build-js.mjs), and a run on the same
 * ICU version reads them instead; any other run asks ICU as before.
 *
 * A language written in another language ("Español (nativo)", "Deutsch – fließend",
 * "Français : courant") is named in English from ICU's names in those languages, and the level
 * written beside a language is kept as written ("B1", "fluent", "courant"): the gap analysis
 * reads it (tools/gap/language-level.ts), the profile shows it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** ICU's names written by the compiled build; absent in the sources. */
export const LANGUAGE_NAMES_FILE = fileURLToPath(new URL("./language-names.json", import.meta.url));

const OTHER_NAMES = [
  "bengali",
  "oriya",
  "farsi",
  "mandarin",
  "cantonese",
  "filipino",
  "tagalog",
  "konkani",
  "tulu",
  "maithili",
  "dogri",
  "rajasthani",
  "haryanvi",
  "bhojpuri",
  "hinglish",
  "sign language",
];

let names: Set<string> | undefined;
let otherNames: Map<string, string> | undefined;

/** The languages resumes are written in besides English, whose names for languages we read. */
const OTHER_LOCALES = ["es", "fr", "de", "pt", "it", "nl"];

/** The lower-case English names ICU gives the two-letter ISO 639-1 codes. */
function icuLanguageNames(): string[] {
  const display = new Intl.DisplayNames(["en"], { type: "language" });
  const out: string[] = [];
  for (const code of twoLetterCodes()) {
    const name = display.of(code);
    if (name && name !== code) out.push(name.toLowerCase());
  }
  return out;
}

function twoLetterCodes(): string[] {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return [...letters].flatMap((a) => [...letters].map((b) => a + b));
}

/** Lower-case names of languages in OTHER_LOCALES -> their English names ("inglés" -> "English"). */
function icuOtherNames(): Record<string, string> {
  const english = new Intl.DisplayNames(["en"], { type: "language" });
  const out: Record<string, string> = {};
  for (const locale of OTHER_LOCALES) {
    const display = new Intl.DisplayNames([locale], { type: "language" });
    for (const code of twoLetterCodes()) {
      const name = display.of(code);
      const en = english.of(code);
      if (name && en && name !== code && !(name.toLowerCase() in out)) out[name.toLowerCase()] = en;
    }
  }
  return out;
}

/** The ICU and CLDR versions the names come from. */
const icuVersion = () => `${process.versions.icu}/${process.versions.cldr}`;

interface SavedNames {
  icu?: string;
  names?: string[];
  others?: Record<string, string>;
}

/** ICU's names as the build wrote them, when they come from this runtime's ICU version. */
function savedIcuNames(): SavedNames | undefined {
  if (!existsSync(LANGUAGE_NAMES_FILE)) return undefined;
  try {
    const saved = JSON.parse(readFileSync(LANGUAGE_NAMES_FILE, "utf8")) as SavedNames;
    return saved.icu === icuVersion() && Array.isArray(saved.names) ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** Run by the build on the compiled tree. */
export function writeLanguageNames(file: string): void {
  writeFileSync(
    file,
    `${JSON.stringify({ icu: icuVersion(), names: icuLanguageNames(), others: icuOtherNames() })}\n`,
  );
}

function languageNames(): Set<string> {
  if (names) return names;
  names = new Set([...OTHER_NAMES, ...(savedIcuNames()?.names ?? icuLanguageNames())]);
  return names;
}

/** Asked only when a name is not English: creating six locales' names costs ~100 ms. */
function otherLanguageNames(): Map<string, string> {
  if (otherNames) return otherNames;
  otherNames = new Map(Object.entries(savedIcuNames()?.others ?? icuOtherNames()));
  return otherNames;
}

/** The English name of a language written in English or in one of OTHER_LOCALES, else undefined. */
function englishName(written: string): string | undefined {
  const lower = written.toLowerCase();
  if (languageNames().has(lower)) return written;
  if (!/^\p{L}{3,}$/u.test(written)) return undefined;
  return otherLanguageNames().get(lower);
}

export interface SpokenLanguagesRead {
  /** English names, in the order written ("German", "Spanish"). */
  names: string[];
  /** The level written beside a language, as written: "German" -> "B1". */
  levels: Record<string, string>;
}

/** Splits a line into its items on list separators outside brackets ("Spanish (native, fluent)" is one). */
function items(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  const parts = line.split(/(\(|\)|,|;|\||\/|&|•|·|\s(?:and|y|e|et|und)\s)/i);
  for (const part of parts) {
    if (part === "(") depth++;
    if (part === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && /^(?:,|;|\||\/|&|•|·|\s(?:and|y|e|et|und)\s)$/i.test(part)) {
      out.push(current);
      current = "";
    } else current += part;
  }
  out.push(current);
  return out.map((x) => x.trim()).filter(Boolean);
}

/** The words an item's level is written in, with the separators and brackets around them dropped. */
function cleanLevel(text: string): string | undefined {
  let level = text.replace(/^[\s:=\-–—]+|[\s.,;]+$/g, "");
  // "(B1)" is the level in brackets; "fließend (C1)" keeps its own.
  if (/^\([^()]*\)$/.test(level)) level = level.slice(1, -1).trim();
  return level.length > 0 && level.length <= 50 && /\p{L}|\d/u.test(level) ? level : undefined;
}

/** The language an item names and the level written beside it (after the name, or before it: "fluent German"). */
function readItem(item: string): { name: string; level?: string } | undefined {
  const words = item.split(/\s+/);
  for (let at = 0; at < Math.min(words.length, 4); at++) {
    // "Sign Language" is two words; every other name here is one.
    for (const n of [2, 1]) {
      if (at + n > words.length) continue;
      const written = words
        .slice(at, at + n)
        .join(" ")
        .replace(/[^\p{L} ]/gu, "");
      const name = written && englishName(written);
      if (!name) continue;
      const after = cleanLevel(words.slice(at + n).join(" "));
      const before =
        at > 0
          ? cleanLevel(
              words
                .slice(0, at)
                .join(" ")
                .replace(/\s+in$/i, ""),
            )
          : undefined;
      const level = after ?? before;
      return level ? { name, level } : { name };
    }
  }
  return undefined;
}

/**
 * "English (fluent)", "German – B1", "Français : courant", "English and Hindi" -> the language
 * names written (in English) and the level written beside each.
 */
export function spokenLanguages(lines: string[]): SpokenLanguagesRead {
  const out: SpokenLanguagesRead = { names: [], levels: {} };
  for (const line of lines) {
    // "Languages: English, German": a label that is not itself a language.
    const label = /^([^:]{0,30}):\s*(.+)$/.exec(line);
    const text = label && !readItem(label[1]!.trim()) ? label[2]! : line;
    for (const item of items(text.replace(/^[\s•\-*–]+/, ""))) {
      const read = readItem(item);
      if (!read) continue;
      if (out.names.some((o) => o.toLowerCase() === read.name.toLowerCase())) continue;
      out.names.push(read.name);
      if (read.level) out.levels[read.name] = read.level;
    }
  }
  return out;
}
