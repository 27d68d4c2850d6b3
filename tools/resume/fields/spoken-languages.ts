/**
 * The spoken-languages field holds spoken languages only. A "Languages" section in a
 * technical resume often lists programming languages or tools ("Core Java", "Tools:
 * RADTool"); those are skills (the skill extractor reads them), not languages a person
 * speaks. Language names come from the runtime's ICU data (Intl.DisplayNames over the
 * ISO 639-1 codes), plus the other English names resumes use for the same languages.
 */

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

function languageNames(): Set<string> {
  if (names) return names;
  const display = new Intl.DisplayNames(["en"], { type: "language" });
  const letters = "abcdefghijklmnopqrstuvwxyz";
  names = new Set(OTHER_NAMES);
  for (const a of letters) {
    for (const b of letters) {
      const name = display.of(a + b);
      if (name && name !== a + b) names.add(name.toLowerCase());
    }
  }
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
