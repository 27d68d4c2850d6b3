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

/** The lower-case English names ICU gives the two-letter ISO 639-1 codes. */
function icuLanguageNames(): string[] {
  const display = new Intl.DisplayNames(["en"], { type: "language" });
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const out: string[] = [];
  for (const a of letters) {
    for (const b of letters) {
      const name = display.of(a + b);
      if (name && name !== a + b) out.push(name.toLowerCase());
    }
  }
  return out;
}

/** The ICU and CLDR versions the names come from. */
const icuVersion = () => `${process.versions.icu}/${process.versions.cldr}`;

/** ICU's names as the build wrote them, when they come from this runtime's ICU version. */
function savedIcuNames(): string[] | undefined {
  if (!existsSync(LANGUAGE_NAMES_FILE)) return undefined;
  try {
    const saved = JSON.parse(readFileSync(LANGUAGE_NAMES_FILE, "utf8")) as { icu?: string; names?: string[] };
    return saved.icu === icuVersion() && Array.isArray(saved.names) ? saved.names : undefined;
  } catch {
    return undefined;
  }
}

/** Run by the build on the compiled tree. */
export function writeLanguageNames(file: string): void {
  writeFileSync(file, `${JSON.stringify({ icu: icuVersion(), names: icuLanguageNames() })}\n`);
}

function languageNames(): Set<string> {
  if (names) return names;
  names = new Set([...OTHER_NAMES, ...(savedIcuNames() ?? icuLanguageNames())]);
  return names;
}

/** "English (fluent)", "Hindi - native", "English and Hindi" -> the language names written. */
export function spokenLanguages(items: string[]): string[] {
  const known = languageNames();
  const out: string[] = [];
  for (const item of items) {
    const text = item.replace(/^[^:]{0,30}:\s*/, "").replace(/\([^)]*\)/g, " ");
    for (const part of text.split(/\s*(?:,|\/|&|\band\b|;)\s*/i)) {
      const words = part.trim().split(/\s+/);
      // "Sign Language" is two words; every other name here is one.
      for (const n of [2, 1]) {
        const name = words
          .slice(0, n)
          .join(" ")
          .replace(/[^\p{L} ]/gu, "");
        if (words.length >= n && known.has(name.toLowerCase())) {
          if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
          break;
        }
      }
    }
  }
  return out;
}
